import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import { isObjectId } from '../object-ids';
import {
  NOTIFICATION_SETTINGS_MODEL,
  type NotificationSettingsDocument,
} from './notification-settings.schema';

/** Each user's choice to receive notifications by e-mail (on unless switched off). */
@Injectable()
export class NotificationSettingsRepository {
  constructor(
    @InjectModel(NOTIFICATION_SETTINGS_MODEL)
    private readonly model: Model<NotificationSettingsDocument>,
  ) {}

  async emailEnabled(userId: string): Promise<boolean> {
    if (!isObjectId(userId)) return true;
    const doc = await this.model.findById(userId).lean<NotificationSettingsDocument>().exec();
    return doc?.emailEnabled ?? true;
  }

  /** The users among `userIds` who switched e-mail off. */
  async emailDisabled(userIds: readonly string[]): Promise<Set<string>> {
    const ids = userIds.filter(isObjectId).map((id) => new Types.ObjectId(id));
    if (ids.length === 0) return new Set();
    const docs = await this.model
      .find({ _id: { $in: ids }, emailEnabled: false }, { _id: 1 })
      .lean<Pick<NotificationSettingsDocument, '_id'>[]>()
      .exec();
    return new Set(docs.map((doc) => doc._id.toHexString()));
  }

  /** A user's own setting; the last write wins, which is what a toggle means. */
  async setEmailEnabled(userId: string, enabled: boolean, at: Date): Promise<void> {
    await this.model
      .updateOne(
        { _id: new Types.ObjectId(userId) },
        { $set: { emailEnabled: enabled, updatedAt: at } },
        { upsert: true },
      )
      .exec();
  }
}
