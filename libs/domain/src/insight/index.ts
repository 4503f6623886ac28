export * from './group-size';
export * from './coverage';
export * from './placement-times';
export * from './referral-outcomes';
export * from './demand-pressure';
