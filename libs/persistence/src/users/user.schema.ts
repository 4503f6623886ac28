import { Schema, Types } from 'mongoose';
import { ROLES, type Role } from '@wmo/domain';

export const USER_MODEL = 'User';

export interface UserDocument {
  _id: Types.ObjectId;
  email: string;
  name?: string | null;
  passwordHash: string;
  role: Role;
  municipalityCodes: string[];
  providerId: Types.ObjectId | null;
  createdAt: Date;
}

export const userSchema = new Schema<UserDocument>(
  {
    email: { type: String, required: true, lowercase: true, trim: true },
    name: { type: String, default: null },
    passwordHash: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true },
    municipalityCodes: { type: [String], default: [] },
    providerId: { type: Schema.Types.ObjectId, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'users', versionKey: false },
);
userSchema.index({ email: 1 }, { unique: true });
