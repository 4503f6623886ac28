import type { Connection } from 'mongoose';
import type { OfferingDocument } from '../../libs/persistence/src/offerings/offering.schema';
import type { ProviderDocument } from '../../libs/persistence/src/providers/provider.schema';
import type { SupportRequestDocument } from '../../libs/persistence/src/requests/support-request.schema';
import type { CapacityChange } from './burst';
import type { SyntheticDocuments } from '@wmo/synthetic';
import { offeringsByProduct, rankRequest, shortlistKey } from './expected';
import type { PhaseLog } from './phases';

/** The offerings as they should be once every change of the burst is stored. */
export function afterBurst(
  offerings: readonly OfferingDocument[],
  changes: readonly CapacityChange[],
  at: Date,
): OfferingDocument[] {
  const newPlaces = new Map(changes.map((change) => [change.offeringId, change.freePlaces]));
  return offerings.map((offering) => {
    const freePlaces = newPlaces.get(offering._id.toHexString());
    return freePlaces === undefined ? offering : { ...offering, freePlaces, capacityUpdatedAt: at };
  });
}

/**
 * The expected shortlist key of every request after the burst. Only requests for a changed
 * offering's product in a municipality it serves are ranked again: for any other request the
 * changed offerings fail the product, specialism or municipality filter, which no capacity
 * touches, so revision 1 stands.
 */
export function expectedAfter(
  requests: readonly SupportRequestDocument[],
  offerings: readonly OfferingDocument[],
  providers: readonly ProviderDocument[],
  changedIds: ReadonlySet<string>,
  revision1: ReadonlyMap<string, string>,
): Map<string, string> {
  const byProduct = offeringsByProduct(offerings, providers);
  const touched = new Set<string>();
  for (const offering of offerings) {
    if (!changedIds.has(offering._id.toHexString())) continue;
    for (const code of offering.municipalitiesServed)
      touched.add(`${offering.productCode}|${code}`);
  }
  const now = new Date();
  const expected = new Map<string, string>();
  for (const request of requests) {
    const id = request._id.toHexString();
    const rank = touched.has(`${request.productCode}|${request.municipalityCode}`);
    expected.set(
      id,
      rank ? shortlistKey(rankRequest(request, byProduct, now)) : (revision1.get(id) ?? ''),
    );
  }
  return expected;
}

/**
 * For every request a change may reach (its product, its municipality served), when the last
 * such change was answered: from then on the request's shortlist could be made current.
 */
export function lastReachingAnswer(
  requests: readonly SupportRequestDocument[],
  offerings: readonly OfferingDocument[],
  answeredAt: ReadonlyMap<string, number>,
): Map<string, number> {
  const latestPerCell = new Map<string, number>();
  for (const offering of offerings) {
    const at = answeredAt.get(offering._id.toHexString());
    if (at === undefined) continue;
    for (const code of offering.municipalitiesServed) {
      const cell = `${offering.productCode}|${code}`;
      latestPerCell.set(cell, Math.max(at, latestPerCell.get(cell) ?? at));
    }
  }
  const reached = new Map<string, number>();
  for (const request of requests) {
    const at = latestPerCell.get(`${request.productCode}|${request.municipalityCode}`);
    if (at !== undefined) reached.set(request._id.toHexString(), at);
  }
  return reached;
}

/** Ids of offerings whose matching fields differ between two versions of the collection. */
export function differingOfferings(
  predicted: readonly OfferingDocument[],
  stored: readonly OfferingDocument[],
): Set<string> {
  const fields = (offering: OfferingDocument) =>
    JSON.stringify([
      offering.providerId.toHexString(),
      offering.productCode,
      offering.specialisms,
      offering.postcode,
      offering.municipalitiesServed,
      offering.maxTravelKm,
      offering.freePlaces,
      offering.waitingWeeks,
      offering.financing,
    ]);
  const storedById = new Map(
    stored.map((offering) => [offering._id.toHexString(), fields(offering)]),
  );
  return new Set(
    predicted
      .filter((offering) => storedById.get(offering._id.toHexString()) !== fields(offering))
      .map((offering) => offering._id.toHexString()),
  );
}

/**
 * Reads the offerings back and returns the expected keys for what the database really holds:
 * the prediction when every change landed as sent, otherwise a new ranking (failed mutations).
 */
export async function confirmExpected(
  db: Connection,
  docs: SyntheticDocuments,
  predictedOfferings: readonly OfferingDocument[],
  revision1: ReadonlyMap<string, string>,
  predicted: Map<string, string>,
  phases: PhaseLog,
): Promise<Map<string, string>> {
  const stored = await phases.time('read back every offering', () =>
    db.collection<OfferingDocument>('offerings').find({}).toArray(),
  );
  const unexpected = differingOfferings(predictedOfferings, stored);
  if (unexpected.size === 0) return predicted;
  return phases.timeSync(
    `${unexpected.size} offerings differ from the prediction: rank the expected shortlists again`,
    () => {
      const changed = differingOfferings(docs.offerings, stored);
      return expectedAfter(docs.supportRequests, stored, docs.providers, changed, revision1);
    },
  );
}
