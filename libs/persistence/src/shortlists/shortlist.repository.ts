import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Collection } from 'mongodb';
import type { Model } from 'mongoose';
import type { ShortlistRevision } from '@wmo/domain';
import { isDuplicateKeyError, isObjectId } from '../object-ids';
import { findLatestRevision } from './latest-revision';
import {
  fromShortlistDocument,
  shortlistDocumentId,
  toShortlistDocument,
  type EncodedContent,
} from './shortlist.codec';
import { SHORTLIST_MODEL, type ShortlistDocument } from './shortlist.schema';

/**
 * Where a request's shortlist stands: its latest revision number and that revision's digest,
 * with the note its writer stored.
 */
export interface ShortlistHead {
  readonly revision: number;
  readonly digest: string;
  readonly note?: string;
}

/** A revision to store, with its writer's note (see ShortlistDocument.note). */
export interface NotedRevision {
  readonly revision: ShortlistRevision;
  readonly note?: string;
  /** encodeContent(revision), when the caller made it already (to compare digests). */
  readonly encoded?: EncodedContent;
}

@Injectable()
export class ShortlistRepository {
  constructor(@InjectModel(SHORTLIST_MODEL) private readonly model: Model<ShortlistDocument>) {}

  /**
   * The newest revision, found by `_id` lookups only (see findLatestRevision); `hint` is a
   * revision believed to exist, e.g. a cached head.
   */
  async latest(requestId: string, hint = 0): Promise<ShortlistRevision | null> {
    const doc = await this.latestDocument(requestId, hint);
    return doc ? fromShortlistDocument(doc) : null;
  }

  /** The newest revision's number and digest, looked up like `latest`. */
  async latestHead(requestId: string, hint = 0): Promise<ShortlistHead | null> {
    const doc = await this.latestDocument(requestId, hint);
    return doc ? headOf(doc) : null;
  }

  private latestDocument(requestId: string, hint: number): Promise<ShortlistDocument | null> {
    if (!isObjectId(requestId)) return Promise.resolve(null);
    return findLatestRevision((revision) => this.findDocument(requestId, revision), hint);
  }

  /**
   * Inserts revisions; a revision whose number already exists for its request is not stored
   * (another recompute got there first: the caller must start that request over from fresh
   * data). Returns, per revision in the given order, whether it was stored.
   */
  async insertMany(revisions: readonly NotedRevision[]): Promise<boolean[]> {
    const stored = revisions.map(() => true);
    if (revisions.length === 0) return stored;
    try {
      await this.documents().insertMany(
        revisions.map(({ revision, note, encoded }) =>
          toShortlistDocument(revision, note, encoded),
        ),
        { ordered: false },
      );
    } catch (error) {
      const writeErrors = writeErrorsOf(error);
      if (!writeErrors || !writeErrors.every(isDuplicateKeyError)) throw error;
      for (const e of writeErrors) stored[e.index] = false;
    }
    return stored;
  }

  async insert(
    revision: ShortlistRevision,
    note?: string,
    encoded?: EncodedContent,
  ): Promise<boolean> {
    const [stored] = await this.insertMany([{ revision, note, encoded }]);
    return stored === true;
  }

  /**
   * Every request's head, from one pass over the collection (the only way to find them all
   * without an index FerretDB can use). For rebuilding a lost cache of heads.
   */
  async allHeads(): Promise<Map<string, ShortlistHead>> {
    const heads = new Map<string, ShortlistHead>();
    const cursor = this.documents().find<
      Pick<ShortlistDocument, 'requestId' | 'revision' | 'digest' | 'note'>
    >({}, { projection: { _id: 0, requestId: 1, revision: 1, digest: 1, note: 1 } });
    for await (const doc of cursor) {
      const requestId = doc.requestId.toHexString();
      const known = heads.get(requestId);
      if (!known || known.revision < doc.revision) heads.set(requestId, headOf(doc));
    }
    return heads;
  }

  /** The driver's collection, typed with our string `_id` (bulk writes skip Mongoose). */
  private documents(): Collection<ShortlistDocument> {
    return this.model.collection as unknown as Collection<ShortlistDocument>;
  }

  private findDocument(requestId: string, revision: number): Promise<ShortlistDocument | null> {
    return this.model
      .findById(shortlistDocumentId(requestId, revision))
      .lean<ShortlistDocument>()
      .exec();
  }
}

function headOf(doc: Pick<ShortlistDocument, 'revision' | 'digest' | 'note'>): ShortlistHead {
  return { revision: doc.revision, digest: doc.digest, ...(doc.note ? { note: doc.note } : {}) };
}

interface IndexedWriteError {
  readonly index: number;
  readonly code: number;
}

/** The per-document errors of an unordered bulk insert, or null for any other error. */
function writeErrorsOf(error: unknown): IndexedWriteError[] | null {
  if (typeof error !== 'object' || error === null || !('writeErrors' in error)) return null;
  const raw = (error as { writeErrors: unknown }).writeErrors;
  const list = Array.isArray(raw) ? raw : [raw];
  const parsed = list.map((e: unknown) => {
    const item = e as { index?: unknown; code?: unknown };
    return typeof item.index === 'number' && typeof item.code === 'number'
      ? { index: item.index, code: item.code }
      : null;
  });
  return parsed.every((e) => e !== null) ? (parsed as IndexedWriteError[]) : null;
}
