import { Schema, Types } from 'mongoose';

export const NOTIFICATION_SETTINGS_MODEL = 'NotificationSettings';

/** A user's choice about e-mail; no document: e-mail is on. `_id` is the user's id. */
export interface NotificationSettingsDocument {
  _id: Types.ObjectId;
  emailEnabled: boolean;
  updatedAt: Date;
}

export const notificationSettingsSchema = new Schema<NotificationSettingsDocument>(
  {
    _id: { type: Schema.Types.ObjectId, required: true },
    emailEnabled: { type: Boolean, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'notification-settings', versionKey: false },
);
