import { capacityFreshness, confirmedCapacity, freePlacesNow } from './capacity-report';

const DAY_MS = 24 * 60 * 60 * 1000;
const reportedAt = new Date('2026-12-01T09:00:00Z');
const after = (days: number) => new Date(reportedAt.getTime() + days * DAY_MS);

describe('the freshness of a capacity report', () => {
  it('follows the strictest policy of the municipalities served', () => {
    const freshness = capacityFreshness(reportedAt, [14, 7, 30], 14, after(8));
    expect(freshness.staleAfterDays).toBe(7);
    expect(freshness.staleAt).toEqual(after(7));
    expect(freshness.stale).toBe(true);
  });

  it('is still fresh on the very day it may become stale, as the engine judges it', () => {
    expect(capacityFreshness(reportedAt, [7], 14, after(7)).stale).toBe(false);
    expect(capacityFreshness(reportedAt, [7], 14, new Date(after(7).getTime() + 1)).stale).toBe(
      true,
    );
  });

  it('uses the fallback when the offering serves no municipality', () => {
    const freshness = capacityFreshness(reportedAt, [], 14, after(10));
    expect(freshness.staleAfterDays).toBe(14);
    expect(freshness.stale).toBe(false);
  });
});

describe('confirming a capacity report', () => {
  it('keeps the figures when nothing was placed since the report', () => {
    expect(confirmedCapacity({ freePlaces: 3, waitingWeeks: 2, totalPlaces: 10 }, 0)).toEqual({
      freePlaces: 3,
      waitingWeeks: 2,
      totalPlaces: 10,
    });
  });

  it('never gives back a place that a placement took since the report', () => {
    expect(confirmedCapacity({ freePlaces: 3, waitingWeeks: 0, totalPlaces: 10 }, 2)).toEqual({
      freePlaces: 1,
      waitingWeeks: 0,
      totalPlaces: 10,
    });
    expect(freePlacesNow(1, 3)).toBe(0);
  });
});
