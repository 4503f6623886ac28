export * from './referral';
export * from './referral-state-machine';
export * from './hold-window';
export * from './working-days';
export * from './hold-duration';
export * from './referral-actor';
export * from './dutch-holidays';
