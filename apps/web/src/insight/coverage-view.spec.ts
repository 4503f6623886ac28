import { gapsFirst, totalsPerDay } from './coverage-view';

const row = (name: string, open: number, noOption: number, fewer: number, waiting: number) => ({
  name,
  open,
  noOption,
  fewerThanThree: fewer,
  waitingListOnly: waiting,
});

describe('coverage view', () => {
  it('lists only rows with a gap, the worst first', () => {
    const rows = [
      row('fine', 20, 0, 0, 0),
      row('few', 5, 0, 3, 0),
      row('none', 4, 2, 2, 0),
      row('waiting', 3, 0, 0, 1),
    ];
    expect(gapsFirst(rows).map((r) => r.name)).toEqual(['none', 'few', 'waiting']);
  });

  it('adds up the products of each day', () => {
    expect(
      totalsPerDay([
        { day: '2026-12-02', ...row('a', 3, 1, 2, 0) },
        { day: '2026-12-01', ...row('a', 1, 0, 0, 0) },
        { day: '2026-12-02', ...row('b', 2, 1, 1, 1) },
      ]).map(({ day, open, noOption }) => [day, open, noOption]),
    ).toEqual([
      ['2026-12-01', 1, 0],
      ['2026-12-02', 5, 2],
    ]);
  });
});
