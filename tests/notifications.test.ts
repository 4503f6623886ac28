import mongoose from 'mongoose';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startWorker } from './support/app-processes';
import { eventually } from './support/eventually';
import { graphqlOk } from './support/graphql-client';
import { startPrivateStack, type PrivateStack } from './support/private-stack';
import {
  aReferralWorld,
  createReferral,
  ok,
  respondToReferral,
  type ReferralWorld,
} from './support/referral-scenario';
import { createUser } from './support/scenario';
import { SmtpMailbox } from './support/smtp-mailbox';

/**
 * Notifications through the real api and worker, and e-mail through the outbox to a real SMTP
 * server started here. A private stack: its own database, so the worker's sweeps see only this
 * file's data, and a worker this file may kill.
 */
const LEASE_SECONDS = 5;

interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  read: boolean;
}

const NOTIFICATIONS = `query { notifications(first: 50) { totalCount edges { node { id kind title body link read } } } unreadNotificationCount }`;

async function notificationsOf(token: string) {
  const data = await graphqlOk<{
    notifications: { totalCount: number; edges: { node: NotificationView }[] };
    unreadNotificationCount: number;
  }>(NOTIFICATIONS, {}, token);
  return {
    items: data.notifications.edges.map((edge) => edge.node),
    unread: data.unreadNotificationCount,
  };
}

function waitForNotification(token: string, kind: string): Promise<NotificationView> {
  return eventually(
    async () => (await notificationsOf(token)).items.find((n) => n.kind === kind),
    (found) => found !== undefined,
    { what: `a ${kind} notification`, timeoutMs: 30_000 },
  ) as Promise<NotificationView>;
}

let mailbox: SmtpMailbox;
let stack: PrivateStack;
let db: mongoose.Connection;
let sharedEnv: string | undefined;

beforeAll(async () => {
  mailbox = new SmtpMailbox();
  const smtpPort = await mailbox.start();
  stack = await startPrivateStack({
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    EMAIL_FROM: 'Wmo-matchingplatform <noreply@wmo.test>',
    EMAIL_CLAIM_LEASE_SECONDS: String(LEASE_SECONDS),
    NOTIFICATION_SWEEP_SECONDS: '2',
  });
  sharedEnv = process.env.WMO_TEST_ENV;
  const shared = JSON.parse(sharedEnv ?? '{}') as { appEnv: unknown };
  process.env.WMO_TEST_ENV = JSON.stringify({ apiUrl: stack.apiUrl, appEnv: shared.appEnv });
  db = await mongoose
    .createConnection(stack.env.MONGODB_URI ?? '', { dbName: stack.env.MONGODB_DB })
    .asPromise();
}, 120_000);

afterAll(async () => {
  process.env.WMO_TEST_ENV = sharedEnv;
  await db?.close();
  // The worker started after the crash test is not the one the stack started.
  await Promise.all([stack?.stop(), stack?.worker.stop()]);
  await mailbox?.stop();
}, 30_000);

/** A referral world whose provider has a second user, so "one of them" can differ from "all". */
type World = ReferralWorld & { colleague: { id: string; token: string; email: string } };

async function aWorld(): Promise<World> {
  const world = await aReferralWorld({ freePlaces: 5 });
  const colleague = await createUser(world.admin, {
    role: 'PROVIDER',
    providerId: world.provider.id,
  });
  return { ...world, colleague };
}

async function emailOf(emailId: string) {
  return db
    .collection<{ _id: string; sentAt: Date | null }>('email-outbox')
    .findOne({ _id: emailId });
}

function emailIdOf(kind: string, subjectId: string, userId: string): string {
  return `${kind}:${subjectId}:${userId}`;
}

describe('notifications', () => {
  it('tells every user of the provider of a new referral, in the app and by e-mail without client data', async () => {
    const world = await aWorld();
    const request = await world.newRequest();
    const referral = ok(
      await createReferral(world.staff.token, request.id, world.offering.id),
    ).createReferral;

    const inApp = await waitForNotification(world.owner.token, 'REFERRAL_RECEIVED');
    expect(inApp).toMatchObject({ title: 'Nieuwe aanmelding', link: '/aanmeldingen', read: false });
    expect(inApp.body).toContain(request.reference);
    await waitForNotification(world.colleague.token, 'REFERRAL_RECEIVED');

    const ownerEmail = await eventually(
      async () => mailbox.to(ownerAddress(world)),
      (emails) => emails.length > 0,
      { what: "the owner's e-mail", timeoutMs: 30_000 },
    );
    expect(ownerEmail).toHaveLength(1);
    const [email] = ownerEmail;
    expect(email!.subject).toBe('Nieuwe aanmelding');
    expect(email!.text).toContain('Er is een nieuwe aanmelding — log in om te bekijken.');
    expect(email!.messageId).toBe(`<REFERRAL_RECEIVED.${referral.id}.${world.owner.id}@wmo.test>`);
    // No client data: not the reference, product, postcode, urgency, nor the provider's name.
    for (const secret of [
      request.reference,
      referral.request.productCode,
      referral.request.postcode,
      referral.request.urgency,
      world.provider.name,
      referral.id,
    ]) {
      expect(`${email!.subject}\n${email!.text}`).not.toContain(secret);
    }
    await eventually(
      async () => mailbox.to(world.colleague.email).length,
      (count) => count === 1,
      { what: "the colleague's e-mail", timeoutMs: 30_000 },
    );
  });

  it('tells the consultant who sent the referral that it was accepted, and marks it read', async () => {
    const world = await aWorld();
    const request = await world.newRequest();
    const referral = ok(
      await createReferral(world.staff.token, request.id, world.offering.id),
    ).createReferral;
    ok(await respondToReferral(world.owner.token, referral.id, true));

    const accepted = await waitForNotification(world.staff.token, 'REFERRAL_ACCEPTED');
    expect(accepted).toMatchObject({
      title: 'Aanmelding geaccepteerd',
      link: `/aanvragen/${request.id}`,
    });
    expect((await notificationsOf(world.staff.token)).unread).toBe(1);
    const marked = await graphqlOk<{ markNotificationsRead: number }>(
      `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`,
      { ids: [accepted.id] },
      world.staff.token,
    );
    expect(marked.markNotificationsRead).toBe(1);
    const after = await notificationsOf(world.staff.token);
    expect(after.unread).toBe(0);
    expect(after.items.find((n) => n.id === accepted.id)?.read).toBe(true);
    // Nobody marks another's notifications: the provider's stay unread.
    expect((await notificationsOf(world.owner.token)).unread).toBeGreaterThan(0);
  });

  it('tells the consultant of a declined referral and of a hold that expired', async () => {
    const world = await aWorld();
    const declinedRequest = await world.newRequest();
    const declined = ok(
      await createReferral(world.staff.token, declinedRequest.id, world.offering.id),
    ).createReferral;
    ok(await respondToReferral(world.owner.token, declined.id, false, 'Geen plek in deze groep'));
    expect((await waitForNotification(world.staff.token, 'REFERRAL_DECLINED')).body).toContain(
      declinedRequest.reference,
    );

    const expiring = await world.newRequest();
    const referral = ok(
      await createReferral(world.staff.token, expiring.id, world.offering.id),
    ).createReferral;
    // The hold's end is moved into the past; the provider's late answer then expires it.
    await db
      .collection('referrals')
      .updateOne(
        { _id: new mongoose.Types.ObjectId(referral.id) },
        { $set: { holdExpiresAt: new Date(Date.now() - 1_000) } },
      );
    const late = await respondToReferral(world.owner.token, referral.id, true);
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const expired = await waitForNotification(world.staff.token, 'REFERRAL_EXPIRED');
    expect(expired.body).toContain(expiring.reference);
  });

  it('pushes a new notification live to the subscribed user', async () => {
    const world = await aWorld();
    const client = createClient({
      url: `${stack.apiUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${world.owner.token}` },
      retryAttempts: 0,
    });
    try {
      const pushed: NotificationView[] = [];
      const subscribed = new Promise<void>((resolve) => client.on('connected', () => resolve()));
      client.subscribe<{ notificationAdded: NotificationView }>(
        { query: 'subscription { notificationAdded { id kind title body link read } }' },
        {
          next: (result) => {
            if (result.data) pushed.push(result.data.notificationAdded);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      await subscribed;
      // The subscription is registered once the server has answered its first operation.
      await eventually(
        async () => {
          const request = await world.newRequest();
          ok(await createReferral(world.staff.token, request.id, world.offering.id));
          return eventually(
            async () => pushed.length,
            (count) => count > 0,
            { what: 'a pushed notification', timeoutMs: 5_000 },
          ).catch(() => 0);
        },
        (count) => count > 0,
        { what: 'a live notification', timeoutMs: 30_000 },
      );
      expect(pushed[0]).toMatchObject({ kind: 'REFERRAL_RECEIVED', title: 'Nieuwe aanmelding' });
    } finally {
      await client.dispose();
    }
  });

  it('sends no e-mail to a user who switched e-mail off, but shows the notification in the app', async () => {
    const world = await aWorld();
    const setting = await graphqlOk<{
      setEmailNotifications: { emailEnabled: boolean; emailAvailable: boolean };
    }>(
      `mutation { setEmailNotifications(enabled: false) { emailEnabled emailAvailable } }`,
      {},
      world.colleague.token,
    );
    expect(setting.setEmailNotifications).toEqual({ emailEnabled: false, emailAvailable: true });
    const request = await world.newRequest();
    const referral = ok(
      await createReferral(world.staff.token, request.id, world.offering.id),
    ).createReferral;

    await waitForNotification(world.colleague.token, 'REFERRAL_RECEIVED');
    // The owner (e-mail on) gets the e-mail: once it is in, the colleague's would have been too.
    await eventually(
      async () => mailbox.to(ownerAddress(world)).length,
      (count) => count === 1,
      { what: "the owner's e-mail", timeoutMs: 30_000 },
    );
    expect(mailbox.to(world.colleague.email)).toHaveLength(0);
    expect(
      await emailOf(emailIdOf('REFERRAL_RECEIVED', referral.id, world.colleague.id)),
    ).toBeNull();
  });

  it('tries again after the SMTP server refused, and delivers once', async () => {
    const world = await aWorld();
    await graphqlOk(
      `mutation { setEmailNotifications(enabled: false) { emailEnabled } }`,
      {},
      world.colleague.token,
    );
    mailbox.refuse(1);
    const refusedBefore = mailbox.refused;
    const request = await world.newRequest();
    const referral = ok(
      await createReferral(world.staff.token, request.id, world.offering.id),
    ).createReferral;
    const emailId = emailIdOf('REFERRAL_RECEIVED', referral.id, world.owner.id);

    await eventually(
      async () => (await emailOf(emailId))?.sentAt ?? null,
      (sentAt) => sentAt !== null,
      { what: 'the e-mail marked sent', timeoutMs: 30_000 },
    );
    expect(mailbox.refused).toBe(refusedBefore + 1);
    expect(mailbox.to(ownerAddress(world))).toHaveLength(1);
    const claims = await db
      .collection<{ attempt: number; error: string | null }>('email-outbox-claims')
      .find({ emailId })
      .sort({ attempt: 1 })
      .toArray();
    expect(claims.map((c) => c.attempt)).toEqual([1, 2]);
    expect(claims[0]?.error).toMatch(/451/);
  });

  it('delivers exactly once when the worker is killed between claiming an e-mail and sending it', async () => {
    const world = await aWorld();
    await graphqlOk(
      `mutation { setEmailNotifications(enabled: false) { emailEnabled } }`,
      {},
      world.colleague.token,
    );
    const stall = mailbox.stallNext();
    const request = await world.newRequest();
    const referral = ok(
      await createReferral(world.staff.token, request.id, world.offering.id),
    ).createReferral;
    const emailId = emailIdOf('REFERRAL_RECEIVED', referral.id, world.owner.id);

    // The worker claimed the e-mail and is in the middle of the SMTP session: kill it there.
    await stall.reached;
    stack.worker.kill();
    stall.release();
    const claimed = await db
      .collection<{ attempt: number }>('email-outbox-claims')
      .find({ emailId })
      .toArray();
    expect(claimed.map((c) => c.attempt)).toEqual([1]);
    expect(mailbox.to(ownerAddress(world))).toHaveLength(0);

    stack.worker = await startWorker(stack.env, 'private-worker');
    await eventually(
      async () => (await emailOf(emailId))?.sentAt ?? null,
      (sentAt) => sentAt !== null,
      { what: 'the e-mail sent after the crash', timeoutMs: 60_000 },
    );
    const delivered = mailbox.to(ownerAddress(world));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.messageId).toBe(
      `<REFERRAL_RECEIVED.${referral.id}.${world.owner.id}@wmo.test>`,
    );
    // Sent on a later attempt, after the crashed one's lease ran out.
    const claims = await db
      .collection<{ attempt: number }>('email-outbox-claims')
      .find({ emailId })
      .sort({ attempt: 1 })
      .toArray();
    expect(claims.length).toBeGreaterThanOrEqual(2);
    // A later sweep finds nothing left to send: still one.
    await eventually(
      async () => db.collection('email-outbox').countDocuments({ sentAt: null }),
      (left) => left === 0,
      { what: 'an empty outbox', timeoutMs: 30_000 },
    );
    expect(mailbox.to(ownerAddress(world))).toHaveLength(1);
  }, 120_000);

  it('reminds the provider of a hold that ends within 24 hours and of a stale capacity report', async () => {
    const world = await aWorld();
    const request = await world.newRequest();
    const referral = ok(
      await createReferral(world.staff.token, request.id, world.offering.id),
    ).createReferral;
    // Made as if sent four days ago with two hours left, and reported 30 days ago.
    await db.collection('referrals').updateOne(
      { _id: new mongoose.Types.ObjectId(referral.id) },
      {
        $set: {
          createdAt: new Date(Date.now() - 4 * 24 * 3600_000),
          holdExpiresAt: new Date(Date.now() + 2 * 3600_000),
        },
      },
    );
    await db
      .collection('offerings')
      .updateOne(
        { _id: new mongoose.Types.ObjectId(world.offering.id) },
        { $set: { capacityUpdatedAt: new Date(Date.now() - 30 * 24 * 3600_000) } },
      );
    const ending = await waitForNotification(world.owner.token, 'HOLD_ENDING');
    expect(ending.title).toBe('Aanmelding loopt bijna af');
    const stale = await waitForNotification(world.colleague.token, 'CAPACITY_STALE');
    expect(stale).toMatchObject({ title: 'Klopt uw aantal vrije plekken nog?', link: '/aanbod' });
    // Once per event, however many sweeps pass.
    await eventually(
      async () =>
        mailbox.to(ownerAddress(world)).filter((e) => e.subject === 'Aanmelding loopt bijna af')
          .length,
      (count) => count === 1,
      { what: 'the hold-ending e-mail', timeoutMs: 30_000 },
    );
    const kinds = (await notificationsOf(world.owner.token)).items.map((n) => n.kind);
    expect(kinds.filter((kind) => kind === 'HOLD_ENDING')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'CAPACITY_STALE')).toHaveLength(1);
  });
});

/** The scenario's createUser returns the address too; the shared Account type leaves it out. */
function ownerAddress(world: ReferralWorld): string {
  return (world.owner as { email?: string }).email ?? '';
}
