export * from './types';
export * from './errors';
export * from './matching/matching.types';
