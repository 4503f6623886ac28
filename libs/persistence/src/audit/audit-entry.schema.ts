import { Schema, Types } from 'mongoose';
import { AUDIT_KINDS, ROLES, type AuditKind, type Role } from '@wmo/domain';

export const AUDIT_ENTRY_MODEL = 'AuditEntry';

/** Append-only: written in batches, never updated, deleted only when past the retention. */
export interface AuditEntryDocument {
  _id: Types.ObjectId;
  at: Date;
  kind: AuditKind;
  operation: string;
  role: Role;
  userId: string | null;
  residentLinkId: string | null;
  sessionId: string | null;
  requestId: string | null;
  referralId: string | null;
  subjectId: string | null;
  fields: string[];
}

export const auditEntrySchema = new Schema<AuditEntryDocument>(
  {
    at: { type: Date, required: true },
    kind: { type: String, enum: AUDIT_KINDS, required: true },
    operation: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true },
    userId: { type: String, default: null },
    residentLinkId: { type: String, default: null },
    sessionId: { type: String, default: null },
    requestId: { type: String, default: null },
    referralId: { type: String, default: null },
    subjectId: { type: String, default: null },
    fields: { type: [String], default: [] },
  },
  { collection: 'auditLog', versionKey: false },
);
// The administrator asks "who read this request" and "what did this user do", newest first.
auditEntrySchema.index({ requestId: 1, _id: -1 });
auditEntrySchema.index({ userId: 1, _id: -1 });
// The retention job deletes the oldest entries (no TTL index: FerretDB has none).
auditEntrySchema.index({ at: 1 });
