import { Types, type Model } from 'mongoose';
import { isObjectId } from './object-ids';

/**
 * Up to this many ids are looked up one `_id` at a time (concurrently), more with one `$in`
 * query. FerretDB answers a lone `_id` from an index (infra/ferretdb/id_index.go) but `_id: {$in}`
 * by reading every document of the collection: for the few ids a change or a page names, point
 * lookups cost a few ms where the scan costs tens (1,000 offerings) to hundreds (20,000) of ms.
 * MongoDB answers both from its `_id` index.
 */
export const POINT_LOOKUPS_UP_TO = 32;

/** The documents with these ids (those that exist, each once, in no particular order). */
export async function findByIds<D, T>(
  model: Model<D>,
  ids: readonly string[],
  map: (doc: D) => T,
): Promise<T[]> {
  const valid = [...new Set(ids.filter(isObjectId))];
  if (valid.length === 0) return [];
  if (valid.length <= POINT_LOOKUPS_UP_TO) {
    const docs = await Promise.all(valid.map((id) => model.findById(id).lean<D>().exec()));
    return docs.filter((doc): doc is NonNullable<typeof doc> => doc !== null).map(map);
  }
  const objectIds = valid.map((id) => new Types.ObjectId(id));
  const docs = await model
    .find({ _id: { $in: objectIds } })
    .lean<D[]>()
    .exec();
  return docs.map(map);
}
