import { newerShortlist } from './live-shortlist';

describe('following a shortlist live', () => {
  it('shows the newest revision, whichever way it arrived', () => {
    const loaded = { revision: 3, options: ['a'] };
    const pushed = { revision: 4, options: [] };
    expect(newerShortlist(loaded, pushed)).toBe(pushed);
    expect(newerShortlist(pushed, loaded)).toBe(pushed);
  });

  it('never lets a late, older revision replace a newer one', () => {
    const shown = { revision: 5 };
    expect(newerShortlist(shown, { revision: 4 })).toBe(shown);
    expect(newerShortlist(shown, { revision: 5 })).toBe(shown);
  });

  it('shows whatever there is while the other is missing', () => {
    expect(newerShortlist(null, { revision: 1 })).toEqual({ revision: 1 });
    expect(newerShortlist({ revision: 1 }, undefined)).toEqual({ revision: 1 });
    expect(newerShortlist(null, null)).toBeNull();
  });
});
