import { Schema, Types } from 'mongoose';
import { NOTIFICATION_KINDS, type NotificationKind } from '@wmo/domain';

export const NOTIFICATION_MODEL = 'Notification';

/** One user's notification. Inserted once per (event, user): the unique `key` decides. */
export interface NotificationDocument {
  _id: Types.ObjectId;
  key: string;
  userId: Types.ObjectId;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  createdAt: Date;
  readAt: Date | null;
}

export const notificationSchema = new Schema<NotificationDocument>(
  {
    key: { type: String, required: true },
    userId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: NOTIFICATION_KINDS, required: true },
    title: { type: String, required: true },
    body: { type: String, required: true },
    link: { type: String, required: true },
    createdAt: { type: Date, required: true },
    readAt: { type: Date, default: null },
  },
  { collection: 'notifications', versionKey: false },
);
// A repeated report of an event (a retry, a sweep, a crash's follow-up) stores nothing new.
notificationSchema.index({ key: 1 }, { unique: true });
notificationSchema.index({ userId: 1, _id: -1 });
notificationSchema.index({ userId: 1, readAt: 1 });
