import { eventually } from './support/eventually';
import { graphql, graphqlOk, onlyError } from './support/graphql-client';
import {
  aReferralWorld,
  createReferral,
  ok,
  type ReferralWorld,
} from './support/referral-scenario';
import { createResidentLink } from './support/resident-links';
import { createUser, loginAsAdmin } from './support/scenario';

interface AuditEntryView {
  at: string;
  kind: 'READ' | 'CHANGE';
  operation: string;
  actorName: string;
  actorRole: string;
  userId: string | null;
  residentLinkId: string | null;
  sessionId: string | null;
  requestId: string | null;
  referralId: string | null;
  fields: string[];
}

interface AuditPage {
  auditLog: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: AuditEntryView }[];
  };
}

const AUDIT_LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { at kind operation actorName actorRole userId residentLinkId sessionId
      requestId referralId fields } }
  }
}`;

const READ_REQUEST = `query($id: ID!) { request(id: $id) { id reference shortlist { revision } } }`;

let admin: string;
let world: ReferralWorld;
let requestId: string;

const auditLog = (filter: Record<string, unknown>, first = 20, after: string | null = null) =>
  graphqlOk<AuditPage>(AUDIT_LOG, { filter, first, after }, admin);

/** The audit trail writes in batches after the answer: wait for the entries to be stored. */
const entriesFor = (filter: Record<string, unknown>, done: (e: AuditEntryView[]) => boolean) =>
  eventually(
    async () => (await auditLog(filter, 100)).auditLog.edges.map((edge) => edge.node),
    done,
    { what: `audit entries for ${JSON.stringify(filter)}` },
  );

beforeAll(async () => {
  admin = await loginAsAdmin();
  world = await aReferralWorld({}, undefined);
  requestId = (await world.newRequest()).id;
});

describe('the audit log', () => {
  it("records a consultant's read of a request with the user, role, request and session", async () => {
    const staff = await createUser(admin, {
      role: 'STAFF',
      municipalityCodes: [world.market.municipalityCode],
      name: 'Sanne Audit',
    });
    await graphqlOk(READ_REQUEST, { id: requestId }, staff.token);

    const entries = await entriesFor({ requestId, userId: staff.id }, (e) => e.length >= 1);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'READ',
      operation: 'request',
      actorName: 'Sanne Audit',
      actorRole: 'STAFF',
      userId: staff.id,
      requestId,
      residentLinkId: null,
    });
    expect(entries[0]!.fields).toEqual(['id', 'reference', 'shortlist']);
    // Logged in through `login`: the access token names the browser session.
    expect(entries[0]!.sessionId).toMatch(/^[0-9a-f]{24}$/);
  });

  it("records a resident's own read through the link as the resident, with the link", async () => {
    const link = await createResidentLink(world.staff.token, requestId);
    await graphqlOk(`query { myRequest { id } myShortlist { revision } }`, {}, link.token);

    const entries = await entriesFor({ requestId }, (e) =>
      e.some((entry) => entry.operation === 'myShortlist'),
    );
    const resident = entries.filter((entry) => entry.actorRole === 'RESIDENT');
    expect(resident.map((entry) => entry.operation).sort()).toEqual(['myRequest', 'myShortlist']);
    for (const entry of resident) {
      expect(entry).toMatchObject({ kind: 'READ', actorName: 'Inwoner (via link)', userId: null });
      expect(entry.residentLinkId).toMatch(/^[0-9a-f]{24}$/);
      expect(entry.sessionId).toBe(entry.residentLinkId);
    }
    const issued = entries.find((entry) => entry.operation === 'createResidentLink');
    expect(issued).toMatchObject({ kind: 'CHANGE', userId: world.staff.id, actorRole: 'STAFF' });
  });

  it('records a change: createReferral names the referral and its request', async () => {
    const referral = ok(
      await createReferral(world.staff.token, requestId, world.offering.id),
    ).createReferral;
    const entries = await entriesFor({ requestId }, (e) =>
      e.some((entry) => entry.operation === 'createReferral'),
    );
    expect(entries.find((entry) => entry.operation === 'createReferral')).toMatchObject({
      kind: 'CHANGE',
      actorRole: 'STAFF',
      userId: world.staff.id,
      requestId,
      referralId: referral.id,
    });
  });

  it('is refused to everyone but administrators', async () => {
    const staff = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
    const policy = await createUser(admin, { role: 'POLICY', municipalityCodes: ['GM0402'] });
    const link = await createResidentLink(world.staff.token, requestId);
    for (const token of [staff.token, policy.token, world.owner.token, link.token]) {
      expect(onlyError(await graphql(AUDIT_LOG, {}, token)).extensions?.code).toBe('FORBIDDEN');
    }
    expect(onlyError(await graphql(AUDIT_LOG, {})).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('pages newest first and filters by user and period', async () => {
    const staff = await createUser(admin, {
      role: 'STAFF',
      municipalityCodes: [world.market.municipalityCode],
    });
    const start = new Date();
    for (let i = 0; i < 5; i += 1) await graphqlOk(READ_REQUEST, { id: requestId }, staff.token);
    const all = await entriesFor({ userId: staff.id }, (e) => e.length >= 5);
    expect(all).toHaveLength(5);
    const times = all.map((entry) => Date.parse(entry.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const first = (await auditLog({ userId: staff.id }, 2)).auditLog;
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await auditLog({ userId: staff.id }, 2, first.pageInfo.endCursor)).auditLog;
    const third = (await auditLog({ userId: staff.id }, 2, second.pageInfo.endCursor)).auditLog;
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges, ...third.edges].map((e) => e.node.at)).toEqual(
      all.map((entry) => entry.at),
    );

    const before = (await auditLog({ userId: staff.id, to: start.toISOString() })).auditLog;
    expect(before.totalCount).toBe(0);
    const since = (await auditLog({ userId: staff.id, from: start.toISOString() })).auditLog;
    expect(since.totalCount).toBe(5);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await auditLog({ userId: staff.id, from: future })).auditLog.totalCount).toBe(0);
  });

  it('refuses a malformed filter id with a clean error', async () => {
    const error = onlyError(await graphql(AUDIT_LOG, { filter: { requestId: 'x' } }, admin));
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
