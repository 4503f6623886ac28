import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import type { EmailClaim, OutboxEmail } from '@wmo/domain';
import { isDuplicateKeyError } from '../object-ids';
import {
  EMAIL_CLAIM_MODEL,
  EMAIL_OUTBOX_MODEL,
  EMAIL_SENT_MODEL,
  type EmailClaimDocument,
  type EmailOutboxDocument,
  type EmailSentDocument,
} from './email-outbox.schema';

/**
 * The e-mail outbox: e-mails to send, the attempts that claimed them, and the record that one
 * was sent. Only inserts decide anything (claims and sent records under unique ids); the
 * updates here mark what the inserts already decided.
 */
@Injectable()
export class EmailOutboxRepository {
  constructor(
    @InjectModel(EMAIL_OUTBOX_MODEL) private readonly outbox: Model<EmailOutboxDocument>,
    @InjectModel(EMAIL_CLAIM_MODEL) private readonly claims: Model<EmailClaimDocument>,
    @InjectModel(EMAIL_SENT_MODEL) private readonly sent: Model<EmailSentDocument>,
  ) {}

  /** False when this e-mail is already queued. */
  async enqueue(email: OutboxEmail): Promise<boolean> {
    try {
      await this.outbox.create({
        _id: email.id,
        userId: new Types.ObjectId(email.userId),
        to: email.to,
        subject: email.subject,
        text: email.text,
        createdAt: email.createdAt,
        sentAt: null,
      });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async findById(id: string): Promise<OutboxEmail | null> {
    const doc = await this.outbox.findById(id).lean<EmailOutboxDocument>().exec();
    return doc
      ? {
          id: doc._id,
          userId: doc.userId.toHexString(),
          to: doc.to,
          subject: doc.subject,
          text: doc.text,
          createdAt: doc.createdAt,
        }
      : null;
  }

  async isSent(id: string): Promise<boolean> {
    return (await this.sent.countDocuments({ _id: id }).exec()) > 0;
  }

  async latestClaim(emailId: string): Promise<EmailClaim | null> {
    const doc = await this.claims
      .findOne({ emailId })
      .sort({ attempt: -1 })
      .lean<EmailClaimDocument>()
      .exec();
    return doc ? toClaim(doc) : null;
  }

  /** Null when another worker claimed this attempt first. */
  async claim(
    emailId: string,
    attempt: number,
    claimId: string,
    now: Date,
    leaseMs: number,
  ): Promise<EmailClaim | null> {
    try {
      const doc = await this.claims.create({
        _id: `${emailId}#${attempt}`,
        emailId,
        attempt,
        claimId,
        claimedAt: now,
        leaseUntil: new Date(now.getTime() + leaseMs),
        failedAt: null,
        error: null,
      });
      return toClaim(doc.toObject());
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  }

  /** The attempt failed: the e-mail may be claimed again at once (its owner alone writes this). */
  async releaseFailed(claim: EmailClaim, at: Date, error: string): Promise<void> {
    await this.claims
      .updateOne(
        { _id: `${claim.emailId}#${claim.attempt}` },
        { $set: { failedAt: at, error: error.slice(0, 500) } },
      )
      .exec();
  }

  /** The SMTP server accepted it. Inserted once; the outbox's `sentAt` follows. */
  async recordSent(claim: EmailClaim, at: Date, response: string): Promise<void> {
    try {
      await this.sent.create({
        _id: claim.emailId,
        attempt: claim.attempt,
        claimId: claim.claimId,
        sentAt: at,
        response: response.slice(0, 500),
      });
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    await this.outbox.updateOne({ _id: claim.emailId }, { $set: { sentAt: at } }).exec();
  }

  /** E-mails not marked sent, created before `before`, oldest first. */
  async unsentIds(before: Date, limit: number): Promise<string[]> {
    const docs = await this.outbox
      .find({ sentAt: null, createdAt: { $lt: before } }, { _id: 1 })
      .sort({ createdAt: 1 })
      .limit(limit)
      .lean<Pick<EmailOutboxDocument, '_id'>[]>()
      .exec();
    return docs.map((doc) => doc._id);
  }

  /** Marks an e-mail whose sent record exists but whose mark was lost (a crash in between). */
  async markSentFromRecord(id: string): Promise<void> {
    const record = await this.sent.findById(id).lean<EmailSentDocument>().exec();
    if (record)
      await this.outbox.updateOne({ _id: id }, { $set: { sentAt: record.sentAt } }).exec();
  }
}

function toClaim(doc: EmailClaimDocument): EmailClaim {
  return {
    emailId: doc.emailId,
    attempt: doc.attempt,
    claimId: doc.claimId,
    claimedAt: doc.claimedAt,
    leaseUntil: doc.leaseUntil,
    failedAt: doc.failedAt ?? null,
  };
}
