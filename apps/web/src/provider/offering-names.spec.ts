import { offeringNames } from './offering-names';

const products: Record<string, string> = {
  BEG_REGULIER: 'Begeleiding regulier',
  DB_LICHT: 'Dagbesteding licht',
};
const name = (code: string) => products[code] ?? code;

describe('the names of a provider’s offerings', () => {
  it('uses the product name when the provider offers a product once', () => {
    const names = offeringNames(
      [
        { id: 'a', productCode: 'BEG_REGULIER', postcode: '1211' },
        { id: 'b', productCode: 'DB_LICHT', postcode: '1211' },
      ],
      name,
    );
    expect([...names.values()]).toEqual(['Begeleiding regulier', 'Dagbesteding licht']);
  });

  it('adds the location, and a number when even that is the same', () => {
    const names = offeringNames(
      [
        { id: 'a', productCode: 'BEG_REGULIER', postcode: '1211' },
        { id: 'b', productCode: 'BEG_REGULIER', postcode: '1271' },
        { id: 'c', productCode: 'BEG_REGULIER', postcode: '1271' },
      ],
      name,
    );
    expect(Object.fromEntries(names)).toEqual({
      a: 'Begeleiding regulier, locatie 1211',
      b: 'Begeleiding regulier, locatie 1271 (1)',
      c: 'Begeleiding regulier, locatie 1271 (2)',
    });
  });
});
