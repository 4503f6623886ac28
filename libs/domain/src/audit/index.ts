export * from './audit-entry';
export * from './audit-buffer';
