import { Schema, type Types } from 'mongoose';

export const ANNOUNCEMENT_OUTBOX_MODEL = 'AnnouncementOutbox';

/**
 * One logical change that matching must hear of: written before the change itself, removed once
 * delivered to Redis. `body` is the announcements as JSON (opaque here; libs/queue reads it).
 */
export interface AnnouncementOutboxDocument {
  _id: Types.ObjectId;
  body: string;
  createdAt: Date;
  /** Not before this moment may a drainer take the entry (its writer's grace, or a lease). */
  dueAt: Date;
  /** How often a drainer took it: more than a few means delivery keeps failing. */
  takes: number;
}

export const announcementOutboxSchema = new Schema<AnnouncementOutboxDocument>(
  {
    body: { type: String, required: true },
    createdAt: { type: Date, required: true },
    dueAt: { type: Date, required: true },
    takes: { type: Number, required: true, default: 0 },
  },
  { collection: 'matchingAnnouncements', versionKey: false },
);
announcementOutboxSchema.index({ dueAt: 1 });
