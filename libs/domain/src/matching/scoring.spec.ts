import fc from 'fast-check';
import {
  capacityAgeDays,
  capacityHeadroomPoints,
  distancePoints,
  extraSpecialisms,
  freshnessPoints,
  languagePoints,
  matchedLanguages,
  roundToTenth,
  scoreOffering,
  specialismDepthPoints,
  waitingTimePoints,
} from './scoring';
import {
  anOffering,
  aPolicy,
  aRequest,
  daysBefore,
  onlyWeights,
  TEST_NOW,
} from './testing/factories';

const NOW_MS = TEST_NOW.getTime();

describe('ranking components', () => {
  it('DISTANCE: full weight next door, half at the half-life, a quarter at twice it', () => {
    expect(distancePoints(30, 0, 5)).toBe(30);
    expect(distancePoints(30, 5, 5)).toBeCloseTo(15, 10);
    expect(distancePoints(30, 10, 5)).toBeCloseTo(7.5, 10);
    expect(distancePoints(30, 2.4, 5)).toBeLessThan(30);
    expect(distancePoints(30, 2.4, 5)).toBeGreaterThan(distancePoints(30, 2.5, 5));
  });

  it('WAITING_TIME: full weight without a wait, halving every half-life', () => {
    expect(waitingTimePoints(25, 0, 4)).toBe(25);
    expect(waitingTimePoints(25, 4, 4)).toBeCloseTo(12.5, 10);
    expect(waitingTimePoints(25, 8, 4)).toBeCloseTo(6.25, 10);
    expect(waitingTimePoints(25, -1, 4)).toBe(25);
  });

  it('SPECIALISM_DEPTH: each extra specialism adds less, never more than the weight', () => {
    expect(specialismDepthPoints(10, 0)).toBe(0);
    expect(specialismDepthPoints(10, 1)).toBe(5);
    expect(specialismDepthPoints(10, 2)).toBe(7.5);
    expect(specialismDepthPoints(10, 3)).toBe(8.75);
    expect(specialismDepthPoints(10, 60)).toBeLessThanOrEqual(10);
  });

  it('SPECIALISM_DEPTH counts distinct offered specialisms beyond the requested ones', () => {
    const request = aRequest({ specialisms: ['NAH'] });
    const offering = anOffering({ specialisms: ['NAH', 'GGZ', 'LVB', 'GGZ'] });
    expect(extraSpecialisms(request, offering)).toEqual(['GGZ', 'LVB']);
  });

  it('LANGUAGE: full weight when the offering speaks a preferred language, else nothing', () => {
    expect(languagePoints(10, true)).toBe(10);
    expect(languagePoints(10, false)).toBe(0);
    const request = aRequest({ preferredLanguages: ['ar', 'tr'] });
    expect(matchedLanguages(request, anOffering({ languages: ['nl', 'tr', 'ar'] }))).toEqual([
      'ar',
      'tr',
    ]);
  });

  it('CAPACITY_HEADROOM: grows with offerable places, towards the weight', () => {
    expect(capacityHeadroomPoints(16, 0)).toBe(0);
    expect(capacityHeadroomPoints(16, 1)).toBe(8);
    expect(capacityHeadroomPoints(16, 2)).toBe(12);
    expect(capacityHeadroomPoints(16, 3)).toBe(14);
    expect(capacityHeadroomPoints(16, 100)).toBeLessThanOrEqual(16);
  });

  it('FRESHNESS: full weight up to staleAfterDays, then halving every further period', () => {
    expect(freshnessPoints(10, 0, 14)).toBe(10);
    expect(freshnessPoints(10, 10, 14)).toBe(10);
    expect(freshnessPoints(10, 14, 14)).toBe(10);
    expect(freshnessPoints(10, 28, 14)).toBeCloseTo(5, 10);
    expect(freshnessPoints(10, 42, 14)).toBeCloseTo(2.5, 10);
    expect(freshnessPoints(10, Infinity, 14)).toBe(0);
  });

  it('keeps every component between 0 and its weight, moving the right way', () => {
    const weight = fc.integer({ min: 0, max: 50 });
    const amount = fc.double({ min: 0, max: 1000, noNaN: true });
    const scale = fc.double({ min: 0.1, max: 60, noNaN: true });
    fc.assert(
      fc.property(weight, amount, amount, scale, (w, a, b, halfLife) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const decaying = [
          (x: number) => distancePoints(w, x, halfLife),
          (x: number) => waitingTimePoints(w, x, halfLife),
          (x: number) => freshnessPoints(w, x, halfLife),
        ];
        const growing = [
          (n: number) => specialismDepthPoints(w, Math.floor(n)),
          (n: number) => capacityHeadroomPoints(w, Math.floor(n)),
        ];
        for (const points of [...decaying, ...growing]) {
          expect(points(low)).toBeGreaterThanOrEqual(0);
          expect(points(low)).toBeLessThanOrEqual(w);
        }
        for (const points of decaying) {
          expect(points(low)).toBeGreaterThanOrEqual(points(high));
        }
        for (const points of growing) {
          expect(points(low)).toBeLessThanOrEqual(points(high));
        }
      }),
    );
  });

  it('measures the age of the capacity report in days, future dates counting as today', () => {
    expect(
      capacityAgeDays(anOffering({ capacityUpdatedAt: daysBefore(TEST_NOW, 3) }), NOW_MS),
    ).toBe(3);
    expect(
      capacityAgeDays(anOffering({ capacityUpdatedAt: daysBefore(TEST_NOW, -2) }), NOW_MS),
    ).toBe(0);
    expect(capacityAgeDays(anOffering({ capacityUpdatedAt: new Date(Number.NaN) }), NOW_MS)).toBe(
      Infinity,
    );
  });
});

describe('scoreOffering', () => {
  it('adds the rounded components into the score', () => {
    const request = aRequest({ specialisms: ['NAH'], preferredLanguages: ['tr'] });
    const offering = anOffering({
      specialisms: ['NAH', 'GGZ'],
      languages: ['nl', 'tr'],
      freePlaces: 3,
      heldPlaces: 1,
      waitingWeeks: 2,
      capacityUpdatedAt: daysBefore(TEST_NOW, 2),
    });
    const result = scoreOffering(request, offering, 2.4, aPolicy(), NOW_MS);
    expect(result.components).toEqual({
      distance: roundToTenth(30 * 0.5 ** (2.4 / 5)),
      waitingTime: roundToTenth(25 * 0.5 ** (2 / 4)),
      specialismDepth: 5,
      language: 10,
      capacityHeadroom: 11.3,
      freshness: 10,
    });
    const sum = Object.values(result.components).reduce((total, points) => total + points, 0);
    expect(result.score).toBe(roundToTenth(sum));
    expect(result.offerableNow).toBe(2);
    expect(result.stale).toBe(false);
  });

  it('flags a capacity report older than staleAfterDays as stale and gives it fewer points', () => {
    const policy = onlyWeights({ freshness: 10 });
    const fresh = anOffering({ capacityUpdatedAt: daysBefore(TEST_NOW, 14) });
    const old = anOffering({ capacityUpdatedAt: daysBefore(TEST_NOW, 40) });
    expect(scoreOffering(aRequest(), fresh, 1, policy, NOW_MS)).toMatchObject({
      stale: false,
      score: 10,
    });
    expect(scoreOffering(aRequest(), old, 1, policy, NOW_MS)).toMatchObject({
      stale: true,
      score: roundToTenth(10 * 0.5 ** (26 / 14)),
    });
  });

  it('gives a full offering on a waiting list no headroom points', () => {
    const policy = onlyWeights({ capacityHeadroom: 15 });
    const full = anOffering({ freePlaces: 1, heldPlaces: 1 });
    expect(scoreOffering(aRequest(), full, 1, policy, NOW_MS)).toMatchObject({
      offerableNow: 0,
      score: 0,
    });
  });
});
