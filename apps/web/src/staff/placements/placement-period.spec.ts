import { defaultPeriod, exportPath, periodProblems } from './placement-period';

describe('the placement export period', () => {
  it('runs from the first of the month up to today, on the Dutch calendar', () => {
    // 23:30 UTC on 30 April is 1 May in the Netherlands.
    expect(defaultPeriod(new Date('2026-04-30T23:30:00Z'))).toEqual({
      from: '2026-05-01',
      to: '2026-05-01',
    });
  });

  it('asks for one municipality only when one is chosen', () => {
    expect(
      exportPath({ municipality: '', from: '2026-01-01', to: '2026-01-31', format: 'csv' }),
    ).toBe('placements?from=2026-01-01&to=2026-01-31&format=csv');
    expect(
      exportPath({ municipality: 'GM0402', from: '2026-01-01', to: '2026-01-31', format: 'json' }),
    ).toBe('placements?from=2026-01-01&to=2026-01-31&format=json&municipality=GM0402');
  });
});

describe('a period checked before it is sent', () => {
  it('wants both dates and the end not before the start', () => {
    expect(periodProblems({ from: '', to: '2026-01-01' })).toEqual({
      from: 'Vul een begindatum in.',
    });
    expect(periodProblems({ from: '2026-02-01', to: '2026-01-31' })).toEqual({
      to: 'De einddatum ligt voor de begindatum.',
    });
    expect(periodProblems({ from: '2026-01-31', to: '2026-01-31' })).toEqual({});
  });
});
