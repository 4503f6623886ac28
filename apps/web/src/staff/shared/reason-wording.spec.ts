import { staffReasonLabel } from './reason-wording';

const names: Record<string, string> = {
  AUTISME: 'Autismespectrum',
  DEMENTIE: 'Ouderen en dementie',
};
const specialismName = (code: string) => names[code];
const option = { distanceKm: 2.35, waitingWeeks: 3 };

describe('reasons in words for consultants', () => {
  it('words the distance from the option’s own figure, keeping near or far', () => {
    const reason = { code: 'DISTANCE', label: 'Dichtbij: 2,35 km van uw postcode' };
    expect(staffReasonLabel(reason, option, specialismName)).toBe(
      'Dichtbij: 2,4 km van de postcode',
    );
    expect(
      staffReasonLabel(
        { code: 'DISTANCE', label: 'Afstand: 12 km' },
        { ...option, distanceKm: 12 },
        specialismName,
      ),
    ).toBe('Afstand: 12 km van de postcode');
    expect(
      staffReasonLabel(
        { code: 'DISTANCE', label: 'Dichtbij: 0 km' },
        { ...option, distanceKm: 0 },
        specialismName,
      ),
    ).toBe('Dichtbij: in de buurt van de postcode');
  });

  it('says "geen wachttijd" instead of 0 weeks', () => {
    const reason = { code: 'WAITING_TIME', label: 'Korte wachttijd: 0 weken' };
    expect(staffReasonLabel(reason, { ...option, waitingWeeks: 0 }, specialismName)).toBe(
      'Geen wachttijd',
    );
    expect(staffReasonLabel(reason, { ...option, waitingWeeks: 1 }, specialismName)).toBe(
      'Korte wachttijd: 1 week',
    );
    expect(
      staffReasonLabel(
        { code: 'WAITING_TIME', label: 'Wachttijd: 9 weken' },
        { ...option, waitingWeeks: 9 },
        specialismName,
      ),
    ).toBe('Wachttijd: 9 weken');
  });

  it('names target groups instead of showing their codes', () => {
    const reason = {
      code: 'SPECIALISM_DEPTH',
      label: 'Extra specialismen: ook ervaring met AUTISME en DEMENTIE',
    };
    expect(staffReasonLabel(reason, option, specialismName)).toBe(
      'Extra specialismen: ook ervaring met Autismespectrum en Ouderen en dementie',
    );
  });

  it('keeps other labels as the server wrote them', () => {
    const reason = { code: 'FRESHNESS', label: 'Capaciteit is vandaag bijgewerkt' };
    expect(staffReasonLabel(reason, option, specialismName)).toBe(reason.label);
  });
});
