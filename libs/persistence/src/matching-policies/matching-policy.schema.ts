import { Schema, type Types } from 'mongoose';
import type { MatchingPolicy } from '@wmo/domain';

export const MATCHING_POLICY_MODEL = 'MatchingPolicy';

export interface MatchingPolicyDocument {
  _id: Types.ObjectId;
  municipalityCode: string;
  version: number;
  policy: MatchingPolicy;
  changedByUserId: Types.ObjectId;
  changedAt: Date;
}

/** Insert-only versions per municipality; the unique index decides concurrent changes. */
export const matchingPolicySchema = new Schema<MatchingPolicyDocument>(
  {
    municipalityCode: { type: String, required: true },
    version: { type: Number, required: true, min: 1 },
    policy: { type: Schema.Types.Mixed, required: true },
    changedByUserId: { type: Schema.Types.ObjectId, required: true },
    changedAt: { type: Date, required: true },
  },
  { collection: 'matchingPolicies', versionKey: false },
);
matchingPolicySchema.index({ municipalityCode: 1, version: -1 }, { unique: true });
