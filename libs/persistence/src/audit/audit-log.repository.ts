import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types, type QueryFilter } from 'mongoose';
import type { AuditEntry, AuditLogFilter, StoredAuditEntry } from '@wmo/domain';
import { newestFirstPage, type Page } from '../page';
import { AUDIT_ENTRY_MODEL, type AuditEntryDocument } from './audit-entry.schema';

/** The audit log: batches appended by the api, read by administrators, aged out by retention. */
@Injectable()
export class AuditLogRepository {
  constructor(@InjectModel(AUDIT_ENTRY_MODEL) private readonly model: Model<AuditEntryDocument>) {}

  /** One round trip per batch; unordered, so one bad entry does not stop the others. */
  async append(entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.model.collection.insertMany(entries.map(toDocument), { ordered: false });
  }

  page(
    filter: AuditLogFilter,
    first: number,
    after: string | null,
  ): Promise<Page<StoredAuditEntry>> {
    return newestFirstPage(this.model, queryOf(filter), first, after, toAuditEntry);
  }

  /** Deletes up to `limit` entries older than `before`; answers how many (0: done). */
  async deleteOlderThan(before: Date, limit: number): Promise<number> {
    const ids = await this.model
      .find({ at: { $lt: before } }, { _id: 1 })
      .sort({ at: 1 })
      .limit(limit)
      .lean<{ _id: Types.ObjectId }[]>()
      .exec();
    if (ids.length === 0) return 0;
    const result = await this.model.deleteMany({ _id: { $in: ids.map((doc) => doc._id) } }).exec();
    return result.deletedCount;
  }
}

function queryOf(filter: AuditLogFilter): QueryFilter<AuditEntryDocument> {
  const query: QueryFilter<AuditEntryDocument> = {};
  if (filter.requestId) query.requestId = filter.requestId;
  if (filter.userId) query.userId = filter.userId;
  if (filter.from || filter.to) {
    query.at = {
      ...(filter.from ? { $gte: filter.from } : {}),
      ...(filter.to ? { $lt: filter.to } : {}),
    };
  }
  return query;
}

function toDocument(entry: AuditEntry): AuditEntryDocument {
  return {
    _id: new Types.ObjectId(),
    at: entry.at,
    kind: entry.kind,
    operation: entry.operation,
    role: entry.actor.role,
    userId: entry.actor.userId,
    residentLinkId: entry.actor.residentLinkId,
    sessionId: entry.sessionId,
    requestId: entry.requestId,
    referralId: entry.referralId,
    subjectId: entry.subjectId,
    fields: [...entry.fields],
  };
}

function toAuditEntry(doc: AuditEntryDocument): StoredAuditEntry {
  return {
    id: doc._id.toHexString(),
    at: doc.at,
    kind: doc.kind,
    operation: doc.operation,
    actor: { role: doc.role, userId: doc.userId, residentLinkId: doc.residentLinkId },
    sessionId: doc.sessionId,
    requestId: doc.requestId,
    referralId: doc.referralId,
    subjectId: doc.subjectId,
    fields: doc.fields ?? [],
  };
}
