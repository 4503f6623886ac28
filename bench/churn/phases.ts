import { elapsedMs, formatMs } from '../stats';

export interface Phase {
  readonly name: string;
  readonly ms: number;
}

/** Times the phases of a run and prints each as it ends, so a long run shows where it is. */
export class PhaseLog {
  readonly phases: Phase[] = [];
  private readonly started = process.hrtime.bigint();
  private readonly lastProgress = new Map<string, number>();

  async time<T>(name: string, run: () => Promise<T>): Promise<T> {
    const start = process.hrtime.bigint();
    const result = await run();
    this.record(name, elapsedMs(start));
    return result;
  }

  timeSync<T>(name: string, run: () => T): T {
    const start = process.hrtime.bigint();
    const result = run();
    this.record(name, elapsedMs(start));
    return result;
  }

  record(name: string, ms: number): void {
    this.phases.push({ name, ms });
    this.log(`${name}: ${formatMs(ms)}`);
  }

  /** Prints progress at most every 10 % of `total`. */
  progress(name: string, done: number, total: number): void {
    const tenth = Math.floor((10 * done) / total);
    if (tenth === this.lastProgress.get(name)) return;
    this.lastProgress.set(name, tenth);
    this.log(`${name}: ${done}/${total}`);
  }

  log(message: string): void {
    const seconds = (elapsedMs(this.started) / 1000).toFixed(1).padStart(7);
    process.stdout.write(`[${seconds} s] ${message}\n`);
  }
}
