import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import type { Notification, NotificationKind } from '@wmo/domain';
import { isDuplicateKeyError, isObjectId } from '../object-ids';
import { newestFirstPage, type Page } from '../page';
import { NOTIFICATION_MODEL, type NotificationDocument } from './notification.schema';

export interface NewNotification {
  readonly key: string;
  readonly userId: string;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body: string;
  readonly link: string;
  readonly createdAt: Date;
}

/** Users' notifications; every query is scoped to the one user they belong to. */
@Injectable()
export class NotificationRepository {
  constructor(
    @InjectModel(NOTIFICATION_MODEL) private readonly model: Model<NotificationDocument>,
  ) {}

  /** Null when this event was already stored for this user (the unique key decides). */
  async insert(input: NewNotification): Promise<Notification | null> {
    try {
      const doc = await this.model.create({
        ...input,
        userId: new Types.ObjectId(input.userId),
        readAt: null,
      });
      return toNotification(doc.toObject());
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  }

  page(userId: string, first: number, after: string | null): Promise<Page<Notification>> {
    return newestFirstPage(
      this.model,
      { userId: new Types.ObjectId(userId) },
      first,
      after,
      toNotification,
    );
  }

  unreadCount(userId: string): Promise<number> {
    return this.model.countDocuments({ userId: new Types.ObjectId(userId), readAt: null }).exec();
  }

  /** Marks the user's own notifications read: the given ones, or all when `ids` is null. */
  async markRead(userId: string, ids: readonly string[] | null, at: Date): Promise<number> {
    const filter: Record<string, unknown> = { userId: new Types.ObjectId(userId), readAt: null };
    if (ids) filter._id = { $in: ids.filter(isObjectId).map((id) => new Types.ObjectId(id)) };
    const result = await this.model.updateMany(filter, { $set: { readAt: at } }).exec();
    return result.modifiedCount;
  }

  /** The user's own notification; null for anyone else's. */
  async findOwn(userId: string, id: string): Promise<Notification | null> {
    if (!isObjectId(id) || !isObjectId(userId)) return null;
    const doc = await this.model
      .findOne({ _id: new Types.ObjectId(id), userId: new Types.ObjectId(userId) })
      .lean<NotificationDocument>()
      .exec();
    return doc ? toNotification(doc) : null;
  }

  async findByKey(key: string): Promise<Notification | null> {
    const doc = await this.model.findOne({ key }).lean<NotificationDocument>().exec();
    return doc ? toNotification(doc) : null;
  }

  /** Which of these keys are stored: sweeps skip the events already told. */
  async existingKeys(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const docs = await this.model
      .find({ key: { $in: [...keys] } }, { key: 1 })
      .lean<Pick<NotificationDocument, 'key'>[]>()
      .exec();
    return new Set(docs.map((doc) => doc.key));
  }
}

function toNotification(doc: NotificationDocument): Notification {
  return {
    id: doc._id.toHexString(),
    userId: doc.userId.toHexString(),
    kind: doc.kind,
    title: doc.title,
    body: doc.body,
    link: doc.link,
    createdAt: doc.createdAt,
    readAt: doc.readAt ?? null,
  };
}
