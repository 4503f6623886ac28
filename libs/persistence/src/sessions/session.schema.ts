import { Schema, Types } from 'mongoose';

export const SESSION_MODEL = 'Session';
export const SESSION_TOKEN_MODEL = 'SessionToken';
export const SESSION_TOKEN_SPEND_MODEL = 'SessionTokenSpend';

export interface SessionDocument {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  createdAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
}

/** One refresh token, by the SHA-256 of its value (the value itself is never stored). */
export interface SessionTokenDocument {
  _id: string;
  sessionId: Types.ObjectId;
  issuedAt: Date;
  expiresAt: Date;
}

/**
 * The first use of a refresh token. Insert-only under the `_id` (the token's hash): of two
 * refreshes racing with one token, exactly one inserts it — on MongoDB and FerretDB alike.
 */
export interface SessionTokenSpendDocument {
  _id: string;
  spentAt: Date;
}

export const sessionSchema = new Schema<SessionDocument>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    endedAt: { type: Date, default: null },
  },
  { collection: 'sessions', versionKey: false },
);

export const sessionTokenSchema = new Schema<SessionTokenDocument>(
  {
    _id: { type: String, required: true },
    sessionId: { type: Schema.Types.ObjectId, required: true },
    issuedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'session_tokens', versionKey: false },
);

export const sessionTokenSpendSchema = new Schema<SessionTokenSpendDocument>(
  {
    _id: { type: String, required: true },
    spentAt: { type: Date, required: true },
  },
  { collection: 'session_token_spends', versionKey: false },
);
