/** Milliseconds per named step of one piece of work, for a debug line about it. */
export class StepClock {
  private readonly started = performance.now();
  private last = this.started;
  private readonly steps: string[] = [];

  step(name: string): void {
    const now = performance.now();
    this.steps.push(`${name} ${Math.round(now - this.last)} ms`);
    this.last = now;
  }

  summary(): string {
    return this.steps.join(', ');
  }

  elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }
}
