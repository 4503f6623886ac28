import { cpus, loadavg } from 'node:os';
import {
  CandidateIndex,
  DEFAULT_MATCHING_POLICY,
  EXCLUSION_CODES,
  evaluateOffering,
  haversineKm,
  rankOfferings,
  requestAsJudged,
  type MatchableOffering,
  type MatchableRequest,
  type MatchingPolicy,
  type OfferingEvaluation,
} from '@wmo/domain';
import { numberFlag, parseFlags, scaleFlag } from './cli';
import { elapsedMs, formatMs, median, percentile, printTable } from './stats';
import { generateDataset } from '@wmo/synthetic';

/** What both rankings produce, enough to check that they agree. */
interface Ranking {
  readonly offeringIds: readonly string[];
  readonly scores: readonly number[];
  readonly exclusions: readonly number[];
}

type Passed = Extract<OfferingEvaluation, { passed: true }>;

/**
 * The baseline: evaluate (filter, score and explain) every offering, sort all that pass, walk
 * down the sorted list. Same result as rankOfferings, without any of its shortcuts.
 */
function naiveRanking(
  request: MatchableRequest,
  offerings: readonly MatchableOffering[],
  policy: MatchingPolicy,
  now: Date,
): Ranking {
  const judged = requestAsJudged(
    request,
    offerings,
    (asked, offering) => evaluateOffering(asked, offering, policy, now).passed,
  );
  const evaluated = offerings.map((offering) => ({
    offering,
    evaluation: evaluateOffering(judged, offering, policy, now),
  }));
  const counts = new Map<string, number>();
  const passed = evaluated.flatMap(({ offering, evaluation }) =>
    evaluation.passed ? [{ offering, evaluation: evaluation as Passed }] : [],
  );
  for (const { evaluation } of evaluated) {
    if (!evaluation.passed)
      counts.set(evaluation.exclusion, (counts.get(evaluation.exclusion) ?? 0) + 1);
  }
  const sorted = passed
    .map((entry) => ({ ...entry, km: haversineKm(request.location, entry.offering.location) }))
    .sort(
      (a, b) =>
        Number(a.evaluation.waitingList) - Number(b.evaluation.waitingList) ||
        b.evaluation.score - a.evaluation.score ||
        a.km - b.km ||
        a.offering.waitingWeeks - b.offering.waitingWeeks ||
        (a.offering.id < b.offering.id ? -1 : a.offering.id > b.offering.id ? 1 : 0),
    );
  const perProvider = new Map<string, number>();
  const chosen = sorted.filter((entry) => {
    const taken = perProvider.get(entry.offering.providerId) ?? 0;
    if (taken >= policy.maxOptionsPerProvider) return false;
    perProvider.set(entry.offering.providerId, taken + 1);
    return true;
  });
  const shortlist = chosen.slice(0, policy.shortlistSize);
  counts.set('NOT_IN_TOP', passed.length - shortlist.length);
  return {
    offeringIds: shortlist.map((entry) => entry.offering.id),
    scores: shortlist.map((entry) => entry.evaluation.score),
    exclusions: EXCLUSION_CODES.map((code) => counts.get(code) ?? 0),
  };
}

function engineRanking(
  request: MatchableRequest,
  offerings: readonly MatchableOffering[],
  policy: MatchingPolicy,
  now: Date,
): Ranking {
  const ranked = rankOfferings(request, offerings, policy, now);
  return {
    offeringIds: ranked.options.map((option) => option.offeringId),
    scores: ranked.options.map((option) => option.score),
    exclusions: ranked.exclusions.map((exclusion) => exclusion.count),
  };
}

function timed<T>(run: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = run();
  return { ms: elapsedMs(start), result };
}

function main(): void {
  const flags = parseFlags(process.argv.slice(2), ['scale', 'requests', 'offerings', 'seed']);
  const scale = scaleFlag(flags, 'national');
  const sampleSize = numberFlag(flags, 'requests') ?? 500;
  const dataset = generateDataset({
    scale,
    requests: sampleSize,
    offerings: numberFlag(flags, 'offerings'),
    seed: numberFlag(flags, 'seed'),
  });
  const { offerings, requests, asOf } = dataset;
  const policy = DEFAULT_MATCHING_POLICY;
  const byProduct = new Map<string, MatchableOffering[]>();
  for (const offering of offerings) {
    const list = byProduct.get(offering.productCode) ?? [];
    list.push(offering);
    byProduct.set(offering.productCode, list);
  }
  const indexed = timed(() => {
    const index = new CandidateIndex();
    for (const offering of offerings) index.put(offering);
    return index;
  });
  const candidateIndex = indexed.result;
  process.stdout.write(
    `engine benchmark: ${scale} shape, ${offerings.length} offerings, ${requests.length} sample ` +
      `requests, seed ${dataset.seed}, node ${process.version}, ${cpus().length} cores, ` +
      `load average ${loadavg()[0]?.toFixed(2)} (a shared machine: expect noise)\n`,
  );

  // Warm-up: let V8 optimise both paths before anything is timed.
  for (let round = 0; round < 3; round++) {
    for (const request of requests.slice(0, 50)) {
      engineRanking(request, offerings, policy, asOf);
      naiveRanking(request, offerings, policy, asOf);
      candidateIndex.rank(request, policy, asOf, 'all');
      candidateIndex.rank(request, policy, asOf);
    }
  }

  const engineMs: number[] = [];
  const naiveMs: number[] = [];
  const productMs: number[] = [];
  const indexMs: number[] = [];
  const indexProductMs: number[] = [];
  let indexDisagreements = 0;
  let candidates = 0;
  let disagreements = 0;
  let withOptions = 0;
  let passedTotal = 0;
  requests.forEach((request, index) => {
    // Alternate the order so drift on a shared machine hits both sides alike.
    const runEngine = () => timed(() => engineRanking(request, offerings, policy, asOf));
    const runNaive = () => timed(() => naiveRanking(request, offerings, policy, asOf));
    let engine: ReturnType<typeof runEngine>;
    let naive: ReturnType<typeof runNaive>;
    if (index % 2 === 0) {
      engine = runEngine();
      naive = runNaive();
    } else {
      naive = runNaive();
      engine = runEngine();
    }
    const own = byProduct.get(request.productCode) ?? [];
    const product = timed(() => rankOfferings(request, own, policy, asOf));
    productMs.push(product.ms);
    // The index against the full scan: the whole result (options, reasons, every count) equal.
    const viaIndex = timed(() => candidateIndex.rank(request, policy, asOf, 'all'));
    const viaIndexProduct = timed(() => candidateIndex.rank(request, policy, asOf));
    indexMs.push(viaIndex.ms);
    indexProductMs.push(viaIndexProduct.ms);
    const full = rankOfferings(request, offerings, policy, asOf);
    if (
      JSON.stringify(viaIndex.result) !== JSON.stringify(full) ||
      JSON.stringify(viaIndexProduct.result) !== JSON.stringify(product.result)
    ) {
      indexDisagreements++;
    }
    candidates += candidateIndex.candidateCount(request);
    engineMs.push(engine.ms);
    naiveMs.push(naive.ms);
    if (JSON.stringify(engine.result) !== JSON.stringify(naive.result)) disagreements++;
    const options = engine.result.offeringIds.length;
    if (options > 0) withOptions++;
    // NOT_IN_TOP, the last exclusion code, counts offerings that passed but were not chosen.
    passedTotal += options + (engine.result.exclusions.at(-1) ?? 0);
  });

  const row = (label: string, values: number[]) => [
    label,
    formatMs(median(values)),
    formatMs(percentile(values, 95)),
    formatMs(Math.max(...values)),
  ];
  printTable([
    ['ranking of one request', 'median', 'p95', 'max'],
    row(`rankOfferings, all ${offerings.length} offerings`, engineMs),
    row('naive baseline, same offerings', naiveMs),
    row("rankOfferings, the request's product only", productMs),
    row(`CandidateIndex.rank, all ${offerings.length} offerings`, indexMs),
    row("CandidateIndex.rank, the request's product (worker)", indexProductMs),
  ]);
  const ratio = median(naiveMs) / median(engineMs);
  process.stdout.write(
    `\nratio naive/engine (medians): ${ratio.toFixed(1)}x\n` +
      (offerings.length >= 20_000
        ? `goal: median < 20 ms against 20,000 offerings; measured ${formatMs(median(engineMs))}\n`
        : 'the goal (median < 20 ms) is for 20,000 offerings: --scale national\n') +
      `engine and baseline agree on ${requests.length - disagreements}/${requests.length} shortlists\n` +
      `ratio full scan/index (medians): ${(median(engineMs) / median(indexMs)).toFixed(1)}x; ` +
      `goal: index median <= 0.5 ms against 20,000 offerings; measured ${formatMs(median(indexMs))}\n` +
      `index and full scan give the same shortlist and counts on ` +
      `${requests.length - indexDisagreements}/${requests.length} requests (both scopes); ` +
      `${(candidates / requests.length).toFixed(1)} candidates judged per request on average; ` +
      `index built in ${formatMs(indexed.ms)}\n` +
      `requests with at least one option: ${((100 * withOptions) / requests.length).toFixed(0)} %; ` +
      `offerings passing every filter per request: ${(passedTotal / requests.length).toFixed(1)} on average\n` +
      `load average at the end ${loadavg()[0]?.toFixed(2)}\n`,
  );
}

main();
