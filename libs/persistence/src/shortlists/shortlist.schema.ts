import { Schema, Types } from 'mongoose';
import type { ExclusionCount, ShortlistCause, ShortlistOption } from '@wmo/domain';

export const SHORTLIST_MODEL = 'Shortlist';

export interface ShortlistDocument {
  _id: Types.ObjectId;
  requestId: Types.ObjectId;
  revision: number;
  computedAt: Date;
  cause: ShortlistCause;
  options: ShortlistOption[];
  exclusions: ExclusionCount[];
}

const reasonSchema = new Schema({ code: String, label: String, points: Number }, { _id: false });

const optionSchema = new Schema(
  {
    rank: Number,
    score: Number,
    offeringId: String,
    providerId: String,
    providerName: String,
    distanceKm: Number,
    waitingWeeks: Number,
    freePlaces: Number,
    waitingList: Boolean,
    stale: Boolean,
    reasons: [reasonSchema],
  },
  { _id: false },
);

/**
 * One document per revision, never updated. The unique (request, revision) index is the
 * fence that keeps a late recompute from overwriting a newer one: it holds on MongoDB and on
 * FerretDB, whose conditional updates are not atomic.
 */
export const shortlistSchema = new Schema<ShortlistDocument>(
  {
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
    options: { type: [optionSchema], default: [] },
    exclusions: {
      type: [new Schema({ code: String, label: String, count: Number }, { _id: false })],
      default: [],
    },
  },
  { collection: 'shortlists', versionKey: false },
);
shortlistSchema.index({ requestId: 1, revision: -1 }, { unique: true });
