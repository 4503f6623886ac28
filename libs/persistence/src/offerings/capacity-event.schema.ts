import { Schema, Types } from 'mongoose';

export const CAPACITY_EVENT_MODEL = 'CapacityEvent';

interface CapacitySnapshot {
  freePlaces: number;
  waitingWeeks: number;
}

export interface CapacityEventDocument {
  _id: Types.ObjectId;
  offeringId: Types.ObjectId;
  providerId: Types.ObjectId;
  actorUserId: Types.ObjectId;
  at: Date;
  before: CapacitySnapshot | null;
  after: CapacitySnapshot;
}

const snapshot = { freePlaces: Number, waitingWeeks: Number };

/** Append-only: events are inserted, never updated (cheap on FerretDB, auditable everywhere). */
export const capacityEventSchema = new Schema<CapacityEventDocument>(
  {
    offeringId: { type: Schema.Types.ObjectId, required: true },
    providerId: { type: Schema.Types.ObjectId, required: true },
    actorUserId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
    before: { type: new Schema(snapshot, { _id: false }), default: null },
    after: { type: new Schema(snapshot, { _id: false }), required: true },
  },
  { collection: 'capacityEvents', versionKey: false },
);
capacityEventSchema.index({ offeringId: 1, at: -1 });
