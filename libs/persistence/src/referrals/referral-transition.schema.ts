import { Schema, Types } from 'mongoose';
import { REFERRAL_STATUSES, type ReferralStatus } from '@wmo/domain';

export const REFERRAL_TRANSITION_MODEL = 'ReferralTransition';

/** Append-only history of referrals; also the lock that lets only one move out of a status. */
export interface ReferralTransitionDocument {
  _id: Types.ObjectId;
  referralId: Types.ObjectId;
  requestId: Types.ObjectId;
  offeringId: Types.ObjectId;
  from: ReferralStatus | null;
  to: ReferralStatus;
  at: Date;
  /** A user id, or 'system'. */
  actor: string;
  reason: string | null;
}

export const referralTransitionSchema = new Schema<ReferralTransitionDocument>(
  {
    referralId: { type: Schema.Types.ObjectId, required: true },
    requestId: { type: Schema.Types.ObjectId, required: true },
    offeringId: { type: Schema.Types.ObjectId, required: true },
    from: { type: String, enum: [...REFERRAL_STATUSES, null], default: null },
    to: { type: String, enum: REFERRAL_STATUSES, required: true },
    at: { type: Date, required: true },
    actor: { type: String, required: true },
    reason: { type: String, default: null },
  },
  { collection: 'referralTransitions', versionKey: false },
);
// Accept and expiry may race: the second insert out of PENDING fails here, on both databases.
referralTransitionSchema.index({ referralId: 1, from: 1 }, { unique: true });
referralTransitionSchema.index({ requestId: 1, at: 1 });
