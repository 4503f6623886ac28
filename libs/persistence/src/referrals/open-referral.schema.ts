import { Schema, Types } from 'mongoose';

export const OPEN_REFERRAL_MODEL = 'OpenReferral';

/**
 * Marks the one referral of a request that is pending or became a placement. The unique index
 * on requestId is what allows at most one pending referral per request, also under races.
 */
export interface OpenReferralDocument {
  _id: Types.ObjectId;
  requestId: Types.ObjectId;
  referralId: Types.ObjectId;
  openedAt: Date;
}

export const openReferralSchema = new Schema<OpenReferralDocument>(
  {
    requestId: { type: Schema.Types.ObjectId, required: true },
    referralId: { type: Schema.Types.ObjectId, required: true },
    openedAt: { type: Date, required: true },
  },
  { collection: 'openReferrals', versionKey: false },
);
openReferralSchema.index({ requestId: 1 }, { unique: true });
openReferralSchema.index({ referralId: 1 });
