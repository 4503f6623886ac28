import mongoose from 'mongoose';
import { testEnv } from './test-env';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Makes an offering's capacity report `days` old. Time cannot be moved on a running server, so
 * an old report is made by changing its date in the test database, as if it had been made then.
 * Nothing is announced: the matcher sees the old date once something else names the offering.
 */
export async function backdateCapacityReport(offeringId: string, days: number): Promise<Date> {
  const { appEnv } = testEnv();
  const at = new Date(Date.now() - days * DAY_MS);
  const connection = await mongoose
    .createConnection(appEnv.MONGODB_URI ?? '', { dbName: appEnv.MONGODB_DB })
    .asPromise();
  try {
    const result = await connection
      .collection('offerings')
      .updateOne(
        { _id: new mongoose.Types.ObjectId(offeringId) },
        { $set: { capacityUpdatedAt: at } },
      );
    if (result.matchedCount !== 1) throw new Error(`offering ${offeringId} not in the database`);
  } finally {
    await connection.close();
  }
  return at;
}

/**
 * Moves a referral's answer (e.g. its acceptance: the placement's start) to `at`, as if the
 * provider had answered then, so an export's dates can be computed by hand.
 */
export async function backdateAnswer(referralId: string, at: Date): Promise<void> {
  const { appEnv } = testEnv();
  const connection = await mongoose
    .createConnection(appEnv.MONGODB_URI ?? '', { dbName: appEnv.MONGODB_DB })
    .asPromise();
  try {
    const result = await connection
      .collection('referrals')
      .updateOne({ _id: new mongoose.Types.ObjectId(referralId) }, { $set: { respondedAt: at } });
    if (result.matchedCount !== 1) throw new Error(`referral ${referralId} not in the database`);
  } finally {
    await connection.close();
  }
}
