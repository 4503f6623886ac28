export * from './calendar-date';
export * from './csv';
export * from './iwmo-toewijzing';
export * from './hsds/hsds-document';
export * from './hsds/hsds-export';
export * from './hsds/hsds-import';
export * from './hsds/hsds-import-plan';
