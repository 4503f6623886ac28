import { parseEntry, partitionOf } from './recompute-backlog';

describe('partitionOf', () => {
  it('is stable and spreads object ids over every partition', () => {
    const ids = Array.from(
      { length: 400 },
      (_, i) => `65a0000000000000000${i.toString(16).padStart(5, '0')}`,
    );
    const counts = [0, 0, 0];
    for (const id of ids) {
      const partition = partitionOf(id, 3);
      expect(partitionOf(id, 3)).toBe(partition);
      counts[partition] = (counts[partition] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(100);
  });

  it('puts an id it cannot read in partition 0', () => {
    expect(partitionOf('not-hex!', 2)).toBe(0);
  });
});

describe('parseEntry', () => {
  it('reads sequence, earlier takes and cause (the first mark is only for Redis)', () => {
    expect(parseEntry('r1', '7|0|1764000000000|{"kind":"SWEEP"}')).toEqual({
      requestId: 'r1',
      seq: 7,
      retaken: false,
      cause: { kind: 'SWEEP' },
    });
    expect(parseEntry('r1', '7|2|1764000000000|{"kind":"SWEEP"}')?.retaken).toBe(true);
    expect(parseEntry('r1', 'garbage')).toBeNull();
  });

  it('reads the stream entry the marks were waiting for, when there is one', () => {
    const cause = '{"kind":"CAPACITY_CHANGED","offeringId":"o|1"';
    expect(parseEntry('r1', `7|0|1764000000000|${cause},"@streamId":"1764000000000-4"}`)).toEqual({
      requestId: 'r1',
      seq: 7,
      retaken: false,
      cause: { kind: 'CAPACITY_CHANGED', offeringId: 'o|1' },
      streamId: '1764000000000-4',
    });
    expect(parseEntry('r1', `7|0|1764000000000|${cause}}`)?.streamId).toBeUndefined();
    expect(parseEntry('r1', `7|0|1764000000000|${cause},"@streamId":"x"}`)).toMatchObject({
      cause: { kind: 'CAPACITY_CHANGED', offeringId: 'o|1' },
    });
  });
});
