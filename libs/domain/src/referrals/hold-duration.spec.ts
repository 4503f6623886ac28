import { holdEndsAt } from './hold-duration';

// Thursday 26 November 2026, 15:30 in Amsterdam.
const THURSDAY = new Date('2026-11-26T14:30:00Z');

describe('holdEndsAt', () => {
  it('counts working days, skipping the weekend', () => {
    expect(holdEndsAt({ workingDays: 5 }, THURSDAY).toISOString()).toBe('2026-12-03T14:30:00.000Z');
    expect(holdEndsAt({ workingDays: 2 }, THURSDAY).toISOString()).toBe('2026-11-30T14:30:00.000Z');
  });

  it('uses a fixed number of seconds when the duration is given in seconds', () => {
    expect(holdEndsAt({ seconds: 90 }, THURSDAY).getTime() - THURSDAY.getTime()).toBe(90_000);
  });
});
