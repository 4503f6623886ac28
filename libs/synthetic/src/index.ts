export * from './synthetic-data';
export { Random, mulberry32 } from './prng';
export { objectIdHex, requestReference } from './ids';
export { productVolumes, specialismPool } from './products';
export { regionGeography, type SyntheticPc4 } from './geography';
