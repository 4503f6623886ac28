import type { MatchableOffering, MatchableRequest } from '@wmo/domain';
import { KEPT_TEXT } from '../shared/shared-values';
import { matchableOffering, matchableRequest } from './matchable';
import type { SnapshotRow } from './read-model-snapshot';

/**
 * Accepts exactly a list of every key of T (the compiler refuses a list that misses one), so a
 * field added to the engine's types cannot be left out of a snapshot: the list, and with it
 * the snapshot format, must change, and snapshots of the old format are then ignored.
 */
function everyField<T>() {
  return <const F extends readonly (keyof T)[]>(
    fields: F & ([Exclude<keyof T, F[number]>] extends [never] ? unknown : never),
  ): F => fields;
}

// `location` is left out: it follows from the postcode through the reference data of the
// release that loads the snapshot.
const REQUEST_FIELDS = everyField<Omit<MatchableRequest, 'location'>>()([
  'id',
  'municipalityCode',
  'postcode',
  'productCode',
  'specialisms',
  'urgency',
  'maxDistanceKm',
  'preferredLanguages',
  'requiredLanguages',
  'financing',
  'excludeStrategicPartners',
  'excludedProviderIds',
  'excludedOfferingIds',
  'acceptsWaitingList',
  'maxWaitingWeeks',
]);

const OFFERING_FIELDS = everyField<Omit<MatchableOffering, 'location' | 'capacityUpdatedAt'>>()([
  'id',
  'providerId',
  'providerName',
  'strategicPartner',
  'languages',
  'productCode',
  'specialisms',
  'postcode',
  'municipalitiesServed',
  'maxTravelKm',
  'freePlaces',
  'heldPlaces',
  'waitingWeeks',
  'financing',
]);

/** Snapshot formats: the fields, in row order (a Date travels as its ISO text, last). */
export const REQUEST_SNAPSHOT_FORMAT = `request:1:${REQUEST_FIELDS.join(',')}`;
export const OFFERING_SNAPSHOT_FORMAT = `offering:1:${OFFERING_FIELDS.join(',')},capacityUpdatedAt`;

export function requestRow(request: MatchableRequest): SnapshotRow {
  return REQUEST_FIELDS.map((field) => request[field]);
}

export function requestFromRow(row: SnapshotRow): MatchableRequest {
  return matchableRequest(
    fromRow(REQUEST_FIELDS, row) as Omit<MatchableRequest, 'location'>,
    KEPT_TEXT,
  );
}

export function offeringRow(offering: MatchableOffering): SnapshotRow {
  return [
    ...OFFERING_FIELDS.map((field) => offering[field]),
    offering.capacityUpdatedAt.toISOString(),
  ];
}

export function offeringFromRow(row: SnapshotRow): MatchableOffering {
  const fields = fromRow(OFFERING_FIELDS, row) as Omit<
    MatchableOffering,
    'location' | 'capacityUpdatedAt'
  >;
  return matchableOffering(
    { ...fields, capacityUpdatedAt: new Date(String(row[OFFERING_FIELDS.length])) },
    KEPT_TEXT,
  );
}

function fromRow(fields: readonly string[], row: SnapshotRow): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  fields.forEach((field, index) => {
    item[field] = row[index];
  });
  return item;
}
