import mongoose, { Schema, type Connection } from 'mongoose';
import { randomBytes } from 'node:crypto';
import { findByIds, POINT_LOOKUPS_UP_TO } from '../libs/persistence/src/find-by-ids';
import { testEnv } from './support/test-env';

/**
 * Repositories find a few documents by one `_id` lookup each and many by one `$in` query
 * (FerretDB reads every document for `$in`): both ways must find the same documents.
 */
interface Doc {
  _id: mongoose.Types.ObjectId;
  label: string;
}

describe('findByIds: point lookups for a few ids, one query for many', () => {
  const { appEnv } = testEnv();
  let connection: Connection;
  let model: mongoose.Model<Doc>;
  const schema = new Schema({ label: String });
  const ids: string[] = [];

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(appEnv.MONGODB_URI ?? '', { dbName: appEnv.MONGODB_DB })
      .asPromise();
    model = connection.model<Doc>(`findbyids_${randomBytes(4).toString('hex')}`, schema);
    const docs = await model.insertMany(
      Array.from({ length: POINT_LOOKUPS_UP_TO + 8 }, (_, i) => ({ label: `doc ${i}` })),
    );
    ids.push(...docs.map((doc) => doc._id.toHexString()));
  });
  afterAll(async () => {
    await model.collection.drop();
    await connection.close();
  });

  const find = (wanted: readonly string[]) =>
    findByIds<Doc, string>(model, wanted, (doc) => doc.label);

  it('finds each existing document once, leaving out unknown and malformed ids', async () => {
    const unknown = new mongoose.Types.ObjectId().toHexString();
    const few = [ids[0], ids[3], ids[3], unknown, 'not-an-id'] as string[];
    expect((await find(few)).sort()).toEqual(['doc 0', 'doc 3']);
    expect(await find([])).toEqual([]);
  });

  it('finds the same documents with one query when there are more ids than point lookups', async () => {
    const many = [...ids, new mongoose.Types.ObjectId().toHexString()];
    expect(many.length).toBeGreaterThan(POINT_LOOKUPS_UP_TO);
    const labels = await find(many);
    expect(labels.sort()).toEqual(ids.map((_, i) => `doc ${i}`).sort());
  });
});
