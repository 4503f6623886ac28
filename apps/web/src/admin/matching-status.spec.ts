import {
  followSweep,
  IDLE,
  pendingSentence,
  sweepDuration,
  triggerLabel,
  type SweepReport,
  type SweepRun,
} from './matching-status';

const sweep = (finishedAt: string, overrides: Partial<SweepReport> = {}): SweepReport => ({
  startedAt: '2026-12-03T02:00:00.000Z',
  finishedAt,
  trigger: 'schedule',
  checked: 120,
  outOfDate: 0,
  failed: 0,
  ...overrides,
});

describe('the matching status page', () => {
  it('names why a sweep ran in words, never the code', () => {
    expect(triggerLabel('schedule')).toBe('de controle van elke nacht');
    expect(triggerLabel('admin')).toBe('gestart door een beheerder');
    expect(triggerLabel('cron-2')).toBe('een andere aanleiding');
  });

  it('says how long a sweep took', () => {
    expect(sweepDuration(sweep('2026-12-03T02:00:00.400Z'))).toBe('binnen een seconde');
    expect(sweepDuration(sweep('2026-12-03T02:00:01.000Z'))).toBe('na 1 seconde');
    expect(sweepDuration(sweep('2026-12-03T02:00:12.300Z'))).toBe('na 12 seconden');
    expect(sweepDuration({ startedAt: 'x', finishedAt: 'y' })).toBe('binnen een seconde');
  });

  it('follows a started sweep until a result newer than the one before the start arrives', () => {
    const before = sweep('2026-12-03T02:00:05.000Z');
    const running: SweepRun = { state: 'running', previousFinishedAt: before.finishedAt };
    expect(followSweep(running, before)).toBe(running);
    expect(followSweep(running, null)).toBe(running);
    const after = sweep('2026-12-03T14:03:00.000Z', { trigger: 'admin' });
    expect(followSweep(running, after)).toEqual({ state: 'done', result: after });
  });

  it('takes the first result ever as the answer when there was none before', () => {
    const first = sweep('2026-12-03T14:03:00.000Z');
    expect(followSweep({ state: 'running', previousFinishedAt: null }, first)).toEqual({
      state: 'done',
      result: first,
    });
  });

  it('leaves a run that is not waiting for a result alone', () => {
    const result = sweep('2026-12-03T14:03:00.000Z');
    expect(followSweep(IDLE, result)).toBe(IDLE);
    const starting: SweepRun = { state: 'starting', previousFinishedAt: null };
    expect(followSweep(starting, result)).toBe(starting);
  });

  it('says in one sentence whether work is waiting', () => {
    expect(pendingSentence(0)).toBe('Alles is bijgewerkt. Er wacht geen werk.');
    expect(pendingSentence(3)).toMatch(/^Er wacht nog werk: 3 taken en aanvragen\./);
  });
});
