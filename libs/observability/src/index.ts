export * from './health-probe';
export * from './log-redaction';
export * from './logging';
export * from './metrics-access';
export * from './request-id';
export * from './shutdown-state';
