import { Schema, Types } from 'mongoose';

export const HOLD_MODEL = 'Hold';

/**
 * One taken place slot of an offering: a pending referral's hold, or (placedAt set) the
 * placement it became. Inserted under the unique (offering, slot) index, deleted when the place
 * is released or when a later capacity report has absorbed the placement. See HoldRepository.
 */
export interface HoldDocument {
  _id: Types.ObjectId;
  offeringId: Types.ObjectId;
  slot: number;
  referralId: Types.ObjectId;
  takenAt: Date;
  placedAt: Date | null;
}

export const holdSchema = new Schema<HoldDocument>(
  {
    offeringId: { type: Schema.Types.ObjectId, required: true },
    slot: { type: Number, required: true, min: 0 },
    referralId: { type: Schema.Types.ObjectId, required: true },
    takenAt: { type: Date, required: true },
    placedAt: { type: Date, default: null },
  },
  { collection: 'holds', versionKey: false },
);
// The fence against over-allocation: enforced atomically by MongoDB and by FerretDB alike.
holdSchema.index({ offeringId: 1, slot: 1 }, { unique: true });
holdSchema.index({ referralId: 1 });
