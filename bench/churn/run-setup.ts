import { cpus, loadavg } from 'node:os';
import { numberFlag } from '../cli';
import {
  generateDataset,
  squeezeIntoRegion,
  toDocuments,
  type Scale,
  type SyntheticDataset,
  type SyntheticDocuments,
} from '@wmo/synthetic';
import type { PhaseLog } from './phases';

/** Cores, CPU model and load average: benches print it at start and end (shared machines). */
export function machine(): string {
  const load = loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
  return `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${load}`;
}

/** The synthetic data the flags ask for, as documents (national squeezed into the region). */
export function datasetFromFlags(
  flags: Map<string, string>,
  scale: Scale,
  phases: PhaseLog,
): { dataset: SyntheticDataset; docs: SyntheticDocuments } {
  const dataset = phases.timeSync('generate synthetic data', () =>
    generateDataset({
      scale,
      requests: numberFlag(flags, 'requests'),
      offerings: numberFlag(flags, 'offerings'),
      seed: numberFlag(flags, 'seed'),
    }),
  );
  const docs = toDocuments(
    dataset,
    scale === 'national' ? squeezeIntoRegion(dataset.geography) : undefined,
  );
  return { dataset, docs };
}
