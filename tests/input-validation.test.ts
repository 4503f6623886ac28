import { graphql, onlyError } from './support/graphql-client';
import {
  anOfferingInput,
  aRequestInput,
  createOffering,
  createProvider,
  createUser,
  loginAsAdmin,
} from './support/scenario';

const CREATE_REQUEST = `mutation($input: CreateRequestInput!) { createRequest(input: $input) { id } }`;
const CREATE_OFFERING = `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`;
const UPDATE_CAPACITY = `mutation($input: UpdateCapacityInput!) { updateCapacity(input: $input) { id } }`;

let admin: string;
let staff: string;
let providerId: string;

beforeAll(async () => {
  admin = await loginAsAdmin();
  staff = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] })).token;
  providerId = (await createProvider(staff)).id;
});

describe('bad input is a clean BAD_USER_INPUT naming the field', () => {
  it.each([
    ['unknown postcode', { postcode: '9999' }, 'input.postcode'],
    ['malformed postcode', { postcode: 'abc' }, 'input.postcode'],
    ['unknown product', { productCode: 'NOPE' }, 'input.productCode'],
    ['unknown specialism', { specialisms: ['GGZ', 'NOPE'] }, 'input.specialisms.1'],
    ['unknown municipality', { municipalityCode: 'GM9999' }, 'input.municipalityCode'],
    ['injection as a string value', { postcode: '{"$gt": ""}' }, 'input.postcode'],
    [
      'oversized text',
      { strategicPartnerMismatch: 'x'.repeat(5000) },
      'input.strategicPartnerMismatch',
    ],
  ])('createRequest with %s', async (_, overrides, field) => {
    const error = onlyError(
      await graphql(CREATE_REQUEST, { input: aRequestInput(overrides) }, staff),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify(error)).not.toMatch(/stacktrace|at .*\.js/);
  });

  it('rejects a postcode outside the municipality of the request, on create and on update', async () => {
    // 1241 is Kortenhoef (Wijdemeren); the request is for Hilversum.
    const created = onlyError(
      await graphql(CREATE_REQUEST, { input: aRequestInput({ postcode: '1241' }) }, staff),
    );
    expect(created.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.postcode' });
    expect(created.message).toContain('niet in de gemeente Hilversum');
    const request = await graphql<{ createRequest: { id: string } }>(
      CREATE_REQUEST,
      { input: aRequestInput() },
      staff,
    );
    const moved = onlyError(
      await graphql(
        `
          mutation ($input: UpdateRequestInput!) {
            updateRequest(input: $input) {
              id
            }
          }
        `,
        { input: { requestId: request.data?.createRequest.id, postcode: '1241AB' } },
        staff,
      ),
    );
    expect(moved.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.postcode' });
  });

  it('rejects an object where a string belongs (NoSQL injection attempt)', async () => {
    const error = onlyError(
      await graphql(CREATE_REQUEST, { input: aRequestInput({ postcode: { $gt: '' } }) }, staff),
    );
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    const login = onlyError(
      await graphql(
        `
          mutation ($e: String!) {
            login(email: $e, password: "x") {
              accessToken
            }
          }
        `,
        {
          e: { $gt: '' },
        },
      ),
    );
    expect(login.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'e' });
  });

  it('rejects negative capacity, and more free places than places', async () => {
    const offering = await createOffering(staff, anOfferingInput(providerId));
    const negative = onlyError(
      await graphql(UPDATE_CAPACITY, { input: { offeringId: offering.id, freePlaces: -1 } }, admin),
    );
    expect(negative.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.freePlaces',
    });
    const tooMany = onlyError(
      await graphql(UPDATE_CAPACITY, { input: { offeringId: offering.id, freePlaces: 11 } }, admin),
    );
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.freePlaces' });
    const created = onlyError(
      await graphql(
        CREATE_OFFERING,
        { input: anOfferingInput(providerId, { totalPlaces: -3 }) },
        staff,
      ),
    );
    expect(created.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.totalPlaces',
    });
  });

  it('rejects an id that is no id, and reports an unknown one as NOT_FOUND', async () => {
    const bad = onlyError(
      await graphql(
        UPDATE_CAPACITY,
        { input: { offeringId: '{"$gt": ""}', freePlaces: 1 } },
        admin,
      ),
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.offeringId' });
    const missing = onlyError(
      await graphql(
        UPDATE_CAPACITY,
        { input: { offeringId: 'a'.repeat(24), freePlaces: 1 } },
        admin,
      ),
    );
    expect(missing.extensions?.code).toBe('NOT_FOUND');
  });

  it('treats text of only spaces as empty', async () => {
    const provider = onlyError(
      await graphql(
        `
          mutation ($input: CreateProviderInput!) {
            createProvider(input: $input) {
              id
            }
          }
        `,
        { input: { name: '     ', strategicPartner: false } },
        staff,
      ),
    );
    expect(provider.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    const request = onlyError(
      await graphql(
        CREATE_REQUEST,
        { input: aRequestInput({ strategicPartnerMismatch: '      ' }) },
        staff,
      ),
    );
    expect(request.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.strategicPartnerMismatch',
    });
  });

  it.each([
    ['a negative distance', { postcode: '1211', maxDistanceKm: -5 }, 'filter.maxDistanceKm'],
    ['an absurd distance', { postcode: '1211', maxDistanceKm: 1e300 }, 'filter.maxDistanceKm'],
    ['a 10 kB text', { text: 'x'.repeat(10_000) }, 'filter.text'],
    ['500 specialisms', { specialisms: Array(500).fill('GGZ') }, 'filter.specialisms'],
  ])('validates the search filter: %s', async (_, filter, field) => {
    const error = onlyError(
      await graphql(
        `
          query ($filter: OfferingSearchFilter) {
            searchOfferings(filter: $filter) {
              totalCount
            }
          }
        `,
        { filter },
        staff,
      ),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('validates the request and referral list filters', async () => {
    const requests = onlyError(
      await graphql(
        `
          query ($filter: RequestListFilter) {
            requests(filter: $filter) {
              totalCount
            }
          }
        `,
        { filter: { municipalityCode: 'GM'.repeat(500) } },
        staff,
      ),
    );
    expect(requests.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.municipalityCode',
    });
    const counts = onlyError(
      await graphql(
        `
          query ($filter: RequestListFilter) {
            requestStatusCounts(filter: $filter) {
              count
            }
          }
        `,
        { filter: { productCode: 'P'.repeat(500) } },
        staff,
      ),
    );
    expect(counts.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.productCode',
    });
    const referrals = onlyError(
      await graphql(
        `
          query ($filter: ReferralListFilter) {
            referrals(filter: $filter) {
              totalCount
            }
          }
        `,
        { filter: { statuses: Array(50).fill('PENDING') } },
        staff,
      ),
    );
    expect(referrals.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.statuses',
    });
  });

  it('answers a subscription sent over HTTP with a client error (it belongs on the WebSocket)', async () => {
    const result = await graphql(
      `
        subscription {
          shortlistUpdated(requestId: "000000000000000000000000") {
            revision
          }
        }
      `,
      {},
      staff,
    );
    expect(result.status).toBeLessThan(500);
    expect(onlyError(result).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses queries with too many aliases or tokens, with a client error', async () => {
    const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: products { code }`).join(' ');
    const tooManyAliases = await graphql(`{ ${aliases} }`);
    expect(tooManyAliases.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typenames = Array.from({ length: 600 }, (_, i) => `a${i}: __typename`).join(' ');
    const tooManyTypenames = await graphql(`{ ${typenames} }`);
    expect(tooManyTypenames.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const huge = `{ products { ${'code name '.repeat(2000)} } }`;
    const tooManyTokens = await graphql(huge);
    expect(tooManyTokens.errors?.[0]?.extensions?.code).toMatch(
      /^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/,
    );
    expect(tooManyTokens.status).toBeLessThan(500);
    const fine = await graphql(`
      {
        a: products {
          code
        }
        b: specialisms {
          code
        }
      }
    `);
    expect(fine.errors).toBeUndefined();
  });
});

describe('deny by default, ownership on the server', () => {
  it('answers UNAUTHENTICATED without a token and with a forged one', async () => {
    const none = onlyError(
      await graphql(`
        {
          searchOfferings {
            totalCount
          }
        }
      `),
    );
    expect(none.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = onlyError(
      await graphql(
        `
          {
            searchOfferings {
              totalCount
            }
          }
        `,
        {},
        'e30.e30.e30',
      ),
    );
    expect(forged.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("refuses a provider updating another provider's offering", async () => {
    const other = await createProvider(staff);
    const othersOffering = await createOffering(staff, anOfferingInput(other.id));
    const provider = await createUser(admin, { role: 'PROVIDER', providerId });
    const error = onlyError(
      await graphql(
        UPDATE_CAPACITY,
        { input: { offeringId: othersOffering.id, freePlaces: 1 } },
        provider.token,
      ),
    );
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const ownOffering = await createOffering(provider.token, anOfferingInput(providerId));
    const own = await graphql(
      UPDATE_CAPACITY,
      { input: { offeringId: ownOffering.id, freePlaces: 1 } },
      provider.token,
    );
    expect(own.errors).toBeUndefined();
  });

  it('lets staff change only offerings that serve one of their municipalities', async () => {
    const UPDATE_OFFERING = `mutation($input: UpdateOfferingInput!) { updateOffering(input: $input) { id maxTravelKm } }`;
    const inLaren = await createOffering(
      admin,
      anOfferingInput(providerId, { postcode: '1251', municipalitiesServed: ['GM0417'] }),
    );
    const refused = onlyError(
      await graphql(UPDATE_OFFERING, { input: { offeringId: inLaren.id, maxTravelKm: 5 } }, staff),
    );
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const inHilversum = await createOffering(admin, anOfferingInput(providerId));
    const changed = await graphql<{ updateOffering: { maxTravelKm: number } }>(
      UPDATE_OFFERING,
      { input: { offeringId: inHilversum.id, maxTravelKm: 5 } },
      staff,
    );
    expect(changed.data?.updateOffering.maxTravelKm).toBe(5);
    const byAdmin = await graphql(
      UPDATE_OFFERING,
      { input: { offeringId: inLaren.id, maxTravelKm: 5 } },
      admin,
    );
    expect(byAdmin.errors).toBeUndefined();
  });

  it('refuses roles an operation does not allow', async () => {
    const provider = await createUser(admin, { role: 'PROVIDER', providerId });
    const search = onlyError(
      await graphql(
        `
          {
            searchOfferings {
              totalCount
            }
          }
        `,
        {},
        provider.token,
      ),
    );
    expect(search.extensions?.code).toBe('FORBIDDEN');
    const create = onlyError(
      await graphql(CREATE_REQUEST, { input: aRequestInput() }, provider.token),
    );
    expect(create.extensions?.code).toBe('FORBIDDEN');
    const users = onlyError(
      await graphql(
        `
          mutation {
            createUser(input: { email: "x@test.local", password: "abcdefghijkl", role: ADMIN }) {
              id
            }
          }
        `,
        {},
        staff,
      ),
    );
    expect(users.extensions?.code).toBe('FORBIDDEN');
  });

  it("keeps staff out of another municipality's requests", async () => {
    const hilversum = staff;
    const huizen = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0406'] }))
      .token;
    const created = await graphql<{ createRequest: { id: string } }>(
      CREATE_REQUEST,
      { input: aRequestInput() },
      hilversum,
    );
    const id = created.data?.createRequest.id;
    const read = await graphql<{ request: unknown }>(
      `
        query ($id: ID!) {
          request(id: $id) {
            id
          }
        }
      `,
      { id },
      huizen,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.request).toBeNull();
    const list = await graphql<{ requests: { edges: { node: { id: string } }[] } }>(
      `
        {
          requests(first: 100) {
            edges {
              node {
                id
              }
            }
          }
        }
      `,
      {},
      huizen,
    );
    expect(list.data?.requests.edges.map((edge) => edge.node.id)).not.toContain(id);
    const forbidden = onlyError(await graphql(CREATE_REQUEST, { input: aRequestInput() }, huizen));
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('edits are validated like creation', () => {
  it('rejects bad fields in updateOffering and updateRequest, and edits of a closed request', async () => {
    const offering = await createOffering(staff, anOfferingInput(providerId));
    const badOffering = onlyError(
      await graphql(
        `
          mutation ($input: UpdateOfferingInput!) {
            updateOffering(input: $input) {
              id
            }
          }
        `,
        { input: { offeringId: offering.id, municipalitiesServed: [] } },
        staff,
      ),
    );
    expect(badOffering.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.municipalitiesServed',
    });
    const created = await graphql<{ createRequest: { id: string } }>(
      CREATE_REQUEST,
      { input: aRequestInput() },
      staff,
    );
    const requestId = created.data?.createRequest.id;
    const UPDATE = `mutation($input: UpdateRequestInput!) { updateRequest(input: $input) { id postcode } }`;
    const badPostcode = onlyError(
      await graphql(UPDATE, { input: { requestId, postcode: '0000' } }, staff),
    );
    expect(badPostcode.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.postcode',
    });
    const moved = await graphql<{ updateRequest: { postcode: string } }>(
      UPDATE,
      { input: { requestId, postcode: '1213 CD' } },
      staff,
    );
    expect(moved.data?.updateRequest.postcode).toBe('1213');
    await graphql(
      `
        mutation ($id: ID!) {
          closeRequest(id: $id) {
            status
          }
        }
      `,
      { id: requestId },
      staff,
    );
    const closed = onlyError(
      await graphql(UPDATE, { input: { requestId, urgency: 'URGENT' } }, staff),
    );
    expect(closed.extensions?.code).toBe('CONFLICT');
  });
});
