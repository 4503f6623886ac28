import { Schema, Types } from 'mongoose';
import { FINANCING_FORMS, type Financing } from '@wmo/domain';

export const OFFERING_MODEL = 'Offering';

export interface OfferingDocument {
  _id: Types.ObjectId;
  providerId: Types.ObjectId;
  productCode: string;
  specialisms: string[];
  postcode: string;
  municipalitiesServed: string[];
  maxTravelKm: number | null;
  totalPlaces: number;
  freePlaces: number;
  waitingWeeks: number;
  financing: Financing[];
  /** The id it was imported under (HSDS), when that is not its own id. */
  externalId?: string | null;
  capacityUpdatedAt: Date;
  createdAt: Date;
}

export const offeringSchema = new Schema<OfferingDocument>(
  {
    providerId: { type: Schema.Types.ObjectId, required: true },
    productCode: { type: String, required: true },
    specialisms: { type: [String], default: [] },
    postcode: { type: String, required: true },
    municipalitiesServed: { type: [String], default: [] },
    maxTravelKm: { type: Number, default: null },
    totalPlaces: { type: Number, required: true, min: 0 },
    freePlaces: { type: Number, required: true, min: 0 },
    waitingWeeks: { type: Number, required: true, min: 0 },
    financing: { type: [String], enum: FINANCING_FORMS, default: [] },
    externalId: { type: String, default: null },
    capacityUpdatedAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'offerings', versionKey: false },
);
// The worker loads every offering of a product; providers list their own.
offeringSchema.index({ productCode: 1 });
offeringSchema.index({ providerId: 1 });
