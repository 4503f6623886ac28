import { reasonsForResident, statusNote } from './resident-view';
import { tokenFromFragment } from './resident-token';

describe('the resident page', () => {
  it('reads the token only from a well-formed fragment', () => {
    const token = `rl_${'a'.repeat(43)}`;
    expect(tokenFromFragment(`#${token}`)).toBe(token);
    expect(tokenFromFragment('')).toBeNull();
    expect(tokenFromFragment('#rl_short')).toBeNull();
    expect(tokenFromFragment(`#${token}&x=1`)).toBeNull();
  });

  it('explains the fit in words a resident needs, leaving out the consultant notes', () => {
    const reasons = [
      { code: 'DISTANCE', label: 'Dichtbij: 2,4 km van uw postcode' },
      { code: 'SPECIALISM_DEPTH', label: 'Heeft ook ervaring met autismespectrum' },
      { code: 'LANGUAGE', label: 'Spreekt uw taal: Turks' },
      { code: 'FRESHNESS', label: 'Vrije plekken vandaag doorgegeven' },
    ];
    expect(reasonsForResident(reasons)).toEqual([
      'Heeft ook ervaring met autismespectrum',
      'Spreekt uw taal: Turks',
    ]);
    expect(
      reasonsForResident([{ code: 'LANGUAGE', label: 'Geen voorkeur voor een taal' }]),
    ).toEqual([]);
  });

  it('lets only an open request be chosen for', () => {
    expect(statusNote('OPEN')).toBeNull();
    expect(statusNote('REFERRED')).toBe('referred');
    expect(statusNote('PLACED')).toBe('placed');
    expect(statusNote('CLOSED')).toBe('closed');
  });
});
