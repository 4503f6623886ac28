import { Schema, Types } from 'mongoose';

export const PROVIDER_MODEL = 'Provider';

export interface ProviderDocument {
  _id: Types.ObjectId;
  name: string;
  strategicPartner: boolean;
  languages: string[];
  kvkNumber: string | null;
  agbCode: string | null;
  /** The id it was imported under (HSDS), when that is not its own id. */
  externalId?: string | null;
  createdAt: Date;
}

export const providerSchema = new Schema<ProviderDocument>(
  {
    name: { type: String, required: true },
    strategicPartner: { type: Boolean, required: true },
    languages: { type: [String], default: [] },
    kvkNumber: { type: String, default: null },
    agbCode: { type: String, default: null },
    externalId: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'providers', versionKey: false },
);
