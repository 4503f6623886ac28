import { percentile, placementTimes } from './placement-times';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-03-02T09:00:00Z');
const placedAfter = (productCode: string, days: number) => ({
  productCode,
  requestedAt: start,
  placedAt: new Date(start.getTime() + days * DAY),
});

describe('placementTimes', () => {
  it('reports median and 90th percentile per product as times someone really waited', () => {
    const times = placementTimes([
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 30].map((days) => placedAfter('HBH', days)),
      placedAfter('DB_LICHT', 12.25),
    ]);
    expect(times).toEqual([
      { productCode: 'DB_LICHT', placements: 1, medianDays: 12.3, p90Days: 12.3 },
      { productCode: 'HBH', placements: 10, medianDays: 5, p90Days: 9 },
    ]);
  });

  it('takes the nearest rank', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10);
  });
});
