import type { Binary } from 'mongodb';
import { Schema, Types } from 'mongoose';
import type { ShortlistCause } from '@wmo/domain';

export const SHORTLIST_MODEL = 'Shortlist';

/** Bumped when the body's shape or encoding changes; readers refuse formats they do not know.
 * 1: JSON of `{ options, exclusions }`, compressed with raw DEFLATE.
 * 2: JSON of `{ options }`, the same way: the "why not" counts are counted when read. */
export const SHORTLIST_BODY_FORMAT = 2;

/**
 * One document per revision, never updated. Its `_id` is the natural key
 * `<requestId>:<revision, 9 digits>`, so the database's own `_id` uniqueness is the fence that
 * keeps a late recompute from overwriting a newer one — on MongoDB and on FerretDB, whose
 * conditional updates are not atomic — and a revision is found by `_id`, the one lookup that
 * FerretDB's SQLite handler does not answer by decoding the whole collection.
 *
 * The options are stored as one compressed JSON blob (`body`): a revision is an
 * immutable snapshot that is only ever read whole, and FerretDB writes it about nine times faster
 * than the same data as nested documents (measured with 1,000-document `insertMany`s: nested
 * 0.85 ms a revision, JSON string 0.21 ms, deflated to ~450 bytes 0.10 ms; deflating costs the
 * writer ~0.04 ms). `digest` identifies the content, so "did anything change?" needs no body.
 */
export interface ShortlistDocument {
  _id: string;
  requestId: Types.ObjectId;
  revision: number;
  computedAt: Date;
  cause: ShortlistCause;
  format: number;
  digest: string;
  /** Raw DEFLATE of the JSON; a Buffer when written, the driver's Binary when read. */
  body: Buffer | Binary;
  /** What the writer knew, for rebuilding its cache of heads; opaque here. */
  note?: string;
}

export const shortlistSchema = new Schema<ShortlistDocument>(
  {
    _id: { type: String, required: true },
    requestId: { type: Schema.Types.ObjectId, required: true },
    revision: { type: Number, required: true, min: 1 },
    computedAt: { type: Date, required: true },
    cause: {
      type: new Schema(
        { kind: String, offeringId: String, capacityEventId: String, referralId: String },
        { _id: false },
      ),
      required: true,
    },
    format: { type: Number, required: true },
    digest: { type: String, required: true },
    body: { type: Buffer, required: true },
    note: { type: String },
  },
  { collection: 'shortlists', versionKey: false },
);
// History queries on MongoDB; the `_id` already guarantees one document per (request, revision).
shortlistSchema.index({ requestId: 1, revision: -1 }, { unique: true });
