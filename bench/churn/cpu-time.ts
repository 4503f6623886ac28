import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { formatCount, printTable } from '../stats';
import { heading } from './report';

/** CPU time (user + system) each named process of the run has used so far, in seconds. */
export type CpuSeconds = ReadonlyMap<string, number | null>;

let ticksPerSecond: number | undefined;

/** Clock ticks per second of /proc's counters (`getconf CLK_TCK`; 100 on Linux as built). */
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** A process's CPU time so far from Linux /proc (utime + stime); null where unknown. */
export function cpuSecondsOf(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command's closing parenthesis start at field 3 (state); utime is 14.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks();
  } catch {
    return null;
  }
}

/** The sum over the processes, null when none is known. */
export function sumKnown(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length > 0 ? known.reduce((sum, value) => sum + value, 0) : null;
}

/**
 * What each process used between two readings (`windowMs` apart), and all of it against what
 * the machine had until the burst's last job finished (its cores times `workMs`): whether the
 * burst's work alone fills the machine, whatever the order it is done in.
 */
export function printCpuUse(
  before: CpuSeconds,
  after: CpuSeconds,
  windowMs: number,
  workMs: number,
): void {
  const cores = cpus().length;
  const available = (cores * workMs) / 1000;
  heading(
    `CPU used by each process from the first mutation sent until the wait stopped ` +
      `(Linux /proc; ${cores} cores)`,
  );
  const rows: string[][] = [['process', 'CPU s', 'of one core over the window']];
  const row = (name: string, seconds: number) => [
    name,
    seconds.toFixed(2),
    `${formatCount(Math.round((100 * seconds * 1000) / windowMs))} %`,
  ];
  let total = 0;
  for (const [name, end] of after) {
    const start = before.get(name);
    if (end === null || start === null || start === undefined) {
      rows.push([name, '?', '']);
      continue;
    }
    const used = end - start;
    total += used;
    rows.push(row(name, used));
  }
  rows.push(row('all', total));
  printTable(rows);
  process.stdout.write(
    `window ${(windowMs / 1000).toFixed(1)} s (it ends when the wait saw an idle queue twice, ` +
      `up to ~2 s after the last job). Until the last job finished (t0 + ` +
      `${(workMs / 1000).toFixed(1)} s) the machine had ${available.toFixed(1)} core-seconds; ` +
      `the burst's work took ${total.toFixed(1)} (${((100 * total) / available).toFixed(0)} %).\n`,
  );
}
