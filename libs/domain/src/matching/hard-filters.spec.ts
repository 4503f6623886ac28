import {
  distanceFilter,
  excludedProviderFilter,
  failedFilterBeforeDistance,
  failedFilterFromDistance,
  financingFilter,
  freePlaceFilter,
  languageFilter,
  municipalityFilter,
  offerableNow,
  productFilter,
  specialismFilter,
  strategicPartnerFilter,
} from './hard-filters';
import { EXCLUSION_CODES, type MatchableOffering, type MatchableRequest } from './matching.types';
import { anOffering, aRequest } from './testing/factories';

describe('hard filters', () => {
  describe('PRODUCT', () => {
    it('passes an offering of the requested product and excludes another product', () => {
      const request = aRequest({ productCode: 'DB_LICHT' });
      expect(productFilter(request, anOffering({ productCode: 'DB_LICHT' }))).toBeNull();
      expect(productFilter(request, anOffering({ productCode: 'DB_MIDDEL_ZWAAR' }))).toBe(
        'PRODUCT',
      );
    });
  });

  describe('SPECIALISM', () => {
    const request = aRequest({ specialisms: ['NAH', 'GGZ'] });

    it('passes when every requested specialism is offered, extra ones included', () => {
      expect(
        specialismFilter(request, anOffering({ specialisms: ['GGZ', 'NAH', 'LVB'] })),
      ).toBeNull();
    });

    it('excludes an offering that misses one requested specialism', () => {
      expect(specialismFilter(request, anOffering({ specialisms: ['NAH'] }))).toBe('SPECIALISM');
    });

    it('passes any offering when no specialism is requested', () => {
      expect(specialismFilter(aRequest({ specialisms: [] }), anOffering())).toBeNull();
    });
  });

  describe('MUNICIPALITY', () => {
    it('excludes an offering that does not serve the resident’s municipality', () => {
      const request = aRequest({ municipalityCode: 'GM0406' });
      expect(municipalityFilter(request, anOffering({ municipalitiesServed: ['GM0402'] }))).toBe(
        'MUNICIPALITY',
      );
      expect(
        municipalityFilter(request, anOffering({ municipalitiesServed: ['GM0402', 'GM0406'] })),
      ).toBeNull();
    });
  });

  describe('DISTANCE', () => {
    it('applies the provider’s limit, inclusive', () => {
      const offering = anOffering({ maxTravelKm: 5 });
      expect(distanceFilter(aRequest(), offering, 5)).toBeNull();
      expect(distanceFilter(aRequest(), offering, 5.01)).toBe('DISTANCE');
    });

    it('applies the resident’s limit, inclusive', () => {
      const request = aRequest({ maxDistanceKm: 3 });
      expect(distanceFilter(request, anOffering(), 3)).toBeNull();
      expect(distanceFilter(request, anOffering(), 3.04)).toBe('DISTANCE');
    });

    it('applies the stricter of both limits', () => {
      const request = aRequest({ maxDistanceKm: 10 });
      expect(distanceFilter(request, anOffering({ maxTravelKm: 4 }), 6)).toBe('DISTANCE');
      expect(
        distanceFilter(aRequest({ maxDistanceKm: 4 }), anOffering({ maxTravelKm: 10 }), 6),
      ).toBe('DISTANCE');
    });

    it('has no limit when neither side sets one', () => {
      expect(distanceFilter(aRequest(), anOffering(), 500)).toBeNull();
    });
  });

  describe('NO_FREE_PLACE', () => {
    it('counts free places minus held places', () => {
      expect(offerableNow(anOffering({ freePlaces: 3, heldPlaces: 1 }))).toBe(2);
      expect(offerableNow(anOffering({ freePlaces: 1, heldPlaces: 2 }))).toBe(0);
    });

    it('excludes an offering whose free places are all on hold', () => {
      expect(freePlaceFilter(aRequest(), anOffering({ freePlaces: 2, heldPlaces: 2 }))).toBe(
        'NO_FREE_PLACE',
      );
      expect(freePlaceFilter(aRequest(), anOffering({ freePlaces: 2, heldPlaces: 1 }))).toBeNull();
    });

    it('passes a full offering when the resident accepts its waiting time', () => {
      const full = anOffering({ freePlaces: 0, waitingWeeks: 6 });
      expect(freePlaceFilter(aRequest({ acceptsWaitingList: true }), full)).toBeNull();
      expect(
        freePlaceFilter(aRequest({ acceptsWaitingList: true, maxWaitingWeeks: 6 }), full),
      ).toBeNull();
      expect(
        freePlaceFilter(aRequest({ acceptsWaitingList: true, maxWaitingWeeks: 5 }), full),
      ).toBe('NO_FREE_PLACE');
    });

    it('passes an offering with a free place whatever its waiting time', () => {
      const request = aRequest({ acceptsWaitingList: true, maxWaitingWeeks: 1 });
      expect(freePlaceFilter(request, anOffering({ freePlaces: 1, waitingWeeks: 8 }))).toBeNull();
    });
  });

  describe('FINANCING', () => {
    it('requires the resident’s financing form when one is set', () => {
      const zinOnly = anOffering({ financing: ['ZIN'] });
      expect(financingFilter(aRequest({ financing: 'PGB' }), zinOnly)).toBe('FINANCING');
      expect(financingFilter(aRequest({ financing: 'ZIN' }), zinOnly)).toBeNull();
      expect(financingFilter(aRequest({ financing: null }), zinOnly)).toBeNull();
    });
  });

  describe('LANGUAGE', () => {
    it('requires every required language and ignores preferred ones', () => {
      const offering = anOffering({ languages: ['nl', 'tr'] });
      expect(languageFilter(aRequest({ requiredLanguages: ['tr'] }), offering)).toBeNull();
      expect(languageFilter(aRequest({ requiredLanguages: ['tr', 'ar'] }), offering)).toBe(
        'LANGUAGE',
      );
      expect(languageFilter(aRequest({ preferredLanguages: ['ar'] }), offering)).toBeNull();
    });
  });

  describe('STRATEGIC_PARTNER', () => {
    it('excludes strategic partners only when the request excludes them', () => {
      const partner = anOffering({ strategicPartner: true });
      expect(strategicPartnerFilter(aRequest({ excludeStrategicPartners: true }), partner)).toBe(
        'STRATEGIC_PARTNER',
      );
      expect(
        strategicPartnerFilter(aRequest({ excludeStrategicPartners: false }), partner),
      ).toBeNull();
      expect(
        strategicPartnerFilter(aRequest(), anOffering({ strategicPartner: false })),
      ).toBeNull();
    });
  });

  describe('PROVIDER_EXCLUDED', () => {
    it('excludes the providers the consultant excluded', () => {
      const request = aRequest({ excludedProviderIds: ['provider-x'] });
      expect(excludedProviderFilter(request, anOffering({ providerId: 'provider-x' }))).toBe(
        'PROVIDER_EXCLUDED',
      );
      expect(excludedProviderFilter(request, anOffering({ providerId: 'provider-y' }))).toBeNull();
    });
  });

  it('applies the filters in EXCLUSION_CODES order, counting the first failure', () => {
    const request = aRequest({
      productCode: 'BEG_REGULIER',
      specialisms: ['NAH'],
      maxDistanceKm: 5,
      financing: 'PGB',
      requiredLanguages: ['tr'],
      excludedProviderIds: ['provider-x'],
    });
    const failingAll: MatchableOffering = anOffering({
      providerId: 'provider-x',
      strategicPartner: true,
      productCode: 'HBH',
      specialisms: [],
      municipalitiesServed: ['GM0406'],
      freePlaces: 0,
      financing: ['ZIN'],
      languages: ['nl'],
    });
    const repairs: readonly Partial<MatchableOffering>[] = [
      { productCode: 'BEG_REGULIER' },
      { specialisms: ['NAH'] },
      { municipalitiesServed: ['GM0402'] },
      {},
      { freePlaces: 1 },
      { financing: ['PGB'] },
      { languages: ['nl', 'tr'] },
      { strategicPartner: false },
      { providerId: 'provider-y' },
    ];
    const distances = [9, 9, 9, 2, 2, 2, 2, 2, 2];
    const seen: (string | null)[] = [];
    let offering = failingAll;
    repairs.forEach((repair, step) => {
      offering = { ...offering, ...repair };
      seen.push(firstFailure(request, offering, distances[step] ?? 2));
    });
    expect(seen).toEqual([...EXCLUSION_CODES.slice(1, -1), null]);
    expect(firstFailure(request, failingAll, 9)).toBe('PRODUCT');
  });
});

function firstFailure(
  request: MatchableRequest,
  offering: MatchableOffering,
  distanceKm: number,
): string | null {
  return (
    failedFilterBeforeDistance(request, offering) ??
    failedFilterFromDistance(request, offering, distanceKm)
  );
}
