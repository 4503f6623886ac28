import {
  DEFAULT_MATCHING_POLICY,
  rankOfferings,
  type GeoPoint,
  type MatchableOffering,
  type MatchableRequest,
  type RankedShortlist,
  type ShortlistOption,
} from '@wmo/domain';
import { findPostcodeArea } from '@wmo/reference';
import type { OfferingDocument } from '../../libs/persistence/src/offerings/offering.schema';
import type { ProviderDocument } from '../../libs/persistence/src/providers/provider.schema';
import type { SupportRequestDocument } from '../../libs/persistence/src/requests/support-request.schema';

/**
 * What the worker should store, computed here from the documents alone: the same join, the
 * same PC4 centroids, the default policy (the bench stores no other), no holds (it makes no
 * referrals), and only the request's product offered, as the worker does.
 */
export function offeringsByProduct(
  offerings: readonly OfferingDocument[],
  providers: readonly ProviderDocument[],
): Map<string, MatchableOffering[]> {
  const providerById = new Map(providers.map((provider) => [provider._id.toHexString(), provider]));
  const byProduct = new Map<string, MatchableOffering[]>();
  for (const doc of offerings) {
    const provider = providerById.get(doc.providerId.toHexString());
    if (!provider) continue;
    const matchable: MatchableOffering = {
      id: doc._id.toHexString(),
      providerId: provider._id.toHexString(),
      providerName: provider.name,
      strategicPartner: provider.strategicPartner,
      languages: provider.languages,
      productCode: doc.productCode,
      specialisms: doc.specialisms,
      postcode: doc.postcode,
      location: locationOf(doc.postcode),
      municipalitiesServed: doc.municipalitiesServed,
      maxTravelKm: doc.maxTravelKm,
      freePlaces: doc.freePlaces,
      heldPlaces: 0,
      waitingWeeks: doc.waitingWeeks,
      financing: doc.financing,
      capacityUpdatedAt: doc.capacityUpdatedAt,
    };
    const list = byProduct.get(doc.productCode) ?? [];
    list.push(matchable);
    byProduct.set(doc.productCode, list);
  }
  return byProduct;
}

export function matchableRequest(doc: SupportRequestDocument): MatchableRequest {
  return {
    id: doc._id.toHexString(),
    municipalityCode: doc.municipalityCode,
    postcode: doc.postcode,
    location: locationOf(doc.postcode),
    productCode: doc.productCode,
    specialisms: doc.specialisms,
    urgency: doc.urgency,
    maxDistanceKm: doc.maxDistanceKm,
    preferredLanguages: doc.preferredLanguages,
    requiredLanguages: doc.requiredLanguages,
    financing: doc.financing,
    excludeStrategicPartners: doc.excludeStrategicPartners,
    excludedProviderIds: doc.excludedProviderIds.map((id) => id.toHexString()),
    excludedOfferingIds: doc.excludedOfferingIds,
    acceptsWaitingList: doc.acceptsWaitingList,
    maxWaitingWeeks: doc.maxWaitingWeeks,
  };
}

export function rankRequest(
  request: SupportRequestDocument,
  byProduct: ReadonlyMap<string, readonly MatchableOffering[]>,
  now: Date,
): RankedShortlist {
  return rankOfferings(
    matchableRequest(request),
    byProduct.get(request.productCode) ?? [],
    DEFAULT_MATCHING_POLICY,
    now,
  );
}

export interface ComparableShortlist {
  readonly options: readonly Pick<
    ShortlistOption,
    'rank' | 'offeringId' | 'freePlaces' | 'score'
  >[];
}

/**
 * Equal keys mean the same shortlist as users see it: its options. A revision holds no "why not"
 * counts (they are counted when read), so a change that moves only a count needs no revision.
 */
export function shortlistKey(shortlist: ComparableShortlist): string {
  return shortlist.options
    .map((option) => `${option.rank}:${option.offeringId}:${option.freePlaces}:${option.score}`)
    .join(',');
}

function locationOf(pc4: string): GeoPoint {
  const area = findPostcodeArea(pc4);
  if (!area) throw new Error(`PC4 ${pc4} is not in libs/reference: the worker could not rank it`);
  return area.location;
}
