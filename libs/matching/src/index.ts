export * from './matchable';
export * from './offering-catalog';
export * from './shortlist-recompute';
export * from './affected-requests';
export * from './matching.module';
export * from './shortlist-events';
