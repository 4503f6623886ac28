import { Types, type Connection } from 'mongoose';
import type { OfferingDocument } from '../../libs/persistence/src/offerings/offering.schema';
import { shortlistDocumentId } from '../../libs/persistence/src/shortlists/shortlist.codec';
import type { ShortlistDocument } from '../../libs/persistence/src/shortlists/shortlist.schema';
import type { SyntheticDocuments } from '@wmo/synthetic';
import { elapsedMs } from '../stats';

export interface QueryCost {
  readonly query: string;
  readonly ms: number;
  readonly documents: number;
}

/**
 * Times, once each and with nothing else running, the queries one capacity change costs the
 * api and the worker, or cost them before the worker kept requests, offerings and shortlist
 * heads in memory and Redis (labelled so), as the repositories issue them.
 */
export async function measureQueryCosts(
  connection: Connection,
  docs: SyntheticDocuments,
): Promise<QueryCost[]> {
  const request = docs.supportRequests[Math.floor(docs.supportRequests.length / 2)];
  const offering = docs.offerings.find((candidate) => candidate.productCode === 'HBH');
  if (!request || !offering) return [];
  const shortlists = connection.collection<ShortlistDocument>('shortlists');
  const requests = connection.collection('supportRequests');
  const offerings = connection.collection<OfferingDocument>('offerings');
  const providers = connection.collection('providers');
  const costs: QueryCost[] = [];
  const time = async <T>(query: string, run: () => Promise<T[]>): Promise<T[]> => {
    const start = process.hrtime.bigint();
    const found = await run();
    costs.push({ query, ms: elapsedMs(start), documents: found.length });
    return found;
  };
  await time('offering by _id (api updateCapacity, twice)', () =>
    offerings.find({ _id: offering._id }).toArray(),
  );
  await time('open HBH requests in its municipalities (old worker: affected requests)', () =>
    requests
      .find({
        productCode: 'HBH',
        municipalityCode: { $in: offering.municipalitiesServed },
        status: { $in: ['OPEN', 'REFERRED'] },
      })
      .toArray(),
  );
  await time('latest shortlist revision of one request by requestId (old worker)', () =>
    shortlists.find({ requestId: request._id }).sort({ revision: -1 }).limit(1).toArray(),
  );
  await time(
    'shortlist revision 1 of one request by _id (api read, worker after a collision)',
    () => shortlists.find({ _id: shortlistDocumentId(request._id.toHexString(), 1) }).toArray(),
  );
  await time('one request by _id (request book refresh)', () =>
    requests.find({ _id: request._id }).limit(1).toArray(),
  );
  const sameProduct = await time(
    'offerings of the HBH product (worker before an offering cache)',
    () => offerings.find({ productCode: 'HBH' }).sort({ _id: 1 }).toArray(),
  );
  const providerIds = [...new Set(sameProduct.map((doc) => doc.providerId.toHexString()))].map(
    (id) => new Types.ObjectId(id),
  );
  await time('their providers by _id $in (worker before an offering cache)', () =>
    providers.find({ _id: { $in: providerIds } }).toArray(),
  );
  return costs;
}
