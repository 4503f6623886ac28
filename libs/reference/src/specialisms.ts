/** Target groups: the list lives in the domain's vocabulary (libs/domain/src/specialisms.ts). */
export { findSpecialism, SPECIALISMS, type Specialism } from '@wmo/domain';
