export * from './hold.repository';
export * from './hold-allocator';
export * from './referral.repository';
export * from './referral-transition.repository';
export * from './referral-ledger';
