import { filterFromParams, filterKey, hasFilters, paramsFromFilter } from './list-filters';

describe('the request list filters in the address', () => {
  it('reads status, product, municipality and urgency', () => {
    const params = new URLSearchParams(
      'status=OPEN&product=BEG_REGULIER&gemeente=GM0402&urgentie=CRISIS',
    );
    expect(filterFromParams(params)).toEqual({
      status: 'OPEN',
      productCode: 'BEG_REGULIER',
      municipalityCode: 'GM0402',
      urgency: 'CRISIS',
    });
  });

  it('ignores values that cannot be right, instead of sending them', () => {
    const params = new URLSearchParams('status=open&urgentie=SOMEDAY&product={"$gt":""}');
    expect(filterFromParams(params)).toEqual({});
  });

  it('writes the filters back to the same address', () => {
    const filter = { status: 'PLACED', urgency: 'SOON' } as const;
    expect(paramsFromFilter(filter).toString()).toBe('status=PLACED&urgentie=SOON');
    expect(filterFromParams(paramsFromFilter(filter))).toEqual(filter);
  });

  it('gives one key per filter, empty without filters', () => {
    expect(filterKey({})).toBe('');
    expect(hasFilters({})).toBe(false);
    expect(filterKey({ urgency: 'SOON', status: 'OPEN' })).toBe(
      filterKey({ status: 'OPEN', urgency: 'SOON' }),
    );
    expect(hasFilters({ productCode: 'HBH' })).toBe(true);
  });
});
