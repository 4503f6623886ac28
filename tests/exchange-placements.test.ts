import { backdateAnswer } from './support/backdate';
import { exchangeGet } from './support/exchange-client';
import { graphqlOk } from './support/graphql-client';
import { ok, respondToReferral, createReferral } from './support/referral-scenario';
import {
  anOfferingInput,
  createOffering,
  createRequest,
  createUser,
  loginAsAdmin,
  unique,
} from './support/scenario';

// Huizen: other suites place requests today; this suite's placements are moved into 2026's
// first months, so the export for that period holds exactly the rows computed here.
const HUIZEN = 'GM0406';
const HEADER =
  'gemeente;aanbieder;aanbiedernaam;clientreferentie;toewijzingnummer;productcategorie;' +
  'productcode;ingangsdatum;einddatum;volume;eenheid;frequentie;budget;redenwijziging';

interface Placed {
  referralId: string;
  reference: string;
}

async function placement(
  world: { staff: string; owner: string; providerId: string },
  productCode: string,
  acceptedAt: Date,
): Promise<Placed> {
  const offering = await createOffering(
    world.staff,
    anOfferingInput(world.providerId, {
      productCode,
      municipalitiesServed: [HUIZEN],
      postcode: '1271',
    }),
  );
  const request = await createRequest(world.staff, {
    municipalityCode: HUIZEN,
    postcode: '1271',
    productCode,
  });
  const referral = ok(await createReferral(world.staff, request.id, offering.id)).createReferral;
  ok(await respondToReferral(world.owner, referral.id, true));
  await backdateAnswer(referral.id, acceptedAt);
  return { referralId: referral.id, reference: request.reference };
}

describe('placements as iWmo toewijzingen', () => {
  let staff: { token: string };
  let providerName: string;
  let reablement: Placed;
  let guidance: Placed;

  beforeAll(async () => {
    const admin = await loginAsAdmin();
    staff = await createUser(admin, { role: 'STAFF', municipalityCodes: [HUIZEN] });
    providerName = unique('Zorg Huizen');
    const provider = await graphqlOk<{ createProvider: { id: string } }>(
      `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }`,
      { input: { name: providerName, strategicPartner: false, agbCode: '98001234' } },
      admin,
    );
    const providerId = provider.createProvider.id;
    const owner = await createUser(admin, { role: 'PROVIDER', providerId });
    const world = { staff: staff.token, owner: owner.token, providerId };
    reablement = await placement(world, 'REABLEMENT', new Date('2026-01-15T10:00:00Z'));
    // 22:30 UTC on 31 March is already 1 April in the Netherlands.
    guidance = await placement(world, 'BEG_REGULIER', new Date('2026-03-31T22:30:00Z'));
  });

  const row = (placed: Placed, rest: string) =>
    `0406;98001234;${providerName};${placed.reference};${placed.referralId};${rest};;;;;`;
  const reablementRow = () => row(reablement, '06;REABLEMENT;2026-01-15;2026-07-14');
  const guidanceRow = () => row(guidance, '02;BEG_REGULIER;2026-04-01;');

  it('writes the period as CSV with the iWmo field names, oldest placement first', async () => {
    const response = await exchangeGet(
      `placements?municipality=${HUIZEN}&from=2026-01-01&to=2026-04-30`,
      staff.token,
    );
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/^text\/csv/);
    expect(response.disposition).toBe(
      'attachment; filename="toewijzingen-2026-01-01-2026-04-30.csv"',
    );
    expect(response.text).toBe([HEADER, reablementRow(), guidanceRow(), ''].join('\r\n'));
  });

  it('takes the Dutch calendar date for the period bounds', async () => {
    const march = await exchangeGet('placements?from=2026-01-01&to=2026-03-31', staff.token);
    expect(march.text).toBe([HEADER, reablementRow(), ''].join('\r\n'));
    const april = await exchangeGet('placements?from=2026-04-01&to=2026-04-01', staff.token);
    expect(april.text).toBe([HEADER, guidanceRow(), ''].join('\r\n'));
  });

  it('gives the same rows as JSON', async () => {
    const response = await exchangeGet(
      `placements?municipality=${HUIZEN}&from=2026-01-01&to=2026-04-30&format=json`,
      staff.token,
    );
    const body = JSON.parse(response.text) as {
      iwmoRelease: string;
      gemeenten: string[];
      toewijzingen: Record<string, string>[];
    };
    expect(body.iwmoRelease).toBe('3.2');
    expect(body.gemeenten).toEqual([HUIZEN]);
    expect(body.toewijzingen).toEqual([
      expect.objectContaining({
        gemeente: '0406',
        aanbieder: '98001234',
        clientreferentie: reablement.reference,
        toewijzingnummer: reablement.referralId,
        productcategorie: '06',
        productcode: 'REABLEMENT',
        ingangsdatum: '2026-01-15',
        einddatum: '2026-07-14',
        volume: '',
      }),
      expect.objectContaining({
        toewijzingnummer: guidance.referralId,
        ingangsdatum: '2026-04-01',
        einddatum: '',
      }),
    ]);
  });

  it('shows a consultant only the placements of their own municipalities', async () => {
    const admin = await loginAsAdmin();
    const elsewhere = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
    const forbidden = await exchangeGet(
      `placements?municipality=${HUIZEN}&from=2026-01-01&to=2026-04-30`,
      elsewhere.token,
    );
    expect(forbidden.status).toBe(403);
    expect(JSON.parse(forbidden.text)).toMatchObject({ code: 'FORBIDDEN' });
    const own = await exchangeGet('placements?from=2026-01-01&to=2026-04-30', elsewhere.token);
    expect(own.text).not.toContain(reablement.reference);
    expect(own.text).not.toContain(guidance.reference);
    // An administrator sees every municipality.
    const all = await exchangeGet('placements?from=2026-01-01&to=2026-04-30', admin);
    expect(all.text).toContain(`${reablementRow()}\r\n`);
  });

  it('refuses providers, callers without a token and a wrong period', async () => {
    const admin = await loginAsAdmin();
    const provider = await graphqlOk<{ createProvider: { id: string } }>(
      `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }`,
      { input: { name: unique('Zorg'), strategicPartner: false } },
      admin,
    );
    const owner = await createUser(admin, {
      role: 'PROVIDER',
      providerId: provider.createProvider.id,
    });
    const period = 'from=2026-01-01&to=2026-04-30';
    expect((await exchangeGet(`placements?${period}`, owner.token)).status).toBe(403);
    expect((await exchangeGet(`placements?${period}`)).status).toBe(401);
    const backwards = await exchangeGet('placements?from=2026-04-30&to=2026-01-01', staff.token);
    expect(backwards.status).toBe(400);
    expect(JSON.parse(backwards.text)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const notADate = await exchangeGet('placements?from=2026-02-30&to=2026-03-01', staff.token);
    expect(JSON.parse(notADate.text)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});
