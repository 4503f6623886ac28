import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import type { Session } from '@wmo/domain';
import { isDuplicateKeyError, isObjectId } from '../object-ids';
import {
  SESSION_MODEL,
  SESSION_TOKEN_MODEL,
  SESSION_TOKEN_SPEND_MODEL,
  type SessionDocument,
  type SessionTokenDocument,
  type SessionTokenSpendDocument,
} from './session.schema';

export interface SessionToken {
  readonly tokenHash: string;
  readonly sessionId: string;
  readonly expiresAt: Date;
}

/** Browser sessions and their rotating refresh tokens (stored as hashes only). */
@Injectable()
export class SessionRepository {
  constructor(
    @InjectModel(SESSION_MODEL) private readonly sessions: Model<SessionDocument>,
    @InjectModel(SESSION_TOKEN_MODEL) private readonly tokens: Model<SessionTokenDocument>,
    @InjectModel(SESSION_TOKEN_SPEND_MODEL)
    private readonly spends: Model<SessionTokenSpendDocument>,
  ) {}

  async start(userId: string, now: Date, expiresAt: Date): Promise<Session> {
    const doc = await this.sessions.create({
      userId: new Types.ObjectId(userId),
      createdAt: now,
      expiresAt,
      endedAt: null,
    });
    return toSession(doc.toObject());
  }

  async findById(id: string): Promise<Session | null> {
    if (!isObjectId(id)) return null;
    const doc = await this.sessions.findById(id).lean<SessionDocument>().exec();
    return doc ? toSession(doc) : null;
  }

  /** Idempotent: an ended session stays ended at its first end. */
  async end(id: string, now: Date): Promise<void> {
    if (!isObjectId(id)) return;
    await this.sessions.updateOne({ _id: id, endedAt: null }, { $set: { endedAt: now } }).exec();
  }

  async addToken(token: SessionToken, now: Date): Promise<void> {
    await this.tokens.create({
      _id: token.tokenHash,
      sessionId: new Types.ObjectId(token.sessionId),
      issuedAt: now,
      expiresAt: token.expiresAt,
    });
  }

  async findToken(tokenHash: string): Promise<SessionToken | null> {
    const doc = await this.tokens.findById(tokenHash).lean<SessionTokenDocument>().exec();
    return doc
      ? { tokenHash: doc._id, sessionId: doc.sessionId.toHexString(), expiresAt: doc.expiresAt }
      : null;
  }

  /**
   * Records the token's first use. Returns null when this call was the first, else when the
   * first use was (the unique `_id` decides between racing calls).
   */
  async spend(tokenHash: string, now: Date): Promise<Date | null> {
    try {
      await this.spends.create({ _id: tokenHash, spentAt: now });
      return null;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
      const first = await this.spends.findById(tokenHash).lean<SessionTokenSpendDocument>().exec();
      return first ? first.spentAt : now;
    }
  }
}

function toSession(doc: SessionDocument): Session {
  return {
    id: doc._id.toHexString(),
    userId: doc.userId.toHexString(),
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    endedAt: doc.endedAt ?? null,
  };
}
