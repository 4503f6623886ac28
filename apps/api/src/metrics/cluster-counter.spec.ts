import { Registry } from 'prom-client';
import { clusterCounter } from './cluster-counter';

describe('clusterCounter', () => {
  it('is exposed as a counter holding the value read at each scrape', async () => {
    const registry = new Registry();
    let stored = 3;
    clusterCounter({
      name: 'test_things_total',
      help: 'things',
      labelNames: ['outcome'],
      registry,
      read: async () => [
        { labels: { outcome: 'stored' }, value: stored },
        { labels: { outcome: 'skipped' }, value: 0 },
      ],
    });
    const first = await registry.metrics();
    expect(first).toMatch(/^# TYPE test_things_total counter$/m);
    expect(first).toMatch(/^test_things_total\{outcome="stored"\} 3$/m);
    expect(first).toMatch(/^test_things_total\{outcome="skipped"\} 0$/m);
    // Set, not added up: a second scrape shows the stored value, not 3 + 5.
    stored = 5;
    expect(await registry.metrics()).toMatch(/^test_things_total\{outcome="stored"\} 5$/m);
  });

  it('shows a store that lost its counts as a counter reset, never a negative value', async () => {
    const registry = new Registry();
    clusterCounter({
      name: 'test_batches_total',
      help: 'batches',
      registry,
      read: async () => [{ labels: {}, value: -1 }],
    });
    expect(await registry.metrics()).toMatch(/^test_batches_total 0$/m);
  });
});
