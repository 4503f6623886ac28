import type { Types, Connection } from 'mongoose';
import { DEFAULT_MATCHING_POLICY, summarizeShown, type MatchableOffering } from '@wmo/domain';
import { headNote } from '../../libs/matching/src/recompute/head-codec';
import {
  offeringSchema,
  OFFERING_MODEL,
} from '../../libs/persistence/src/offerings/offering.schema';
import {
  providerSchema,
  PROVIDER_MODEL,
} from '../../libs/persistence/src/providers/provider.schema';
import {
  supportRequestSchema,
  SUPPORT_REQUEST_MODEL,
} from '../../libs/persistence/src/requests/support-request.schema';
import { toShortlistDocument } from '../../libs/persistence/src/shortlists/shortlist.codec';
import {
  shortlistSchema,
  SHORTLIST_MODEL,
  type ShortlistDocument,
} from '../../libs/persistence/src/shortlists/shortlist.schema';
import { elapsedMs } from '../stats';
import type { SyntheticDocuments } from '@wmo/synthetic';
import { rankRequest, shortlistKey } from './expected';
import type { PhaseLog } from './phases';

const BATCH = 1_000;

/**
 * Creates the apps' indexes (from their own schemas) and inserts providers, offerings, requests
 * and, for every request, shortlist revision 1 as the worker would have computed it. Returns
 * the comparison key of each revision 1 by request id.
 */
export async function seedDatabase(
  connection: Connection,
  docs: SyntheticDocuments,
  byProduct: ReadonlyMap<string, readonly MatchableOffering[]>,
  phases: PhaseLog,
): Promise<Map<string, string>> {
  await phases.time('create indexes', async () => {
    const models = [
      connection.model(PROVIDER_MODEL, providerSchema),
      connection.model(OFFERING_MODEL, offeringSchema),
      connection.model(SUPPORT_REQUEST_MODEL, supportRequestSchema),
      connection.model(SHORTLIST_MODEL, shortlistSchema),
    ];
    for (const model of models) await model.createIndexes();
  });
  await phases.time(`insert ${docs.providers.length} providers`, () =>
    insertInBatches(connection, 'providers', docs.providers),
  );
  await phases.time(`insert ${docs.offerings.length} offerings`, () =>
    insertInBatches(connection, 'offerings', docs.offerings),
  );
  await phases.time(`insert ${docs.supportRequests.length} supportRequests`, () =>
    insertInBatches(connection, 'supportRequests', docs.supportRequests),
  );

  const keys = new Map<string, string>();
  let rankMs = 0;
  let insertMs = 0;
  const computedAt = new Date();
  for (let start = 0; start < docs.supportRequests.length; start += BATCH) {
    const rankStart = process.hrtime.bigint();
    const batch = docs.supportRequests.slice(start, start + BATCH).map((request) => {
      const ranked = rankRequest(request, byProduct, computedAt);
      keys.set(request._id.toHexString(), shortlistKey(ranked));
      // With the note a worker writes (what the revision shows), as if a worker had stored it.
      const shown = summarizeShown(ranked.options, DEFAULT_MATCHING_POLICY.shortlistSize);
      return toShortlistDocument(
        {
          requestId: request._id.toHexString(),
          revision: 1,
          computedAt,
          cause: { kind: 'REQUEST_CREATED' },
          options: ranked.options,
        },
        headNote({ shown }),
      );
    });
    rankMs += elapsedMs(rankStart);
    const insertStart = process.hrtime.bigint();
    await connection.collection<ShortlistDocument>('shortlists').insertMany(batch);
    insertMs += elapsedMs(insertStart);
    phases.progress('shortlists revision 1', start + batch.length, docs.supportRequests.length);
  }
  phases.record(`rank ${keys.size} revision-1 shortlists (rankOfferings)`, rankMs);
  phases.record(`insert ${keys.size} revision-1 shortlists`, insertMs);
  return keys;
}

async function insertInBatches<T extends { _id: Types.ObjectId }>(
  connection: Connection,
  name: string,
  docs: readonly T[],
): Promise<void> {
  const collection = connection.collection(name);
  for (let start = 0; start < docs.length; start += BATCH) {
    await collection.insertMany(docs.slice(start, start + BATCH).map((doc) => ({ ...doc })));
  }
}
