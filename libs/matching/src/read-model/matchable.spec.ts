import { anOffering } from '../../../domain/src/matching/testing/factories';
import { KEPT_TEXT } from '../shared/shared-values';
import { matchableOffering } from './matchable';

describe('matchable copies', () => {
  const fields = () => {
    const { location: _location, ...rest } = anOffering({
      municipalitiesServed: ['GM0402', 'GM0376'],
      languages: ['nl', 'tr'],
    });
    return rest;
  };

  it('hold the same values whether their text is kept or taken as is', () => {
    const given = fields();
    expect(matchableOffering(given, KEPT_TEXT)).toEqual(matchableOffering(given));
  });

  it('share one frozen list per distinct code list when kept', () => {
    const first = matchableOffering(fields(), KEPT_TEXT);
    const second = matchableOffering(fields(), KEPT_TEXT);
    expect(second.municipalitiesServed).toBe(first.municipalitiesServed);
    expect(second.languages).toBe(first.languages);
    expect(Object.isFrozen(first.languages)).toBe(true);
  });

  it('take the lists as given for a copy that answers one call', () => {
    const given = fields();
    expect(matchableOffering(given).municipalitiesServed).toBe(given.municipalitiesServed);
  });
});
