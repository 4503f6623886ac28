import {
  DEFAULT_MATCHING_POLICY,
  rankOfferings,
  type Financing,
  type MatchableOffering,
  type MatchableRequest,
  type RankedShortlist,
  type Urgency,
} from '@wmo/domain';
import { findPostcodeArea } from '@wmo/reference';
import { graphqlOk } from './graphql-client';

/** Reads offerings and a request through the API and ranks them here, from scratch. */
interface ApiOffering {
  id: string;
  provider: { id: string; name: string; strategicPartner: boolean; languages: string[] };
  productCode: string;
  specialisms: string[];
  postcode: string;
  municipalitiesServed: string[];
  maxTravelKm: number | null;
  freePlaces: number;
  heldPlaces: number;
  waitingWeeks: number;
  financing: Financing[];
  capacityUpdatedAt: string;
}

interface ApiRequest {
  id: string;
  municipalityCode: string;
  postcode: string;
  productCode: string;
  specialisms: string[];
  urgency: Urgency;
  maxDistanceKm: number | null;
  languages: string[];
  requiredLanguages: string[];
  financing: Financing | null;
  excludeStrategicPartners: boolean;
  excludedProviderIds: string[];
  acceptsWaitingList: boolean;
  maxWaitingWeeks: number | null;
  shortlist: StoredShortlist | null;
}

export interface StoredShortlist {
  revision: number;
  options: {
    rank: number;
    score: number;
    freePlaces: number;
    waitingList: boolean;
    offering: { id: string } | null;
  }[];
  exclusions: { code: string; count: number }[];
}

const OFFERING_FIELDS = `id provider { id name strategicPartner languages } productCode specialisms postcode
  municipalitiesServed maxTravelKm freePlaces heldPlaces waitingWeeks financing capacityUpdatedAt`;

export async function allOfferings(
  token: string,
  productCode: string,
): Promise<MatchableOffering[]> {
  const result: MatchableOffering[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      searchOfferings: {
        edges: { node: ApiOffering }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await graphqlOk(
      `query($filter: OfferingSearchFilter, $after: String) { searchOfferings(filter: $filter, first: 100, after: $after) {
          edges { node { ${OFFERING_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
      { filter: { productCode }, after },
      token,
    );
    result.push(...data.searchOfferings.edges.map(({ node }) => toMatchableOffering(node)));
    if (!data.searchOfferings.pageInfo.hasNextPage) return result;
    after = data.searchOfferings.pageInfo.endCursor;
  }
}

export async function requestWithShortlist(token: string, id: string): Promise<ApiRequest> {
  const data = await graphqlOk<{ request: ApiRequest }>(
    `query($id: ID!) { request(id: $id) { id municipalityCode postcode productCode specialisms urgency maxDistanceKm
      languages requiredLanguages financing excludeStrategicPartners excludedProviderIds acceptsWaitingList maxWaitingWeeks
      shortlist { revision options { rank score freePlaces waitingList offering { id } } exclusions { code count } } } }`,
    { id },
    token,
  );
  return data.request;
}

export function rankFromScratch(
  request: ApiRequest,
  offerings: MatchableOffering[],
): RankedShortlist {
  const matchable: MatchableRequest = {
    id: request.id,
    municipalityCode: request.municipalityCode,
    postcode: request.postcode,
    location: locationOf(request.postcode),
    productCode: request.productCode,
    specialisms: request.specialisms,
    urgency: request.urgency,
    maxDistanceKm: request.maxDistanceKm,
    preferredLanguages: request.languages,
    requiredLanguages: request.requiredLanguages,
    financing: request.financing,
    excludeStrategicPartners: request.excludeStrategicPartners,
    excludedProviderIds: request.excludedProviderIds,
    excludedOfferingIds: [],
    acceptsWaitingList: request.acceptsWaitingList,
    maxWaitingWeeks: request.maxWaitingWeeks,
  };
  return rankOfferings(matchable, offerings, DEFAULT_MATCHING_POLICY, new Date());
}

/** The parts both sides must agree on, in a form that diffs readably. */
export function comparableStored(shortlist: StoredShortlist | null) {
  return {
    options: (shortlist?.options ?? []).map(
      (o) => `${o.rank}:${o.offering?.id}:${o.score}:${o.freePlaces}:${o.waitingList}`,
    ),
    exclusions: Object.fromEntries((shortlist?.exclusions ?? []).map((e) => [e.code, e.count])),
  };
}

export function comparableComputed(shortlist: RankedShortlist) {
  return {
    options: shortlist.options.map(
      (o) => `${o.rank}:${o.offeringId}:${o.score}:${o.freePlaces}:${o.waitingList}`,
    ),
    exclusions: Object.fromEntries(shortlist.exclusions.map((e) => [e.code, e.count])),
  };
}

function toMatchableOffering(node: ApiOffering): MatchableOffering {
  return {
    id: node.id,
    providerId: node.provider.id,
    providerName: node.provider.name,
    strategicPartner: node.provider.strategicPartner,
    languages: node.provider.languages,
    productCode: node.productCode,
    specialisms: node.specialisms,
    postcode: node.postcode,
    location: locationOf(node.postcode),
    municipalitiesServed: node.municipalitiesServed,
    maxTravelKm: node.maxTravelKm,
    freePlaces: node.freePlaces,
    heldPlaces: node.heldPlaces,
    waitingWeeks: node.waitingWeeks,
    financing: node.financing,
    capacityUpdatedAt: new Date(node.capacityUpdatedAt),
  };
}

function locationOf(pc4: string) {
  const area = findPostcodeArea(pc4);
  if (!area) throw new Error(`unknown postcode ${pc4}`);
  return area.location;
}
