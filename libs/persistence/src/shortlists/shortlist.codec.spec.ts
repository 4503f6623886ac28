import { deflateRawSync } from 'node:zlib';
import { Binary } from 'mongodb';
import type { ShortlistRevision } from '@wmo/domain';
import {
  fromShortlistDocument,
  encodeContent,
  shortlistDocumentId,
  toShortlistDocument,
} from './shortlist.codec';

const REQUEST = '65a0000000000000000000a1';

function revision(overrides: Partial<ShortlistRevision> = {}): ShortlistRevision {
  return {
    requestId: REQUEST,
    revision: 3,
    computedAt: new Date('2026-11-25T10:00:00Z'),
    cause: { kind: 'CAPACITY_CHANGED', offeringId: '65a0000000000000000000b1' },
    options: [
      {
        rank: 1,
        score: 81.5,
        offeringId: '65a0000000000000000000b1',
        providerId: '65a0000000000000000000c1',
        providerName: 'Zorg Gooi',
        distanceKm: 2.4,
        waitingWeeks: 0,
        freePlaces: 2,
        waitingList: false,
        stale: false,
        reasons: [{ code: 'DISTANCE', label: 'Dichtbij: 2,4 km', points: 30 }],
      },
    ],
    ...overrides,
  };
}

describe('shortlist codec', () => {
  it('round-trips a revision', () => {
    const original = revision();
    expect(fromShortlistDocument(toShortlistDocument(original))).toEqual(original);
  });

  it('reads the body back as the driver returns it (a BSON Binary)', () => {
    const original = revision();
    const doc = toShortlistDocument(original);
    const asRead = { ...doc, body: new Binary(doc.body as Buffer) };
    expect(fromShortlistDocument(asRead)).toEqual(original);
  });

  it("keeps the writer's note beside the revision, and none when there is none", () => {
    expect(toShortlistDocument(revision(), '1764000000000-0:{"full":true}').note).toBe(
      '1764000000000-0:{"full":true}',
    );
    expect(toShortlistDocument(revision())).not.toHaveProperty('note');
  });

  it('stores the same document from content encoded once for the digest comparison', () => {
    const original = revision();
    const encoded = encodeContent(original);
    expect(encoded.digest).toBe(toShortlistDocument(original).digest);
    expect(toShortlistDocument(original, 'n', encoded)).toEqual(toShortlistDocument(original, 'n'));
  });

  it('keys a revision by request and zero-padded number, so ids sort by revision', () => {
    expect(shortlistDocumentId(REQUEST, 3)).toBe(`${REQUEST}:000000003`);
    const ids = [10, 9, 100, 2].map((n) => shortlistDocumentId(REQUEST, n)).sort();
    expect(ids).toEqual([2, 9, 10, 100].map((n) => shortlistDocumentId(REQUEST, n)));
  });

  it('digests what users see, not when or why it was computed', () => {
    const base = toShortlistDocument(revision());
    const later = toShortlistDocument(
      revision({ revision: 4, computedAt: new Date(), cause: { kind: 'SWEEP' } }),
    );
    expect(later.digest).toBe(base.digest);
    expect(digestOfContent(revision())).toBe(base.digest);
  });

  it('gives a different digest when a place or a label changes', () => {
    const base = digestOfContent(revision());
    const [option] = revision().options;
    if (!option) throw new Error('fixture has an option');
    expect(digestOfContent(revision({ options: [{ ...option, freePlaces: 1 }] }))).not.toBe(base);
    expect(
      digestOfContent(
        revision({
          options: [{ ...option, reasons: [{ code: 'DISTANCE', label: 'x', points: 30 }] }],
        }),
      ),
    ).not.toBe(base);
  });

  it('reads a revision stored with its counts (format 1) as its options alone', () => {
    const json = JSON.stringify({
      options: revision().options,
      exclusions: [{ code: 'NO_FREE_PLACE', label: 'Geen vrije plek', count: 4 }],
    });
    const doc = { ...toShortlistDocument(revision()), format: 1, body: deflateRawSync(json) };
    expect(fromShortlistDocument(doc)).toEqual(revision());
  });

  it('refuses a body format it does not know', () => {
    const doc = { ...toShortlistDocument(revision()), format: 99 };
    expect(() => fromShortlistDocument(doc)).toThrow(/format 99/);
  });
});

function digestOfContent(content: Parameters<typeof encodeContent>[0]): string {
  return encodeContent(content).digest;
}
