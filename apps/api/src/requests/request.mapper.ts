import type { SupportRequest } from '@wmo/domain';
import type { Financing, RequestStatus, Urgency } from '../graphql/enums';
import type { SupportRequestModel } from './request.types';

export function toSupportRequestModel(request: SupportRequest): SupportRequestModel {
  return {
    id: request.id,
    reference: request.reference,
    status: request.status as RequestStatus,
    municipalityCode: request.municipalityCode,
    postcode: request.postcode,
    productCode: request.productCode,
    specialisms: [...request.specialisms],
    urgency: request.urgency as Urgency,
    maxDistanceKm: request.maxDistanceKm,
    languages: [...request.preferredLanguages],
    requiredLanguages: [...request.requiredLanguages],
    financing: request.financing as Financing | null,
    strategicPartnerMismatch: request.strategicPartnerMismatch,
    excludeStrategicPartners: request.excludeStrategicPartners,
    excludedProviderIds: [...request.excludedProviderIds],
    acceptsWaitingList: request.acceptsWaitingList,
    maxWaitingWeeks: request.maxWaitingWeeks,
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
  };
}
