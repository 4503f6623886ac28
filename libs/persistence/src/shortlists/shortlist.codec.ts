import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { Types } from 'mongoose';
import type { ShortlistCause, ShortlistOption, ShortlistRevision } from '@wmo/domain';
import { SHORTLIST_BODY_FORMAT, type ShortlistDocument } from './shortlist.schema';

const READABLE_BODY_FORMATS = [1, SHORTLIST_BODY_FORMAT];

/** What users see of a revision; its digest decides whether a recompute changed anything. */
export interface ShortlistContent {
  readonly options: readonly ShortlistOption[];
}

const REVISION_DIGITS = 9;

/** `<requestId>:<revision>`, zero-padded so that a request's revisions sort by `_id`. */
export function shortlistDocumentId(requestId: string, revision: number): string {
  return `${requestId}:${String(revision).padStart(REVISION_DIGITS, '0')}`;
}

/** The stored form of the options: one JSON string, keys in a fixed order. */
export function shortlistBody(content: ShortlistContent): string {
  return JSON.stringify({
    options: content.options.map((option) => ({
      rank: option.rank,
      score: option.score,
      offeringId: option.offeringId,
      providerId: option.providerId,
      providerName: option.providerName,
      distanceKm: option.distanceKm,
      waitingWeeks: option.waitingWeeks,
      freePlaces: option.freePlaces,
      waitingList: option.waitingList,
      stale: option.stale,
      reasons: option.reasons.map((r) => ({ code: r.code, label: r.label, points: r.points })),
    })),
  });
}

export function digestOf(body: string): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, 22);
}

/**
 * Content in its stored form and its digest (comparable with a stored revision's `digest`), made
 * once for both the comparison and the insert.
 */
export interface EncodedContent {
  readonly json: string;
  readonly digest: string;
}

export function encodeContent(content: ShortlistContent): EncodedContent {
  const json = shortlistBody(content);
  return { json, digest: digestOf(json) };
}

// The fastest level: bodies are a few kB of repetitive JSON, and level 1 packs them within a few
// bytes of the default level in about half the time (a recompute burst writes thousands).
const DEFLATE = { level: 1 };

/** `encoded`: encodeContent(revision), when the caller has it already. */
export function toShortlistDocument(
  revision: ShortlistRevision,
  note?: string,
  encoded: EncodedContent = encodeContent(revision),
): ShortlistDocument {
  const { json, digest } = encoded;
  return {
    _id: shortlistDocumentId(revision.requestId, revision.revision),
    requestId: new Types.ObjectId(revision.requestId),
    revision: revision.revision,
    computedAt: revision.computedAt,
    cause: plainCause(revision.cause),
    format: SHORTLIST_BODY_FORMAT,
    digest,
    body: deflateRawSync(json, DEFLATE),
    ...(note ? { note } : {}),
  };
}

export function fromShortlistDocument(doc: ShortlistDocument): ShortlistRevision {
  if (!READABLE_BODY_FORMATS.includes(doc.format)) {
    throw new Error(
      `shortlist ${doc._id} has body format ${doc.format}, not ${SHORTLIST_BODY_FORMAT}`,
    );
  }
  const bytes = Buffer.isBuffer(doc.body) ? doc.body : Buffer.from(doc.body.buffer);
  // Format 1 also held the "why not" counts of its time; they are counted when read now.
  const content = JSON.parse(inflateRawSync(bytes).toString('utf8')) as ShortlistContent;
  return {
    requestId: doc.requestId.toHexString(),
    revision: doc.revision,
    computedAt: doc.computedAt,
    cause: plainCause(doc.cause),
    options: content.options,
  };
}

function plainCause(cause: ShortlistCause): ShortlistCause {
  return {
    kind: cause.kind,
    ...(cause.offeringId ? { offeringId: cause.offeringId } : {}),
    ...(cause.capacityEventId ? { capacityEventId: cause.capacityEventId } : {}),
    ...(cause.referralId ? { referralId: cause.referralId } : {}),
  };
}
