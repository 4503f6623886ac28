import { Schema, Types } from 'mongoose';

export const EMAIL_OUTBOX_MODEL = 'EmailOutbox';
export const EMAIL_CLAIM_MODEL = 'EmailClaim';
export const EMAIL_SENT_MODEL = 'EmailSent';

/**
 * An e-mail to send, written with the notification it announces. `_id` is the notification's
 * key, so an event reported twice queues one e-mail. `sentAt` mirrors the sent record, for
 * finding what is left; the sent record is the truth.
 */
export interface EmailOutboxDocument {
  _id: string;
  userId: Types.ObjectId;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  sentAt: Date | null;
}

export const emailOutboxSchema = new Schema<EmailOutboxDocument>(
  {
    _id: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    to: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    createdAt: { type: Date, required: true },
    sentAt: { type: Date, default: null },
  },
  { collection: 'email-outbox', versionKey: false },
);
emailOutboxSchema.index({ sentAt: 1, createdAt: 1 });

/**
 * One attempt to send an e-mail, `_id` = `<emailId>#<attempt>`: of two workers claiming the same
 * attempt, the unique `_id` lets exactly one win, on FerretDB as on MongoDB.
 */
export interface EmailClaimDocument {
  _id: string;
  emailId: string;
  attempt: number;
  claimId: string;
  claimedAt: Date;
  leaseUntil: Date;
  failedAt: Date | null;
  error: string | null;
}

export const emailClaimSchema = new Schema<EmailClaimDocument>(
  {
    _id: { type: String, required: true },
    emailId: { type: String, required: true },
    attempt: { type: Number, required: true, min: 1 },
    claimId: { type: String, required: true },
    claimedAt: { type: Date, required: true },
    leaseUntil: { type: Date, required: true },
    failedAt: { type: Date, default: null },
    error: { type: String, default: null },
  },
  { collection: 'email-outbox-claims', versionKey: false },
);
emailClaimSchema.index({ emailId: 1, attempt: -1 });

/** The SMTP server accepted the e-mail: inserted once, under the e-mail's id. */
export interface EmailSentDocument {
  _id: string;
  attempt: number;
  claimId: string;
  sentAt: Date;
  response: string;
}

export const emailSentSchema = new Schema<EmailSentDocument>(
  {
    _id: { type: String, required: true },
    attempt: { type: Number, required: true },
    claimId: { type: String, required: true },
    sentAt: { type: Date, required: true },
    response: { type: String, default: '' },
  },
  { collection: 'email-outbox-sent', versionKey: false },
);
