export * from './group-size';
export * from './coverage';
export * from './placement-times';
export * from './referral-outcomes';
export * from './demand-pressure';
export * from './amsterdam-day';
