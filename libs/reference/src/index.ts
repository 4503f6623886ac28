export * from './municipalities';
export * from './postcode-areas';
export * from './postcode';
export * from './products';
export * from './specialisms';
