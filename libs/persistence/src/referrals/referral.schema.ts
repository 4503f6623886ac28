import { Schema, Types } from 'mongoose';
import { REFERRAL_STATUSES, URGENCIES, type ReferralStatus, type Urgency } from '@wmo/domain';

export const REFERRAL_MODEL = 'Referral';

export interface ReferralDocument {
  _id: Types.ObjectId;
  requestId: Types.ObjectId;
  offeringId: Types.ObjectId;
  providerId: Types.ObjectId;
  municipalityCode: string;
  request: {
    reference: string;
    productCode: string;
    specialisms: string[];
    postcode: string;
    urgency: Urgency;
  };
  /** A copy of the last recorded transition's `to`, for lists and filters. */
  status: ReferralStatus;
  holdExpiresAt: Date;
  createdAt: Date;
  createdByUserId: Types.ObjectId;
  respondedAt: Date | null;
  reason: string | null;
}

export const referralSchema = new Schema<ReferralDocument>(
  {
    requestId: { type: Schema.Types.ObjectId, required: true },
    offeringId: { type: Schema.Types.ObjectId, required: true },
    providerId: { type: Schema.Types.ObjectId, required: true },
    municipalityCode: { type: String, required: true },
    request: {
      type: new Schema(
        {
          reference: { type: String, required: true },
          productCode: { type: String, required: true },
          specialisms: { type: [String], default: [] },
          postcode: { type: String, required: true },
          urgency: { type: String, enum: URGENCIES, required: true },
        },
        { _id: false },
      ),
      required: true,
    },
    status: { type: String, enum: REFERRAL_STATUSES, required: true },
    holdExpiresAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    createdByUserId: { type: Schema.Types.ObjectId, required: true },
    respondedAt: { type: Date, default: null },
    reason: { type: String, default: null },
  },
  { collection: 'referrals', versionKey: false },
);
// Providers list their own referrals, staff their municipalities', newest first.
referralSchema.index({ providerId: 1, _id: -1 });
referralSchema.index({ municipalityCode: 1, _id: -1 });
referralSchema.index({ requestId: 1 });
// The expiry sweep looks for pending holds that are due.
referralSchema.index({ status: 1, holdExpiresAt: 1 });
