import { Schema, Types } from 'mongoose';

export const RESIDENT_LINK_MODEL = 'ResidentLink';

/** A personal link for a resident. Only the token's hash is stored, never the token itself. */
export interface ResidentLinkDocument {
  _id: Types.ObjectId;
  tokenHash: string;
  requestId: Types.ObjectId;
  createdByUserId: Types.ObjectId;
  createdAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export const residentLinkSchema = new Schema<ResidentLinkDocument>(
  {
    tokenHash: { type: String, required: true },
    requestId: { type: Schema.Types.ObjectId, required: true },
    createdByUserId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
  },
  { collection: 'residentLinks', versionKey: false },
);
// Every authenticated resident call looks its link up by hash.
residentLinkSchema.index({ tokenHash: 1 }, { unique: true });
residentLinkSchema.index({ requestId: 1, revokedAt: 1 });
