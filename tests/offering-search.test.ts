import { eventually } from './support/eventually';
import { graphql, graphqlOk, onlyError } from './support/graphql-client';
import {
  anOfferingInput,
  createOffering,
  createProvider,
  createRequest,
  createUser,
  loginAsAdmin,
} from './support/scenario';

interface SearchResult {
  searchOfferings: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        distanceKm: number | null;
        waitingWeeks: number;
        provider: { name: string };
        match: { passed: boolean; score: number | null; exclusion: string | null } | null;
      };
    }[];
  };
}

const SEARCH = `query($filter: OfferingSearchFilter, $sort: OfferingSort) {
  searchOfferings(filter: $filter, sort: $sort, first: 50) {
    totalCount
    edges { node { id distanceKm waitingWeeks provider { name } match { passed score exclusion } } }
  }
}`;

describe('searchOfferings judges offerings exactly as the shortlist does', () => {
  it('lists a request’s options in shortlist order with the same scores, and says why others fail', async () => {
    const admin = await loginAsAdmin();
    const staff = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM1696'] })).token;
    const near = await createProvider(staff, { name: 'Dichtbij Zorg' });
    const far = await createProvider(staff, { name: 'Verweg Zorg' });
    const base = {
      productCode: 'BEG_SPECIALISTISCH',
      specialisms: ['NAH'],
      municipalitiesServed: ['GM1696'],
      maxTravelKm: 40,
    };
    const offerings = await Promise.all([
      createOffering(
        staff,
        anOfferingInput(near.id, { ...base, postcode: '1241', waitingWeeks: 4 }),
      ),
      createOffering(
        staff,
        anOfferingInput(far.id, { ...base, postcode: '1211', waitingWeeks: 0 }),
      ),
      createOffering(staff, anOfferingInput(far.id, { ...base, postcode: '1231', freePlaces: 0 })),
    ]);
    const request = await createRequest(staff, {
      municipalityCode: 'GM1696',
      postcode: '1243',
      productCode: 'BEG_SPECIALISTISCH',
      specialisms: ['NAH'],
    });
    type Shortlist = {
      request: { shortlist: { options: { score: number; offering: { id: string } }[] } | null };
    };
    const shortlist = await eventually(
      () =>
        graphqlOk<Shortlist>(
          `query($id: ID!) { request(id: $id) { shortlist { options { score offering { id } } } } }`,
          { id: request.id },
          staff,
        ),
      (data) => (data.request.shortlist?.options.length ?? 0) === 2,
      { what: 'a shortlist with two options' },
    );

    const search = await graphqlOk<SearchResult>(
      SEARCH,
      { filter: { requestId: request.id } },
      staff,
    );
    const found = search.searchOfferings.edges.map(({ node }) => ({
      id: node.id,
      score: node.match?.score,
    }));
    const options = shortlist.request.shortlist?.options.map((o) => ({
      id: o.offering.id,
      score: o.score,
    }));
    expect(found).toEqual(options);

    const withExcluded = await graphqlOk<SearchResult>(
      SEARCH,
      { filter: { requestId: request.id, includeExcluded: true } },
      staff,
    );
    const full = withExcluded.searchOfferings.edges.find(
      ({ node }) => node.id === offerings[2]?.id,
    );
    expect(full?.node.match).toMatchObject({
      passed: false,
      exclusion: 'NO_FREE_PLACE',
      score: null,
    });
  });

  it('sorts by distance, waiting time and score, and finds providers by name', async () => {
    const admin = await loginAsAdmin();
    const staff = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0317'] })).token;
    const provider = await createProvider(staff, { name: 'Zoekbare Zorg Eemnes' });
    const base = {
      productCode: 'REABLEMENT',
      specialisms: [],
      municipalitiesServed: ['GM0317'],
      maxTravelKm: 40,
    };
    await createOffering(
      staff,
      anOfferingInput(provider.id, { ...base, postcode: '3755', waitingWeeks: 6 }),
    );
    await createOffering(
      staff,
      anOfferingInput(provider.id, { ...base, postcode: '1251', waitingWeeks: 1 }),
    );
    const filter = {
      productCode: 'REABLEMENT',
      municipalityCode: 'GM0317',
      postcode: '3755',
      text: 'zoekbare zorg',
    };

    const byDistance = await graphqlOk<SearchResult>(SEARCH, { filter, sort: 'DISTANCE' }, staff);
    const distances = byDistance.searchOfferings.edges.map(({ node }) => node.distanceKm ?? 0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(byDistance.searchOfferings.totalCount).toBe(2);

    const byWaiting = await graphqlOk<SearchResult>(
      SEARCH,
      { filter, sort: 'WAITING_TIME' },
      staff,
    );
    expect(byWaiting.searchOfferings.edges.map(({ node }) => node.waitingWeeks)).toEqual([1, 6]);

    const byScore = await graphqlOk<SearchResult>(SEARCH, { filter, sort: 'SCORE' }, staff);
    const scores = byScore.searchOfferings.edges.map(({ node }) => node.match?.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const none = await graphqlOk<SearchResult>(
      SEARCH,
      { filter: { ...filter, text: 'bestaat niet' } },
      staff,
    );
    expect(none.searchOfferings.totalCount).toBe(0);
  });

  it('keeps a search for another municipality’s request out of reach', async () => {
    const admin = await loginAsAdmin();
    const hilversum = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] }))
      .token;
    const laren = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0417'] })).token;
    const request = await createRequest(hilversum);
    const error = onlyError(await graphql(SEARCH, { filter: { requestId: request.id } }, laren));
    expect(error.extensions?.code).toBe('NOT_FOUND');
  });
});
