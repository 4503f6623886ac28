import { randomBytes } from 'node:crypto';
import { eventually } from './support/eventually';
import { graphql, graphqlOk, onlyError } from './support/graphql-client';
import { startExtraApi, type ExtraApi } from './support/extra-api';
import {
  createResidentLink,
  myShortlist,
  revokeResidentLinks,
  type ResidentShortlistView,
} from './support/resident-links';
import {
  aPrivateLanguages,
  anOfferingInput,
  aRequestInput,
  createOffering,
  createProvider,
  createRequest,
  createUser,
  loginAsAdmin,
  offeringIds,
  shortlistOf,
} from './support/scenario';

const STAFF_SCORES = `query($id: ID!) {
  request(id: $id) { preferredOfferingId shortlist { options { score reasons { points } } } }
}`;
const CHOOSE = `mutation($offeringId: ID!) {
  choosePreference(offeringId: $offeringId) {
    id preferredOfferingId shortlist { options { score reasons { points } } }
  }
}`;

let admin: string;
let staff: string;
let fitting: string;
let otherProduct: string;
let requestId: string;

/** A request whose shortlist holds the fitting offering, and an offering that is no option. */
beforeAll(async () => {
  admin = await loginAsAdmin();
  staff = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] })).token;
  const languages = aPrivateLanguages();
  const provider = await createProvider(staff, { languages: ['nl', ...languages] });
  fitting = (await createOffering(staff, anOfferingInput(provider.id))).id;
  otherProduct = (
    await createOffering(
      staff,
      anOfferingInput(provider.id, { productCode: 'HBH', specialisms: [] }),
    )
  ).id;
  requestId = (await createRequest(staff, { requiredLanguages: languages })).id;
  await eventually(
    () => shortlistOf(staff, requestId),
    (shortlist) => offeringIds(shortlist).includes(fitting),
    { what: 'the fitting offering in the shortlist' },
  );
});

const shortlistOk = async (token: string): Promise<ResidentShortlistView> => {
  const result = await myShortlist(token);
  if (!result.data?.myShortlist) throw new Error(`no shortlist: ${JSON.stringify(result)}`);
  return result.data.myShortlist;
};
const codeOf = async (token: string) => onlyError(await myShortlist(token)).extensions?.code;

describe('personal links for residents', () => {
  it('puts the token in the url fragment and lets it expire after 14 days', async () => {
    const link = await createResidentLink(staff, requestId);
    expect(link.token).toMatch(/^rl_[A-Za-z0-9_-]{43}$/);
    expect(link.url).toMatch(new RegExp(`^https?://[^/#]+/inwoner#${link.token}$`));
    const days = (Date.parse(link.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.99);
    expect(days).toBeLessThanOrEqual(14);
  });

  it('shows the resident the own shortlist in plain language, without scores or points', async () => {
    const { token } = await createResidentLink(staff, requestId);
    const shortlist = await shortlistOk(token);
    expect(shortlist.requestId).toBe(requestId);
    const option = shortlist.options.find((o) => o.offering?.id === fitting);
    expect(option).toMatchObject({ freePlaces: 2, waitingWeeks: 1, waitingList: false });
    expect(option?.distanceKm).toEqual(expect.any(Number));
    expect(option?.reasons.length).toBeGreaterThan(0);
    for (const { score, reasons } of shortlist.options) {
      expect(score).toBeNull();
      reasons.forEach((reason) => {
        expect(reason.points).toBeNull();
        expect(reason.label.length).toBeGreaterThan(3);
      });
    }
    // The same shortlist carries its figures for the consultant.
    const staffView = await graphqlOk<{
      request: { shortlist: { options: { score: number | null }[] } };
    }>(STAFF_SCORES, { id: requestId }, staff);
    expect(staffView.request.shortlist.options[0]?.score).toEqual(expect.any(Number));
  });

  it('lets the resident choose one of the options, which the consultant then sees', async () => {
    const { token } = await createResidentLink(staff, requestId);
    const chosen = await graphqlOk<{
      choosePreference: {
        id: string;
        preferredOfferingId: string;
        shortlist: { options: { score: number | null; reasons: { points: number | null }[] }[] };
      };
    }>(CHOOSE, { offeringId: fitting }, token);
    expect(chosen.choosePreference).toMatchObject({ id: requestId, preferredOfferingId: fitting });
    // A request's shortlist reached through the resident's mutation hides the figures too.
    const [option] = chosen.choosePreference.shortlist.options;
    expect(option?.score).toBeNull();
    expect(option?.reasons[0]?.points).toBeNull();
    const staffView = await graphqlOk<{ request: { preferredOfferingId: string } }>(
      STAFF_SCORES,
      { id: requestId },
      staff,
    );
    expect(staffView.request.preferredOfferingId).toBe(fitting);
  });

  it('refuses a preference for an offering that is not one of the options', async () => {
    const { token } = await createResidentLink(staff, requestId);
    for (const offeringId of [otherProduct, 'not-an-id']) {
      const error = onlyError(await graphql(CHOOSE, { offeringId }, token));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offeringId' });
    }
  });
});

describe('a resident link grants nothing beyond its own request', () => {
  it('shows each resident only the own shortlist and own request, without its history', async () => {
    const otherRequest = (await createRequest(staff)).id;
    const mine = await createResidentLink(staff, requestId);
    const theirs = await createResidentLink(staff, otherRequest);
    expect((await shortlistOk(mine.token)).requestId).toBe(requestId);
    await eventually(
      () => myShortlist(theirs.token),
      (result) => result.data?.myShortlist?.requestId === otherRequest,
      { what: 'the other resident seeing only the other request' },
    );
    const READ = `query ($id: ID!) { request(id: $id) { id reference } }`;
    // API.md: a resident may read the own request, and no other.
    const own = await graphql<{ request: { id: string } | null }>(
      READ,
      { id: requestId },
      mine.token,
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.request?.id).toBe(requestId);
    const other = await graphql<{ request: unknown }>(READ, { id: otherRequest }, mine.token);
    expect(other.errors).toBeUndefined();
    expect(other.data?.request).toBeNull();
    const history = onlyError(
      await graphql(
        `
          query ($id: ID!) {
            request(id: $id) {
              transitions {
                actor
              }
            }
          }
        `,
        { id: requestId },
        mine.token,
      ),
    );
    expect(history.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['requests', `query { requests { totalCount } }`, {}],
    ['searchOfferings', `query { searchOfferings { totalCount } }`, {}],
    [
      'createRequest',
      `mutation($i: CreateRequestInput!) { createRequest(input: $i) { id } }`,
      { i: aRequestInput() },
    ],
    [
      'createProvider',
      `mutation { createProvider(input: { name: "X", strategicPartner: false }) { id } }`,
      {},
    ],
    [
      'updateCapacity',
      `mutation($id: ID!) { updateCapacity(input: { offeringId: $id, freePlaces: 0 }) { id } }`,
      'offering',
    ],
    [
      'createResidentLink',
      `mutation($id: ID!) { createResidentLink(requestId: $id) { token } }`,
      'request',
    ],
    [
      'revokeResidentLinks',
      `mutation($id: ID!) { revokeResidentLinks(requestId: $id) }`,
      'request',
    ],
  ])('is FORBIDDEN for %s', async (_, query, variables) => {
    const { token } = await createResidentLink(staff, requestId);
    const vars =
      variables === 'offering'
        ? { id: fitting }
        : variables === 'request'
          ? { id: requestId }
          : variables;
    const error = onlyError(await graphql(query, vars, token));
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps myShortlist for residents: a consultant gets FORBIDDEN', async () => {
    expect(onlyError(await myShortlist(staff)).extensions?.code).toBe('FORBIDDEN');
  });
});

describe('links that no longer work are UNAUTHENTICATED', () => {
  it('revokes earlier links when a new one is issued, unless asked not to', async () => {
    const first = await createResidentLink(staff, requestId);
    const second = await createResidentLink(staff, requestId);
    expect(await codeOf(first.token)).toBe('UNAUTHENTICATED');
    await shortlistOk(second.token);
    const third = await createResidentLink(staff, requestId, { revokePrevious: false });
    await shortlistOk(second.token);
    await shortlistOk(third.token);

    expect(await revokeResidentLinks(staff, requestId)).toBe(2);
    expect(await codeOf(second.token)).toBe('UNAUTHENTICATED');
    expect(await codeOf(third.token)).toBe('UNAUTHENTICATED');
  });

  it('accepts only issued tokens: the store holds no token that could be matched otherwise', async () => {
    const { token } = await createResidentLink(staff, requestId);
    const altered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    const neverIssued = `rl_${randomBytes(32).toString('base64url')}`;
    for (const candidate of [altered, neverIssued, 'rl_short', `${token}x`]) {
      expect(await codeOf(candidate)).toBe('UNAUTHENTICATED');
    }
    await shortlistOk(token);
  });

  it('lets only consultants of the request municipality issue or revoke links', async () => {
    const elsewhere = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0406'] }))
      .token;
    const issue = await graphql(
      `
        mutation ($id: ID!) {
          createResidentLink(requestId: $id) {
            token
          }
        }
      `,
      { id: requestId },
      elsewhere,
    );
    expect(onlyError(issue).extensions?.code).toBe('NOT_FOUND');
    const revoke = await graphql(
      `
        mutation ($id: ID!) {
          revokeResidentLinks(requestId: $id)
        }
      `,
      { id: requestId },
      elsewhere,
    );
    expect(onlyError(revoke).extensions?.code).toBe('NOT_FOUND');
  });

  describe('with a short link lifetime', () => {
    let shortLived: ExtraApi;
    // About six seconds, so the link is certainly still valid when it is first used.
    beforeAll(async () => {
      shortLived = await startExtraApi({ RESIDENT_LINK_TTL_DAYS: '0.00007' });
    });
    afterAll(() => shortLived?.stop());

    it('refuses the link once it has expired', async () => {
      const link = await createResidentLink(staff, requestId, { apiUrl: shortLived.url });
      expect(Date.parse(link.expiresAt) - Date.now()).toBeLessThan(7_000);
      expect((await myShortlist(link.token, shortLived.url)).data?.myShortlist?.requestId).toBe(
        requestId,
      );
      await eventually(
        () => myShortlist(link.token, shortLived.url),
        (result) => result.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED',
        { what: 'the expired link refused', timeoutMs: 20_000, intervalMs: 500 },
      );
    });
  });
});
