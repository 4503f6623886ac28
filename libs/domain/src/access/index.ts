export * from './access-scope';
export * from './access-rules';
