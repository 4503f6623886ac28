import { amsterdamDay } from './amsterdam-day';

describe('amsterdamDay', () => {
  it("names the day on Amsterdam's clock, also just after midnight there", () => {
    expect(amsterdamDay(new Date('2026-12-02T12:00:00Z'))).toBe('2026-12-02');
    expect(amsterdamDay(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02');
    expect(amsterdamDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(amsterdamDay(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});
