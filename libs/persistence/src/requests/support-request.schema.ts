import { Schema, Types } from 'mongoose';
import {
  FINANCING_FORMS,
  REQUEST_STATUSES,
  URGENCIES,
  type Financing,
  type RequestStatus,
  type Urgency,
} from '@wmo/domain';

export const SUPPORT_REQUEST_MODEL = 'SupportRequest';

export interface SupportRequestDocument {
  _id: Types.ObjectId;
  reference: string;
  status: RequestStatus;
  municipalityCode: string;
  postcode: string;
  productCode: string;
  specialisms: string[];
  urgency: Urgency;
  maxDistanceKm: number | null;
  preferredLanguages: string[];
  requiredLanguages: string[];
  financing: Financing | null;
  strategicPartnerMismatch: string;
  excludeStrategicPartners: boolean;
  excludedProviderIds: Types.ObjectId[];
  excludedOfferingIds: string[];
  preferredOfferingId: string | null;
  acceptsWaitingList: boolean;
  maxWaitingWeeks: number | null;
  createdByUserId: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
}

export const supportRequestSchema = new Schema<SupportRequestDocument>(
  {
    reference: { type: String, required: true },
    status: { type: String, enum: REQUEST_STATUSES, required: true },
    municipalityCode: { type: String, required: true },
    postcode: { type: String, required: true },
    productCode: { type: String, required: true },
    specialisms: { type: [String], default: [] },
    urgency: { type: String, enum: URGENCIES, required: true },
    maxDistanceKm: { type: Number, default: null },
    preferredLanguages: { type: [String], default: [] },
    requiredLanguages: { type: [String], default: [] },
    financing: { type: String, enum: [...FINANCING_FORMS, null], default: null },
    strategicPartnerMismatch: { type: String, required: true },
    excludeStrategicPartners: { type: Boolean, default: true },
    excludedProviderIds: { type: [Schema.Types.ObjectId], default: [] },
    excludedOfferingIds: { type: [String], default: [] },
    preferredOfferingId: { type: String, default: null },
    acceptsWaitingList: { type: Boolean, default: false },
    maxWaitingWeeks: { type: Number, default: null },
    createdByUserId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'supportRequests', versionKey: false },
);
supportRequestSchema.index({ reference: 1 }, { unique: true });
// Staff list their municipality's requests; the worker finds open requests for a product.
supportRequestSchema.index({ municipalityCode: 1, status: 1 });
supportRequestSchema.index({ productCode: 1, status: 1 });
