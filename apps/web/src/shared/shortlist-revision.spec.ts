import { isNewerShortlist, newerShortlist } from './shortlist-revision';

describe('following a shortlist live', () => {
  it('takes a pushed revision only when it is newer than the one shown', () => {
    expect(isNewerShortlist({ revision: 4 }, { revision: 3 })).toBe(true);
    expect(isNewerShortlist({ revision: 3 }, { revision: 3 })).toBe(false);
    expect(isNewerShortlist({ revision: 2 }, { revision: 3 })).toBe(false);
  });

  it('takes any revision while none is shown yet', () => {
    expect(isNewerShortlist({ revision: 1 }, null)).toBe(true);
    expect(isNewerShortlist({ revision: 1 }, undefined)).toBe(true);
  });

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
