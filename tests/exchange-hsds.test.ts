import { exchangeObjectId } from '../libs/persistence/src/exchange-ids';
import { exchangeGet, hsdsImport } from './support/exchange-client';
import { eventually } from './support/eventually';
import { graphql, graphqlOk } from './support/graphql-client';
import { startPrivateStack, type PrivateStack } from './support/private-stack';
import {
  anOfferingInput,
  createOffering,
  loginAsAdmin,
  PASSWORD,
  unique,
} from './support/scenario';
import { testEnv } from './support/test-env';

interface HsdsView {
  organizations: { id: string; name: string }[];
  services: {
    id: string;
    organization_id: string;
    capacities: { available: number }[];
    x_wmo: { product_code: string };
  }[];
  locations: { id: string }[];
}

async function loginAt(apiUrl: string, email: string, password: string): Promise<string> {
  const result = await graphql<{ login: { accessToken: string } }>(
    `
      mutation ($email: String!, $password: String!) {
        login(email: $email, password: $password) {
          accessToken
        }
      }
    `,
    { email, password },
    undefined,
    apiUrl,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.login.accessToken;
}

async function exportAt(apiUrl: string, token: string): Promise<HsdsView> {
  const response = await exchangeGet('hsds', token, apiUrl);
  expect(response.status).toBe(200);
  return JSON.parse(response.text) as HsdsView;
}

/** A small social map with outside (UUID) ids, as another system would publish it. */
function aForeignMap(organizationName: string, available = 2) {
  const org = 'b6a1e0f4-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
  return {
    organizations: [{ id: org, name: organizationName, description: 'Buurtzorg' }],
    locations: [
      {
        id: 'loc-1',
        location_type: 'physical',
        addresses: [{ postal_code: '1215 AB', city: 'Hilversum', country: 'NL' }],
      },
    ],
    services: [
      {
        id: '7f0c9d2e-3b4a-4c5d-9e8f-1a2b3c4d5e6f',
        organization_id: org,
        name: 'Dagbesteding',
        status: 'active',
        service_areas: [{ name: 'Hilversum' }],
        service_at_locations: [{ location_id: 'loc-1' }],
        capacities: [{ available, maximum: 8 }],
        x_wmo: {
          product_code: 'DB_ARBEIDSMATIG',
          specialisms: [],
          financing: ['ZIN'],
          waiting_weeks: 0,
        },
      },
    ],
  };
}

describe('providers and offerings as Open Referral HSDS', () => {
  let fresh: PrivateStack;
  let freshAdmin: string;
  let sharedExport: HsdsView;

  beforeAll(async () => {
    // Something of this suite's own on the shared stack, with identifiers and two offerings.
    const admin = await loginAsAdmin();
    const provider = await graphqlOk<{ createProvider: { id: string } }>(
      `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }`,
      {
        input: {
          name: unique('Zorg HSDS'),
          strategicPartner: false,
          languages: ['nl', 'tr'],
          kvkNumber: '12345678',
          agbCode: '98007777',
        },
      },
      admin,
    );
    const providerId = provider.createProvider.id;
    await createOffering(admin, anOfferingInput(providerId, { maxTravelKm: null }));
    await createOffering(
      admin,
      anOfferingInput(providerId, {
        productCode: 'DB_MIDDEL_ZWAAR',
        specialisms: ['NAH', 'DEMENTIE'],
        municipalitiesServed: ['GM0402', 'GM0417', 'GM1696'],
        financing: ['ZIN', 'PGB'],
      }),
    );
    sharedExport = await exportAt(testEnv().apiUrl, admin);
    fresh = await startPrivateStack();
    const { appEnv } = testEnv();
    freshAdmin = await loginAt(
      fresh.apiUrl,
      appEnv.BOOTSTRAP_ADMIN_EMAIL ?? '',
      appEnv.BOOTSTRAP_ADMIN_PASSWORD ?? '',
    );
  }, 120_000);

  afterAll(async () => {
    await fresh?.stop();
  }, 30_000);

  it('exports this suite`s provider with its identifiers and both offerings', () => {
    const own = sharedExport.organizations.find((o) => o.name.startsWith('Zorg HSDS'));
    expect(own).toMatchObject({
      organization_identifiers: [
        expect.objectContaining({ identifier_scheme: 'NL-KVK', identifier: '12345678' }),
        expect.objectContaining({ identifier_scheme: 'NL-AGB', identifier: '98007777' }),
      ],
      x_wmo: { strategic_partner: false, languages: ['nl', 'tr'] },
    });
    const services = sharedExport.services.filter((s) => s.organization_id === own?.id);
    expect(services.map((s) => s.x_wmo.product_code).sort()).toEqual([
      'BEG_REGULIER',
      'DB_MIDDEL_ZWAAR',
    ]);
  });

  it('a dry run reports what an import would do and changes nothing', async () => {
    const { status, body } = await hsdsImport(sharedExport, freshAdmin, {
      apply: false,
      apiUrl: fresh.apiUrl,
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      dryRun: true,
      applied: false,
      organizations: { created: sharedExport.organizations.length, updated: 0, unchanged: 0 },
      services: { created: sharedExport.services.length, updated: 0, unchanged: 0 },
      rejected: [],
    });
    // Without the flag it is a dry run too: a forgotten flag changes nothing.
    const unflagged = await fetch(`${fresh.apiUrl}/exchange/hsds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${freshAdmin}` },
      body: JSON.stringify(sharedExport),
    });
    expect(await unflagged.json()).toMatchObject({ dryRun: true, applied: false });
    const after = await exportAt(fresh.apiUrl, freshAdmin);
    expect([after.organizations, after.services]).toEqual([[], []]);
  });

  it('takes a file of megabytes (the GraphQL API stops at 100 kB)', async () => {
    const big = aForeignMap('Groot bestand');
    big.organizations[0]!.description = 'x'.repeat(2_000_000);
    const { status, body } = await hsdsImport(big, freshAdmin, {
      apply: false,
      apiUrl: fresh.apiUrl,
    });
    expect([status, body.rejected, body.services.created]).toEqual([200, [], 1]);
  });

  it('round trip: import into a fresh platform, export again, the same document', async () => {
    // As if an earlier run stopped half-way: the organizations and half the services are there.
    const half = {
      ...sharedExport,
      services: sharedExport.services.slice(0, Math.ceil(sharedExport.services.length / 2)),
    };
    expect(
      (await hsdsImport(half, freshAdmin, { apply: true, apiUrl: fresh.apiUrl })).body,
    ).toMatchObject({ applied: true, rejected: [] });

    const { body } = await hsdsImport(sharedExport, freshAdmin, {
      apply: true,
      apiUrl: fresh.apiUrl,
    });
    expect(body).toMatchObject({
      applied: true,
      organizations: { created: 0, updated: 0, unchanged: sharedExport.organizations.length },
      services: {
        created: sharedExport.services.length - half.services.length,
        updated: 0,
        unchanged: half.services.length,
      },
    });
    expect(await exportAt(fresh.apiUrl, freshAdmin)).toEqual(sharedExport);

    const again = await hsdsImport(sharedExport, freshAdmin, {
      apply: true,
      apiUrl: fresh.apiUrl,
    });
    expect(again.body.services).toEqual({
      created: 0,
      updated: 0,
      unchanged: sharedExport.services.length,
    });
    expect(await exportAt(fresh.apiUrl, freshAdmin)).toEqual(sharedExport);
  });

  it('applies nothing when any record is rejected, and says why for each', async () => {
    const changed = JSON.parse(JSON.stringify(sharedExport)) as HsdsView;
    const [first, second] = changed.services;
    if (!first || !second) throw new Error('the shared export has fewer than two services');
    first.x_wmo.product_code = 'ONBEKEND';
    second.capacities[0]!.available = 0;
    const { status, body } = await hsdsImport(changed, freshAdmin, {
      apply: true,
      apiUrl: fresh.apiUrl,
    });
    expect(status).toBe(200);
    expect(body.applied).toBe(false);
    expect(body.rejected).toEqual([
      {
        kind: 'service',
        id: first.id,
        index: 0,
        reasons: ['Het product "ONBEKEND" bestaat niet.'],
      },
    ]);
    expect(await exportAt(fresh.apiUrl, freshAdmin)).toEqual(sharedExport);
  });

  it('keeps outside ids and announces imported offerings to matching', async () => {
    const staff = await createUserAt(fresh.apiUrl, freshAdmin, ['GM0402']);
    const request = await graphql<{ createRequest: { id: string } }>(
      `
        mutation ($input: CreateRequestInput!) {
          createRequest(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          municipalityCode: 'GM0402',
          postcode: '1211',
          productCode: 'DB_ARBEIDSMATIG',
          specialisms: [],
          urgency: 'SOON',
          strategicPartnerMismatch: 'Werkt liever in een kleine groep.',
        },
      },
      staff,
      fresh.apiUrl,
    );
    const requestId = request.data?.createRequest.id ?? '';
    const map = aForeignMap(unique('Buurtwerk'));
    expect(
      (await hsdsImport(map, freshAdmin, { apply: true, apiUrl: fresh.apiUrl })).body,
    ).toMatchObject({ applied: true, services: { created: 1 } });

    const offeringId = exchangeObjectId('offering', map.services[0]!.id);
    await eventually(
      () => shortlistAt(fresh.apiUrl, staff, requestId),
      (ids) => ids.includes(offeringId),
      { what: 'the imported offering on the shortlist' },
    );
    const exported = await exportAt(fresh.apiUrl, freshAdmin);
    expect(exported.services.map((s) => s.id)).toContain(map.services[0]!.id);
    expect(exported.organizations.map((o) => o.id)).toContain(map.organizations[0]!.id);

    // A newer report from the file without free places takes the offering off the shortlist.
    const full = aForeignMap(map.organizations[0]!.name, 0);
    full.services[0]!.capacities[0] = { available: 0, maximum: 8 };
    expect(
      (await hsdsImport(full, freshAdmin, { apply: true, apiUrl: fresh.apiUrl })).body,
    ).toMatchObject({ applied: true, services: { updated: 1 } });
    await eventually(
      () => shortlistAt(fresh.apiUrl, staff, requestId),
      (ids) => !ids.includes(offeringId),
      { what: 'the full offering off the shortlist' },
    );
  });

  it('lets only administrators export and import', async () => {
    const staff = await createUserAt(fresh.apiUrl, freshAdmin, ['GM0402']);
    expect((await exchangeGet('hsds', staff, fresh.apiUrl)).status).toBe(403);
    const refused = await hsdsImport(aForeignMap('Niet toegestaan'), staff, {
      apply: true,
      apiUrl: fresh.apiUrl,
    });
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    expect((await exchangeGet('hsds', undefined, fresh.apiUrl)).status).toBe(401);
    const names = (await exportAt(fresh.apiUrl, freshAdmin)).organizations.map((o) => o.name);
    expect(names).not.toContain('Niet toegestaan');
  });
});

async function createUserAt(apiUrl: string, admin: string, municipalityCodes: string[]) {
  const email = `${unique('staff')}@test.local`;
  const created = await graphql(
    `
      mutation ($input: CreateUserInput!) {
        createUser(input: $input) {
          id
        }
      }
    `,
    { input: { role: 'STAFF', municipalityCodes, email, password: PASSWORD } },
    admin,
    apiUrl,
  );
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  return loginAt(apiUrl, email, PASSWORD);
}

async function shortlistAt(apiUrl: string, token: string, requestId: string): Promise<string[]> {
  const result = await graphql<{
    request: { shortlist: { options: { offering: { id: string } | null }[] } | null } | null;
  }>(
    `
      query ($id: ID!) {
        request(id: $id) {
          shortlist {
            options {
              offering {
                id
              }
            }
          }
        }
      }
    `,
    { id: requestId },
    token,
    apiUrl,
  );
  return result.data?.request?.shortlist?.options.map((o) => o.offering?.id ?? '') ?? [];
}
