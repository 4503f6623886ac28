import mongoose from 'mongoose';
import { graphqlOk } from '../graphql-client';
import { createReferral, ok } from '../referral-scenario';
import { anOfferingInput, createOffering, createProvider, createRequest } from '../scenario';

/** A referral holding a place, in a market of its own (a product the burst leaves alone). */
export async function aHeldPlace(
  staff: string,
): Promise<{ referralId: string; requestId: string }> {
  const provider = await createProvider(staff);
  const offering = await createOffering(
    staff,
    anOfferingInput(provider.id, { productCode: 'DB_LICHT', freePlaces: 2 }),
  );
  const request = await createRequest(staff, { productCode: 'DB_LICHT' });
  const referral = ok(await createReferral(staff, request.id, offering.id));
  return { referralId: referral.createReferral.id, requestId: request.id };
}

/**
 * Makes the hold fall due minutes ago, as if the outage had lasted that long: time cannot be
 * moved on running processes, so its date is changed in the database.
 */
export async function makeHoldDue(env: NodeJS.ProcessEnv, referralId: string): Promise<void> {
  const connection = await mongoose
    .createConnection(env.MONGODB_URI ?? '', { dbName: env.MONGODB_DB })
    .asPromise();
  try {
    const result = await connection
      .collection('referrals')
      .updateOne(
        { _id: new mongoose.Types.ObjectId(referralId) },
        { $set: { holdExpiresAt: new Date(Date.now() - 5 * 60_000) } },
      );
    if (result.matchedCount !== 1) throw new Error(`referral ${referralId} not in the database`);
  } finally {
    await connection.close();
  }
}

export async function referralStatus(
  staff: string,
  requestId: string,
  referralId: string,
): Promise<string | undefined> {
  const data = await graphqlOk<{ request: { referrals: { id: string; status: string }[] } }>(
    `query($id: ID!) { request(id: $id) { referrals { id status } } }`,
    { id: requestId },
    staff,
  );
  return data.request.referrals.find((r) => r.id === referralId)?.status;
}
