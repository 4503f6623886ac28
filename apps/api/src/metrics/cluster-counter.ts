import { Counter, type Registry } from 'prom-client';

export interface CounterSample {
  readonly labels: Record<string, string>;
  readonly value: number;
}

/**
 * A Prometheus counter whose value is kept elsewhere (Redis, written by every worker) and read at
 * each scrape: exposed with counter type, so `rate()` and `increase()` handle restarts of the
 * store like any counter reset. Every sample's labels must be among `labelNames`.
 */
export function clusterCounter(options: {
  name: string;
  help: string;
  labelNames?: readonly string[];
  registry: Registry;
  read: () => Promise<readonly CounterSample[]>;
}): Counter {
  const { read } = options;
  return new Counter({
    name: options.name,
    help: options.help,
    labelNames: options.labelNames ?? [],
    registers: [options.registry],
    collect: async function () {
      const samples = await read();
      this.reset();
      for (const { labels, value } of samples) this.inc(labels, Math.max(0, value));
    },
  });
}
