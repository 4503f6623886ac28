import { countOutcomes, type EndedReferral } from './referral-outcomes';

const declined = (reason: string): EndedReferral => ({
  outcome: 'DECLINED',
  productCode: 'HBH',
  reason,
});

describe('countOutcomes', () => {
  it('shows a decline reason given often enough and counts the rarer ones together', () => {
    const rows = countOutcomes([
      ...Array.from({ length: 10 }, (_, index) =>
        declined(index % 2 ? 'Geen plek meer' : ' geen  plek meer'),
      ),
      declined('Past niet bij onze groep'),
      declined('Afstand te groot'),
      { outcome: 'EXPIRED', productCode: 'HBH', reason: null },
    ]);
    expect(rows).toEqual([
      { outcome: 'DECLINED', reason: expect.stringMatching(/^geen plek meer$/i), count: 10 },
      { outcome: 'DECLINED', reason: null, count: 2 },
      { outcome: 'EXPIRED', reason: null, count: 1 },
    ]);
  });

  it('reports nothing when nothing ended', () => {
    expect(countOutcomes([])).toEqual([]);
  });
});
