import { PRODUCT_CATEGORIES } from '@wmo/domain';
import { findMunicipality, MUNICIPALITIES } from './municipalities';
import { findPostcodeArea, POSTCODE_AREAS } from './postcode-areas';
import { findProduct, PRODUCTS } from './products';
import { findSpecialism, SPECIALISMS } from './specialisms';

describe('municipalities', () => {
  it('finds a municipality by its CBS code', () => {
    expect(findMunicipality('GM0402')).toEqual({
      code: 'GM0402',
      name: 'Hilversum',
      inRegion: true,
    });
    expect(findMunicipality('GM0308')).toEqual({ code: 'GM0308', name: 'Baarn', inRegion: false });
  });

  it('returns undefined for an unknown or malformed code', () => {
    expect(findMunicipality('GM9999')).toBeUndefined();
    expect(findMunicipality('gm0402')).toBeUndefined();
    expect(findMunicipality('{"$gt": ""}')).toBeUndefined();
  });

  it('holds the seven municipalities of the region and five neighbours', () => {
    const inRegion = MUNICIPALITIES.filter((municipality) => municipality.inRegion);
    expect(inRegion.map((municipality) => municipality.name).sort()).toEqual([
      'Blaricum',
      'Eemnes',
      'Gooise Meren',
      'Hilversum',
      'Huizen',
      'Laren',
      'Wijdemeren',
    ]);
    expect(MUNICIPALITIES).toHaveLength(12);
  });
});

describe('postcode areas', () => {
  it('finds a PC4 with its municipality and centroid', () => {
    expect(findPostcodeArea('1243')).toEqual({
      pc4: '1243',
      municipalityCode: 'GM1696',
      place: "'s-Graveland",
      inRegion: true,
      location: { lat: 52.2402, lon: 5.1232 },
    });
  });

  it('returns undefined for a PC4 outside the data', () => {
    expect(findPostcodeArea('1000')).toBeUndefined();
    expect(findPostcodeArea('1211 AB')).toBeUndefined();
  });

  it('refers only to known municipalities, and agrees with them on being in the region', () => {
    const unknown = POSTCODE_AREAS.filter((area) => !findMunicipality(area.municipalityCode));
    expect(unknown.map((area) => area.pc4)).toEqual([]);
    const disagreeing = POSTCODE_AREAS.filter(
      (area) => findMunicipality(area.municipalityCode)?.inRegion !== area.inRegion,
    );
    expect(disagreeing.map((area) => area.pc4)).toEqual([]);
  });

  it('has unique, well-formed PC4s with centroids in the Gooi and Vechtstreek area', () => {
    expect(new Set(POSTCODE_AREAS.map((area) => area.pc4)).size).toBe(POSTCODE_AREAS.length);
    for (const area of POSTCODE_AREAS) {
      expect(area.pc4).toMatch(/^[1-9][0-9]{3}$/);
      expect(area.location.lat).toBeGreaterThan(52.0);
      expect(area.location.lat).toBeLessThan(52.4);
      expect(area.location.lon).toBeGreaterThan(4.9);
      expect(area.location.lon).toBeLessThan(5.5);
    }
  });

  it('covers every municipality with at least one PC4', () => {
    const covered = new Set(POSTCODE_AREAS.map((area) => area.municipalityCode));
    expect(MUNICIPALITIES.filter((municipality) => !covered.has(municipality.code))).toEqual([]);
  });
});

describe('products', () => {
  it('finds a product by code', () => {
    expect(findProduct('BEG_SPECIALISTISCH')).toMatchObject({
      name: 'Begeleiding specialistisch',
      category: 'BEGELEIDING',
      iwmoProductCategory: '02',
    });
    expect(findProduct('beg_specialistisch')).toBeUndefined();
    expect(findProduct('UNKNOWN')).toBeUndefined();
  });

  it('uses only known product categories and iWmo codes', () => {
    const categories: readonly string[] = PRODUCT_CATEGORIES;
    const unknown = PRODUCTS.filter(
      (product) =>
        !categories.includes(product.category) ||
        !['01', '02', '06', '07'].includes(product.iwmoProductCategory),
    );
    expect(unknown.map((product) => product.code)).toEqual([]);
    expect(new Set(PRODUCTS.map((product) => product.code)).size).toBe(PRODUCTS.length);
  });
});

describe('specialisms', () => {
  it('finds a specialism by code', () => {
    expect(findSpecialism('NAH')).toEqual({ code: 'NAH', name: 'Niet-aangeboren hersenletsel' });
    expect(findSpecialism('nah')).toBeUndefined();
  });

  it('has unique codes', () => {
    expect(new Set(SPECIALISMS.map((specialism) => specialism.code)).size).toBe(SPECIALISMS.length);
  });
});
