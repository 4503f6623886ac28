import {
  emptySearch,
  paramsFromSearch,
  SEARCH_FIELD_IDS,
  SEARCH_MESSAGES,
  searchFromParams,
  toSearchFilter,
  validateSearch,
} from './search-form';

const REQUEST_ID = '0123456789abcdef01234567';

describe('the offering search', () => {
  it('keeps a search in the address and reads it back', () => {
    const form = {
      ...emptySearch(),
      productCode: 'HBH',
      specialisms: ['GGZ', 'NAH'],
      municipalityCode: 'GM0402',
      postcode: '1211AB',
      maxDistanceKm: '7,5',
      withFreePlaces: true,
      text: 'zorg',
      sort: 'DISTANCE' as const,
    };
    const params = paramsFromSearch(form);
    expect(params.toString()).toBe(
      'product=HBH&gemeente=GM0402&postcode=1211AB&afstand=7%2C5&doelgroep=GGZ&doelgroep=NAH&vrij=1&naam=zorg&volgorde=DISTANCE',
    );
    expect(searchFromParams(params)).toEqual(form);
  });

  it('drops values from the address that cannot be right', () => {
    const form = searchFromParams(
      new URLSearchParams('aanvraag=nope&product={"$gt":""}&volgorde=RANDOM&doelgroep=ggz'),
    );
    expect(form).toEqual(emptySearch());
  });

  it('searches for a request with the request’s own product, place and distance', () => {
    const form = {
      ...emptySearch(),
      requestId: REQUEST_ID,
      productCode: 'HBH',
      postcode: '1211',
      specialisms: ['GGZ'],
      includeExcluded: true,
    };
    expect(toSearchFilter(form)).toEqual({
      requestId: REQUEST_ID,
      includeExcluded: true,
      specialisms: ['GGZ'],
      withFreePlaces: null,
      text: null,
    });
    expect(paramsFromSearch(form).toString()).toBe(`aanvraag=${REQUEST_ID}&doelgroep=GGZ&alles=1`);
  });

  it('sends numbers as numbers and only the 4 digits of a postcode', () => {
    expect(
      toSearchFilter({ ...emptySearch(), postcode: '1211 ab', maxDistanceKm: '12,5', text: ' ' }),
    ).toEqual({
      productCode: null,
      municipalityCode: null,
      postcode: '1211',
      maxDistanceKm: 12.5,
      specialisms: null,
      withFreePlaces: null,
      text: null,
    });
  });

  it('asks for a postcode before searching or sorting by distance', () => {
    expect(validateSearch({ ...emptySearch(), maxDistanceKm: '10' })).toEqual([
      { inputId: SEARCH_FIELD_IDS.maxDistanceKm, message: SEARCH_MESSAGES.distanceNeedsPostcode },
    ]);
    expect(validateSearch({ ...emptySearch(), sort: 'DISTANCE' })).toEqual([
      { inputId: SEARCH_FIELD_IDS.sort, message: SEARCH_MESSAGES.distanceSortNeedsPostcode },
    ]);
    expect(validateSearch({ ...emptySearch(), postcode: '12', maxDistanceKm: '0' })).toEqual([
      { inputId: SEARCH_FIELD_IDS.postcode, message: SEARCH_MESSAGES.postcodeInvalid },
      { inputId: SEARCH_FIELD_IDS.maxDistanceKm, message: SEARCH_MESSAGES.distanceInvalid },
    ]);
    expect(validateSearch({ ...emptySearch(), postcode: '1211', maxDistanceKm: '10' })).toEqual([]);
  });
});
