import type { HsdsImportReference, HsdsReference } from '@wmo/domain';
import {
  findMunicipality,
  findPostcodeArea,
  findProduct,
  findSpecialism,
  MUNICIPALITIES,
  parsePostcode,
} from '@wmo/reference';

/** The reference data as the HSDS export and import read it. */
export const HSDS_REFERENCE: HsdsReference & HsdsImportReference = {
  productName: (code) => findProduct(code)?.name ?? code,
  municipalityName: (code) => findMunicipality(code)?.name ?? code,
  postcodeArea: (pc4) => findPostcodeArea(pc4),
  isProduct: (code) => findProduct(code) !== undefined,
  isSpecialism: (code) => findSpecialism(code) !== undefined,
  knownPc4: (postalCode) => {
    const pc4 = parsePostcode(postalCode);
    return pc4 && findPostcodeArea(pc4) ? pc4 : null;
  },
  municipalityCode: (code) => findMunicipality(code)?.code,
  municipalityCodeByName: (name) =>
    MUNICIPALITIES.find((municipality) => municipality.name.toLowerCase() === name.toLowerCase())
      ?.code,
};
