import { graphql, graphqlOk, onlyError } from './support/graphql-client';
import { eventually } from './support/eventually';
import { usePrivateStack } from './support/private-stack';
import { createReferral, ok, respondToReferral } from './support/referral-scenario';
import {
  anOfferingInput,
  createOffering,
  createProvider,
  createRequest,
  createUser,
  loginAsAdmin,
} from './support/scenario';

/**
 * Coverage and demand on a small region of this file's own (a private stack, so no other
 * suite's requests are counted), every figure computed by hand from the data below.
 *
 * Hilversum (GM0402), offerings of one provider, all at PC4 1211:
 *   O1 BEG_REGULIER {GGZ}       2 free
 *   O2 BEG_REGULIER {GGZ, LVB}  0 free, 4 weeks waiting
 *   O3 DB_LICHT {DEMENTIE}      5 free
 * Open requests (PC4 1215): 12 × BEG_REGULIER {GGZ} → only O1 (O2 is full) = 1 option each;
 * 2 × BEG_REGULIER {LVB}, waiting list accepted → only O2's waiting list; 1 × HBH → nothing.
 * Huizen (GM0406): 1 × BEG_REGULIER {GGZ}, which O1 does not serve → nothing.
 * DB_LICHT {DEMENTIE} referred to O3: one accepted (placed), two declined ("Groep is vol")
 * and reopened without O3, one that expires and reopens with O3 as its one option.
 */
describe('coverage and demand pressure', () => {
  usePrivateStack({ HOLD_DURATION_SECONDS: '6' });

  let admin: string;
  let policyHilversum: string;
  let provider: string;
  let offerings: { o1: string; o2: string; o3: string };
  let referredRequest: string;
  let staff: string;

  beforeAll(async () => {
    admin = await loginAsAdmin();
    const { id: providerId } = await createProvider(admin);
    provider = (await createUser(admin, { role: 'PROVIDER', providerId })).token;
    policyHilversum = (await createUser(admin, { role: 'POLICY', municipalityCodes: ['GM0402'] }))
      .token;
    staff = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402', 'GM0406'] }))
      .token;
    const at1211 = { postcode: '1211', municipalitiesServed: ['GM0402'], maxTravelKm: 20 };
    offerings = {
      o1: (
        await createOffering(
          admin,
          anOfferingInput(providerId, { ...at1211, specialisms: ['GGZ'], freePlaces: 2 }),
        )
      ).id,
      o2: (
        await createOffering(
          admin,
          anOfferingInput(providerId, {
            ...at1211,
            specialisms: ['GGZ', 'LVB'],
            freePlaces: 0,
            waitingWeeks: 4,
          }),
        )
      ).id,
      o3: (
        await createOffering(
          admin,
          anOfferingInput(providerId, {
            ...at1211,
            productCode: 'DB_LICHT',
            specialisms: ['DEMENTIE'],
            freePlaces: 5,
          }),
        )
      ).id,
    };
    const inHilversum = { municipalityCode: 'GM0402', postcode: '1215' };
    for (let index = 0; index < 12; index++) {
      await createRequest(staff, { ...inHilversum, specialisms: ['GGZ'] });
    }
    for (let index = 0; index < 2; index++) {
      await createRequest(staff, {
        ...inHilversum,
        specialisms: ['LVB'],
        acceptsWaitingList: true,
      });
    }
    await createRequest(staff, { ...inHilversum, productCode: 'HBH', specialisms: [] });
    await createRequest(staff, { municipalityCode: 'GM0406', postcode: '1271' });

    const dayCare = { ...inHilversum, productCode: 'DB_LICHT', specialisms: ['DEMENTIE'] };
    const referred = [];
    for (let index = 0; index < 4; index++) {
      const request = await createRequest(staff, dayCare);
      referred.push(ok(await createReferral(staff, request.id, offerings.o3)).createReferral);
      if (index === 3) referredRequest = request.id;
    }
    const [placed, declined1, declined2, expiring] = referred;
    ok(await respondToReferral(provider, placed?.id ?? '', true));
    ok(await respondToReferral(provider, declined1?.id ?? '', false, 'Groep is vol'));
    ok(await respondToReferral(provider, declined2?.id ?? '', false, 'groep is  vol'));
    await eventually(
      () =>
        graphqlOk<{ request: { status: string } }>(
          'query($id: ID!) { request(id: $id) { status } }',
          { id: expiring ? referredRequest : '' },
          staff,
        ),
      (data) => data.request.status === 'OPEN',
      { timeoutMs: 30_000, what: 'the last hold to expire' },
    );
  }, 90_000);

  const REPORT = `query($m: [String!]) { coverageReport(municipalityCodes: $m) {
    municipalityCodes minGroupSize suppressedPostcodeGroups
    byProduct { productCode open noOption fewerThanThree waitingListOnly }
    rows { productCode targetGroup municipalityCode open noOption fewerThanThree waitingListOnly }
    postcodeRows { productCode targetGroup municipalityCode postcode open noOption fewerThanThree waitingListOnly }
    placementTimes { productCode placements medianDays p90Days }
    outcomes { outcome reason count }
  } }`;

  interface Report {
    municipalityCodes: string[];
    minGroupSize: number;
    suppressedPostcodeGroups: number;
    byProduct: Record<string, unknown>[];
    rows: Record<string, unknown>[];
    postcodeRows: Record<string, unknown>[];
    placementTimes: { productCode: string; placements: number; medianDays: number }[];
    outcomes: Record<string, unknown>[];
  }

  const counts = (open: number, noOption: number, fewerThanThree: number, waitingList: number) => ({
    open,
    noOption,
    fewerThanThree,
    waitingListOnly: waitingList,
  });

  it("shows a municipality's policy maker its gaps, by product, target group and PC4", async () => {
    const { coverageReport: report } = await graphqlOk<{ coverageReport: Report }>(
      REPORT,
      {},
      policyHilversum,
    );
    expect(report.municipalityCodes).toEqual(['GM0402']);
    expect(report.byProduct).toEqual([
      { productCode: 'BEG_REGULIER', ...counts(14, 0, 14, 2) },
      { productCode: 'DB_LICHT', ...counts(3, 2, 3, 0) },
      { productCode: 'HBH', ...counts(1, 1, 1, 0) },
    ]);
    const inHilversum = { municipalityCode: 'GM0402' };
    expect(report.rows).toEqual([
      { productCode: 'BEG_REGULIER', targetGroup: 'GGZ', ...inHilversum, ...counts(12, 0, 12, 0) },
      { productCode: 'BEG_REGULIER', targetGroup: 'LVB', ...inHilversum, ...counts(2, 0, 2, 2) },
      { productCode: 'DB_LICHT', targetGroup: 'DEMENTIE', ...inHilversum, ...counts(3, 2, 3, 0) },
      { productCode: 'HBH', targetGroup: null, ...inHilversum, ...counts(1, 1, 1, 0) },
    ]);
    // Only the group of 12 reaches k = 10; the groups of 2, 3 and 1 stay hidden.
    expect(report.minGroupSize).toBe(10);
    expect(report.postcodeRows).toEqual([
      {
        productCode: 'BEG_REGULIER',
        targetGroup: 'GGZ',
        ...inHilversum,
        postcode: '1215',
        ...counts(12, 0, 12, 0),
      },
    ]);
    expect(report.suppressedPostcodeGroups).toBe(3);
    expect(report.placementTimes).toEqual([
      { productCode: 'DB_LICHT', placements: 1, medianDays: 0, p90Days: 0 },
    ]);
    // Two declines with the same reason: fewer than 10, so counted without their text.
    expect(report.outcomes).toEqual([
      { outcome: 'DECLINED', reason: null, count: 2 },
      { outcome: 'EXPIRED', reason: null, count: 1 },
    ]);
  });

  it('shows an administrator every municipality, and a policy maker none but its own', async () => {
    const { coverageReport: all } = await graphqlOk<{ coverageReport: Report }>(
      REPORT,
      { m: ['GM0402', 'GM0406'] },
      admin,
    );
    expect(all.rows).toContainEqual({
      productCode: 'BEG_REGULIER',
      targetGroup: 'GGZ',
      municipalityCode: 'GM0406',
      ...counts(1, 1, 1, 0),
    });
    const other = await graphql(REPORT, { m: ['GM0406'] }, policyHilversum);
    expect(onlyError(other).extensions?.code).toBe('FORBIDDEN');
  });

  it('never lets a policy maker see a single resident', async () => {
    const probes: [string, Record<string, unknown>][] = [
      ['{ requests(first: 5) { edges { node { reference } } } }', {}],
      ['query($id: ID!) { request(id: $id) { reference } }', { id: referredRequest }],
      ['{ requestStatusCounts { status count } }', {}],
      ['{ referrals(first: 5) { edges { node { id } } } }', {}],
      [
        'query($f: OfferingSearchFilter) { searchOfferings(filter: $f) { edges { node { id } } } }',
        { f: { requestId: referredRequest } },
      ],
      [
        'mutation($id: ID!) { createResidentLink(requestId: $id) { url } }',
        { id: referredRequest },
      ],
      ['{ users(first: 5) { edges { node { email } } } }', {}],
      ['query($id: ID!) { offering(id: $id) { id } }', { id: offerings.o1 }],
      ['{ myOfferingDemand { offeringId } }', {}],
      ['mutation { takeCoverageSnapshot }', {}],
    ];
    for (const [query, variables] of probes) {
      const result = await graphql(query, variables, policyHilversum);
      const code = result.errors?.[0]?.extensions?.code;
      expect({ query, code }).toEqual({
        query,
        code: 'FORBIDDEN',
      });
    }
  });

  it('tells a provider how many open requests each offering would serve and is shown to', async () => {
    const { myOfferingDemand } = await graphqlOk<{
      myOfferingDemand: {
        offeringId: string;
        wouldServe: number;
        shownTo: number;
        waitingOnCapacity: number;
      }[];
    }>('{ myOfferingDemand { offeringId wouldServe shownTo waitingOnCapacity } }', {}, provider);
    const byId = new Map(myOfferingDemand.map((row) => [row.offeringId, row]));
    // O1 fits the 12 GGZ requests of Hilversum (not Huizen's, not LVB's) and is shown to them.
    expect(byId.get(offerings.o1)).toMatchObject({
      wouldServe: 12,
      shownTo: 12,
      waitingOnCapacity: 0,
    });
    // O2 would fit all 14 with a place; it is shown (waiting list) to the 2 that accept one.
    expect(byId.get(offerings.o2)).toMatchObject({
      wouldServe: 14,
      shownTo: 2,
      waitingOnCapacity: 14,
    });
    // O3: the expired request only; the two that were declined leave it out for good.
    expect(byId.get(offerings.o3)).toMatchObject({
      wouldServe: 1,
      shownTo: 1,
      waitingOnCapacity: 0,
    });
  });

  it('keeps a daily snapshot that the series shows, one per day', async () => {
    const SERIES = `query($d: Int) { coverageSeries(days: $d) { day productCode open noOption fewerThanThree waitingListOnly } }`;
    expect(await graphqlOk(SERIES, { d: 7 }, policyHilversum)).toEqual({ coverageSeries: [] });
    await graphqlOk('mutation { takeCoverageSnapshot }', {}, admin);
    const { coverageSeries } = await eventually(
      () =>
        graphqlOk<{ coverageSeries: Record<string, unknown>[] }>(SERIES, { d: 7 }, policyHilversum),
      (data) => data.coverageSeries.length > 0,
      { timeoutMs: 30_000, what: "today's snapshot" },
    );
    const day = coverageSeries[0]?.day;
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(coverageSeries).toEqual([
      { day, productCode: 'BEG_REGULIER', ...counts(14, 0, 14, 2) },
      { day, productCode: 'DB_LICHT', ...counts(3, 2, 3, 0) },
      { day, productCode: 'HBH', ...counts(1, 1, 1, 0) },
    ]);
    const { coverageSeries: regional } = await graphqlOk<{ coverageSeries: unknown[] }>(
      SERIES,
      { d: 7 },
      admin,
    );
    expect(regional).toContainEqual({ day, productCode: 'BEG_REGULIER', ...counts(15, 1, 15, 2) });

    // A second run on the same day keeps the day's first snapshot, whatever changed since.
    await createRequest(staff, {
      municipalityCode: 'GM0402',
      postcode: '1215',
      productCode: 'HBH',
    });
    await graphqlOk('mutation { takeCoverageSnapshot }', {}, admin);
    await eventually(
      () =>
        graphqlOk<{ matchingStatus: { pending: number } }>(
          '{ matchingStatus { pending } }',
          {},
          admin,
        ),
      (data) => data.matchingStatus.pending === 0,
      { timeoutMs: 30_000, what: 'the second snapshot job to finish' },
    );
    const { coverageReport } = await graphqlOk<{ coverageReport: Report }>(
      REPORT,
      {},
      policyHilversum,
    );
    expect(coverageReport.byProduct).toContainEqual({ productCode: 'HBH', ...counts(2, 2, 2, 0) });
    expect(await graphqlOk(SERIES, { d: 7 }, policyHilversum)).toEqual({ coverageSeries });
  });
});
