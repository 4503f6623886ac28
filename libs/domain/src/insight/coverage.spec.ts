import { summarizeCoverage, totalCounts, type OpenRequestCoverage } from './coverage';

const anOpenRequest = (overrides: Partial<OpenRequestCoverage> = {}): OpenRequestCoverage => ({
  productCode: 'BEG_REGULIER',
  targetGroups: ['GGZ'],
  municipalityCode: 'GM0402',
  postcode: '1211',
  optionCount: 5,
  waitingListOnly: false,
  ...overrides,
});

describe('summarizeCoverage', () => {
  it('counts requests without option, with fewer than 3, and with only waiting lists', () => {
    const summary = summarizeCoverage([
      anOpenRequest({ optionCount: 0 }),
      anOpenRequest({ optionCount: 2 }),
      anOpenRequest({ optionCount: 2, waitingListOnly: true }),
      anOpenRequest({ optionCount: 4 }),
    ]);
    expect(summary.rows).toEqual([
      {
        productCode: 'BEG_REGULIER',
        targetGroup: 'GGZ',
        municipalityCode: 'GM0402',
        open: 4,
        noOption: 1,
        fewerThanThree: 3,
        waitingListOnly: 1,
      },
    ]);
  });

  it('counts a request in every target group it has, and once in its product total', () => {
    const summary = summarizeCoverage([
      anOpenRequest({ targetGroups: ['GGZ', 'LVB'], optionCount: 0 }),
      anOpenRequest({ targetGroups: [], municipalityCode: 'GM0406' }),
    ]);
    expect(summary.rows.map((row) => [row.targetGroup, row.municipalityCode, row.open])).toEqual([
      [null, 'GM0406', 1],
      ['GGZ', 'GM0402', 1],
      ['LVB', 'GM0402', 1],
    ]);
    expect(summary.byProduct).toEqual([
      {
        productCode: 'BEG_REGULIER',
        open: 2,
        noOption: 1,
        fewerThanThree: 1,
        waitingListOnly: 0,
      },
    ]);
  });

  it('shows a PC4 area only when its group holds at least the minimum number of requests', () => {
    const requests = [
      ...Array.from({ length: 10 }, () => anOpenRequest({ postcode: '1211', optionCount: 0 })),
      ...Array.from({ length: 9 }, () => anOpenRequest({ postcode: '1212' })),
      anOpenRequest({ postcode: '1213', productCode: 'HBH' }),
    ];
    const summary = summarizeCoverage(requests);
    expect(summary.postcodeRows.map((row) => [row.postcode, row.open, row.noOption])).toEqual([
      ['1211', 10, 10],
    ]);
    expect(summary.suppressedPostcodeGroups).toBe(2);
    expect(summary.minGroupSize).toBe(10);
  });

  it('adds up counts', () => {
    const counts = { open: 2, noOption: 1, fewerThanThree: 1, waitingListOnly: 0 };
    expect(totalCounts([counts, counts])).toEqual({
      open: 4,
      noOption: 2,
      fewerThanThree: 2,
      waitingListOnly: 0,
    });
  });
});
