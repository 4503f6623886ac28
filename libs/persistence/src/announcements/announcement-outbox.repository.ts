import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { retryTransientWrite } from '../transient-write';
import {
  ANNOUNCEMENT_OUTBOX_MODEL,
  type AnnouncementOutboxDocument,
} from './announcement-outbox.schema';

export interface OutboxEntry {
  readonly id: string;
  readonly body: string;
  readonly takes: number;
}

/**
 * The matching-announcement outbox (collection `matchingAnnouncements`): a change that matching
 * must hear of is recorded here before it is made, and removed once it was delivered to Redis.
 *
 * Correct on MongoDB and FerretDB alike without transactions: the only guarantee used is that a
 * single-document insert, update or delete is durable once acknowledged. Taking an entry is a
 * conditional update on its `dueAt` (a lease); on FerretDB two drainers can both win it, which
 * means one delivery too many, never one too few — and a delivery is an announcement that the
 * worker handles idempotently (a recompute that finds nothing new stores nothing; the revision
 * `_id` fence settles races). An entry leaves only after a delivery that succeeded.
 */
@Injectable()
export class AnnouncementOutboxRepository {
  constructor(
    @InjectModel(ANNOUNCEMENT_OUTBOX_MODEL)
    private readonly model: Model<AnnouncementOutboxDocument>,
  ) {}

  /** Records an entry that no drainer takes for `graceMs` (its writer delivers it first). */
  async record(body: string, graceMs: number, now = new Date()): Promise<string> {
    const _id = new Types.ObjectId();
    await retryTransientWrite(() =>
      this.model.collection.insertOne({
        _id,
        body,
        createdAt: now,
        dueAt: new Date(now.getTime() + graceMs),
        takes: 0,
      }),
    );
    return _id.toHexString();
  }

  /**
   * Makes the entry due now with this body: after a failed delivery. An upsert, so an entry a
   * drainer delivered (and removed) too early — before the change was written — comes back.
   */
  async reopen(id: string, body: string, now = new Date()): Promise<void> {
    await retryTransientWrite(() =>
      this.model.collection.updateOne(
        { _id: new Types.ObjectId(id) },
        { $set: { body, dueAt: now }, $setOnInsert: { createdAt: now, takes: 0 } },
        { upsert: true },
      ),
    );
  }

  /** Delivered: gone. Removing one that is already gone is fine. */
  async remove(id: string): Promise<void> {
    await retryTransientWrite(() =>
      this.model.collection.deleteOne({ _id: new Types.ObjectId(id) }),
    );
  }

  /**
   * Takes up to `limit` due entries for `leaseMs`: an entry whose taker dies is due again when
   * the lease ends. Oldest first, so announcements go out roughly in the order they were made.
   */
  async takeDue(limit: number, leaseMs: number, now = new Date()): Promise<OutboxEntry[]> {
    const due = await this.model.collection
      .find({ dueAt: { $lte: now } })
      .sort({ dueAt: 1, _id: 1 })
      .limit(limit)
      .toArray();
    const taken: OutboxEntry[] = [];
    for (const doc of due) {
      const result = await this.model.collection.updateOne(
        { _id: doc._id, dueAt: doc.dueAt },
        { $set: { dueAt: new Date(now.getTime() + leaseMs) }, $inc: { takes: 1 } },
      );
      if (result.modifiedCount === 1) {
        taken.push({ id: doc._id.toHexString(), body: doc.body, takes: doc.takes + 1 });
      }
    }
    return taken;
  }

  /** Entries not yet delivered (those still within their writer's grace included). */
  depth(): Promise<number> {
    return this.model.collection.countDocuments({});
  }
}
