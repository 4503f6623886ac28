import { toReference } from '../shared/reference';
import { languageNames, worksFor } from './list-labels';

const reference = toReference({
  products: [],
  specialisms: [],
  municipalities: [
    { code: 'GM0402', name: 'Hilversum', inRegion: true },
    { code: 'GM0406', name: 'Huizen', inRegion: true },
    { code: 'GM0417', name: 'Laren', inRegion: true },
  ],
  languages: [
    { code: 'nl', name: 'Nederlands' },
    { code: 'tr', name: 'Turks' },
  ],
});

describe('the words in the admin lists', () => {
  it('says whom an account works for, by name, never by code', () => {
    expect(
      worksFor({ role: 'STAFF', municipalityCodes: ['GM0402', 'GM0406', 'GM0417'] }, reference),
    ).toBe('Hilversum, Huizen en Laren');
    expect(worksFor({ role: 'STAFF', municipalityCodes: [] }, reference)).toBe('Nog geen gemeente');
    expect(
      worksFor(
        { role: 'PROVIDER', municipalityCodes: [], provider: { name: 'Buurtzorg' } },
        reference,
      ),
    ).toBe('Buurtzorg');
    expect(worksFor({ role: 'PROVIDER', municipalityCodes: [], provider: null }, reference)).toBe(
      'Geen aanbieder gekoppeld',
    );
    expect(worksFor({ role: 'ADMIN', municipalityCodes: [] }, reference)).toBe('Het hele platform');
  });

  it('names the languages a provider speaks and counts the ones it has no name for', () => {
    expect(languageNames(['nl', 'tr'], reference)).toBe('Nederlands en Turks');
    expect(languageNames(['nl', 'xq', 'zz'], reference)).toBe('Nederlands en 2 andere talen');
    expect(languageNames(['xq'], reference)).toBe('1 andere taal');
    expect(languageNames([], reference)).toBe('Niet opgegeven');
  });
});
