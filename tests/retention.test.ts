import { randomBytes } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import mongoose, { type Connection } from 'mongoose';
import { eventually } from './support/eventually';
import { graphqlOk } from './support/graphql-client';
import { usePrivateStack } from './support/private-stack';
import {
  aReferralStaff,
  anOfferingToRefer,
  createReferral,
  ok,
  withdrawReferral,
  type OfferingToRefer,
} from './support/referral-scenario';
import { createResidentLink, revokeResidentLinks } from './support/resident-links';
import { loginAsAdmin, offeringIds, shortlistOf } from './support/scenario';

const DAY_MS = 24 * 60 * 60 * 1000;
const { ObjectId } = mongoose.Types;

// Its own database and queues: the retention job acts on everything it finds.
const stack = usePrivateStack();

let db: Connection;
let staff: string;
let market: OfferingToRefer;

interface RetentionCounts {
  requestsAnonymised: number;
  referralsAnonymised: number;
  shortlistRevisionsDeleted: number;
  residentLinksDeleted: number;
  auditEntriesDeleted: number;
}

/** Runs the worker's retention job through its queue and answers what it did. */
async function runRetention(): Promise<RetentionCounts> {
  const { env } = stack();
  const connection = new Redis(env.REDIS_URL ?? '', { maxRetriesPerRequest: null });
  const queue = new Queue('retention', { connection, prefix: env.QUEUE_PREFIX });
  // QueueEvents blocks on its connection: it needs one of its own.
  const eventsConnection = connection.duplicate();
  const events = new QueueEvents('retention', {
    connection: eventsConnection,
    prefix: env.QUEUE_PREFIX,
  });
  try {
    await events.waitUntilReady();
    const job = await queue.add('apply-retention', { trigger: 'manual' });
    return (await job.waitUntilFinished(events, 60_000)) as RetentionCounts;
  } finally {
    await events.close();
    await queue.close();
    eventsConnection.disconnect();
    connection.disconnect();
  }
}

/** A request with a stored shortlist and an active resident link, by the market's consultant. */
async function aRequestWithShortlistAndLink(): Promise<string> {
  const { id } = await market.newRequest();
  await eventually(
    () => shortlistOf(staff, id),
    (shortlist) => offeringIds(shortlist).includes(market.offering.id),
    { what: 'a stored shortlist' },
  );
  await createResidentLink(staff, id);
  return id;
}

const closeRequest = (id: string) =>
  graphqlOk(`mutation($id: ID!) { closeRequest(id: $id) { id status } }`, { id }, staff);

/** As if the request was last changed `days` ago (time cannot be moved on a running server). */
async function ageRequest(id: string, days: number): Promise<void> {
  const at = new Date(Date.now() - days * DAY_MS);
  await db
    .collection('supportRequests')
    .updateOne({ _id: new ObjectId(id) }, { $set: { updatedAt: at } });
}

const requestDoc = (id: string) =>
  db.collection('supportRequests').findOne({ _id: new ObjectId(id) });
const countOf = (collection: string, requestId: string) =>
  db.collection(collection).countDocuments({ requestId: new ObjectId(requestId) });

beforeAll(async () => {
  const { env } = stack();
  db = await mongoose
    .createConnection(env.MONGODB_URI ?? '', { dbName: env.MONGODB_DB })
    .asPromise();
  const admin = await loginAsAdmin();
  staff = (await aReferralStaff(admin)).token;
  market = await anOfferingToRefer(staff);
}, 120_000);

afterAll(async () => {
  await db?.close();
});

describe('the retention job', () => {
  it('anonymises finished requests past retention, deletes their shortlists and links, purges ended links and old audit entries', async () => {
    // Closed long ago, after a withdrawn referral with a reason: anonymised.
    const old = await aRequestWithShortlistAndLink();
    const referral = ok(await createReferral(staff, old, market.offering.id)).createReferral;
    ok(await withdrawReferral(staff, referral.id, 'Inwoner verhuist naar Utrecht'));
    await closeRequest(old);
    await ageRequest(old, 400);
    const before = await requestDoc(old);

    // Closed long ago, but a run was cut short after its shortlists went: finished now.
    const interrupted = await aRequestWithShortlistAndLink();
    await closeRequest(interrupted);
    await ageRequest(interrupted, 400);
    await db.collection('shortlists').deleteMany({ requestId: new ObjectId(interrupted) });

    // Closed recently: kept as it is, but its expired link goes.
    const recent = await aRequestWithShortlistAndLink();
    await closeRequest(recent);
    await db.collection('residentLinks').insertOne({
      tokenHash: randomBytes(32).toString('hex'),
      requestId: new ObjectId(recent),
      createdByUserId: new ObjectId(),
      createdAt: new Date(Date.now() - 20 * DAY_MS),
      expiresAt: new Date(Date.now() - 6 * DAY_MS),
      revokedAt: null,
    });

    // Open (not finished), unchanged for long: kept; its revoked link goes, the new one stays.
    const open = await aRequestWithShortlistAndLink();
    await revokeResidentLinks(staff, open);
    await createResidentLink(staff, open);
    await ageRequest(open, 400);

    // An audit entry past the audit retention (default 730 days), and the recent ones.
    await db.collection('auditLog').insertOne({
      at: new Date(Date.now() - 800 * DAY_MS),
      kind: 'READ',
      operation: 'request',
      role: 'STAFF',
      userId: new ObjectId().toHexString(),
      residentLinkId: null,
      sessionId: null,
      requestId: old,
      referralId: null,
      subjectId: null,
      fields: [],
    });
    const recentAudit = await eventually(
      () => db.collection('auditLog').countDocuments({ requestId: recent }),
      (count) => count > 0,
      { what: 'audit entries of the recent request' },
    );

    const counts = await runRetention();
    expect(counts).toEqual({
      requestsAnonymised: 2,
      referralsAnonymised: 1,
      shortlistRevisionsDeleted: expect.any(Number),
      residentLinksDeleted: 4, // old's and interrupted's links, the expired and the revoked one
      auditEntriesDeleted: 1,
    });
    expect(counts.shortlistRevisionsDeleted).toBeGreaterThan(0);

    // What remains of the old request: only what the coverage figures use.
    const after = await requestDoc(old);
    expect(after).toMatchObject({
      reference: `geanonimiseerd-${old}`,
      postcode: '',
      specialisms: [],
      preferredLanguages: [],
      requiredLanguages: [],
      strategicPartnerMismatch: '',
      preferredOfferingId: null,
      status: 'CLOSED',
      municipalityCode: before?.municipalityCode,
      productCode: before?.productCode,
      urgency: before?.urgency,
      createdAt: before?.createdAt,
      updatedAt: before?.updatedAt,
      anonymisedAt: expect.any(Date),
    });
    expect(await countOf('shortlists', old)).toBe(0);
    expect(await countOf('residentLinks', old)).toBe(0);
    const storedReferral = await db
      .collection('referrals')
      .findOne({ _id: new ObjectId(referral.id) });
    expect(storedReferral).toMatchObject({
      status: 'WITHDRAWN',
      municipalityCode: before?.municipalityCode,
      request: { reference: `geanonimiseerd-${old}`, postcode: '', specialisms: [] },
      reason: null,
    });
    const transitions = await db
      .collection('referralTransitions')
      .find({ requestId: new ObjectId(old) })
      .toArray();
    expect(transitions.map((t) => t.to)).toEqual(['PENDING', 'WITHDRAWN']);
    expect(transitions.every((t) => t.reason === null)).toBe(true);
    expect(JSON.stringify([after, storedReferral, transitions])).not.toContain('Utrecht');

    // The interrupted one is finished; the recent and the open ones are whole.
    expect((await requestDoc(interrupted))?.reference).toBe(`geanonimiseerd-${interrupted}`);
    expect(await countOf('residentLinks', interrupted)).toBe(0);
    for (const kept of [recent, open]) {
      const doc = await requestDoc(kept);
      expect(doc?.reference).not.toMatch(/^geanonimiseerd/);
      expect(doc?.postcode).toMatch(/^\d{4}/);
      expect(doc?.anonymisedAt).toBeUndefined();
      expect(await countOf('shortlists', kept)).toBeGreaterThan(0);
      expect(await countOf('residentLinks', kept)).toBe(1);
    }

    // Audit: the old entry is gone, the recent ones stay.
    expect(
      await db
        .collection('auditLog')
        .countDocuments({ at: { $lt: new Date(Date.now() - 730 * DAY_MS) } }),
    ).toBe(0);
    expect(
      await db.collection('auditLog').countDocuments({ requestId: recent }),
    ).toBeGreaterThanOrEqual(recentAudit);

    // Through the api, a consultant sees the anonymised request without a shortlist.
    const seen = await graphqlOk<{
      request: { reference: string; postcode: string; shortlist: unknown } | null;
    }>(
      `query($id: ID!) { request(id: $id) { reference postcode shortlist { revision } } }`,
      { id: old },
      staff,
    );
    expect(seen.request).toEqual({
      reference: `geanonimiseerd-${old}`,
      postcode: '',
      shortlist: null,
    });

    // A second run finds nothing left to do and changes nothing.
    expect(await runRetention()).toEqual({
      requestsAnonymised: 0,
      referralsAnonymised: 0,
      shortlistRevisionsDeleted: 0,
      residentLinksDeleted: 0,
      auditEntriesDeleted: 0,
    });
    expect(await requestDoc(old)).toEqual(after);
  });

  it('is scheduled by the worker', async () => {
    const { env } = stack();
    const connection = new Redis(env.REDIS_URL ?? '', { maxRetriesPerRequest: null });
    const queue = new Queue('retention', { connection, prefix: env.QUEUE_PREFIX });
    try {
      const scheduler = await queue.getJobScheduler('apply-retention');
      expect(Number(scheduler?.every)).toBe(86_400_000);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });
});
