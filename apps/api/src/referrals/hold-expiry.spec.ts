import { holdExpiresAt } from './hold-expiry';

// Monday 23 November 2026, 10:00 in Amsterdam.
const MONDAY = new Date('2026-11-23T09:00:00Z');

describe('holdExpiresAt', () => {
  it('holds for the configured working days by default', () => {
    expect(holdExpiresAt({ HOLD_WORKING_DAYS: 5 }, MONDAY).toISOString()).toBe(
      '2026-11-30T09:00:00.000Z',
    );
  });

  it('holds for a fixed number of seconds when that is configured', () => {
    const config = { HOLD_WORKING_DAYS: 5, HOLD_DURATION_SECONDS: 2 };
    expect(holdExpiresAt(config, MONDAY).getTime() - MONDAY.getTime()).toBe(2000);
  });
});
