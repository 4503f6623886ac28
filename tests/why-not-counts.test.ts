import { eventually } from './support/eventually';
import {
  allOfferings,
  comparableComputed,
  comparableStored,
  rankFromScratch,
  requestWithShortlist,
} from './support/from-scratch';
import { graphqlOk } from './support/graphql-client';
import { usePrivateStack } from './support/private-stack';
import {
  aPrivateLanguages,
  anOfferingInput,
  createOffering,
  createProvider,
  createRequest,
  createUser,
  loginAsAdmin,
  updateCapacity,
} from './support/scenario';

const STATUS = `{ matchingStatus { pending failed } }`;

async function drained(admin: string): Promise<void> {
  await eventually(
    () => graphqlOk<{ matchingStatus: { pending: number } }>(STATUS, {}, admin),
    ({ matchingStatus }) => matchingStatus.pending === 0,
    { timeoutMs: 60_000, intervalMs: 200, what: 'the matching queue to drain' },
  );
}

const counted = (shortlist: { exclusions: { code: string; count: number }[] } | null) =>
  Object.fromEntries(
    (shortlist?.exclusions ?? []).filter((e) => e.count > 0).map((e) => [e.code, e.count]),
  );

/**
 * A revision holds what a person sees; the "why not" counts are counted when read. So a change
 * that moves only a count stores no revision, and the counts read are still those of a ranking
 * from scratch against the offerings as they are now.
 */
describe('"why not" counts, counted when read', () => {
  usePrivateStack();

  it('follow a change that moves only a count, without a new revision', async () => {
    const admin = await loginAsAdmin();
    const staff = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] })).token;
    const languages = aPrivateLanguages();
    const speaking = await createProvider(staff, { languages: ['nl', ...languages] });
    const silent = await createProvider(staff, { languages: ['nl'] });
    const shown = await createOffering(staff, anOfferingInput(speaking.id, { freePlaces: 2 }));
    // Fails LANGUAGE while it has a place, NO_FREE_PLACE (an earlier filter) once it has none.
    const other = await createOffering(staff, anOfferingInput(silent.id, { freePlaces: 2 }));
    const request = await createRequest(staff, { postcode: '1215', requiredLanguages: languages });
    await drained(admin);
    const first = await eventually(
      () => requestWithShortlist(staff, request.id),
      (read) => (read.shortlist?.options.length ?? 0) === 1,
      { timeoutMs: 30_000, what: 'the first shortlist' },
    );
    expect(first.shortlist?.options[0]?.offering?.id).toBe(shown.id);
    const before = counted(first.shortlist);
    expect(before.LANGUAGE).toBeGreaterThanOrEqual(1);

    await updateCapacity(admin, other.id, 0);
    await drained(admin);
    const after = await requestWithShortlist(staff, request.id);
    expect(after.shortlist?.revision).toBe(first.shortlist?.revision);
    expect(counted(after.shortlist)).toEqual({
      ...before,
      LANGUAGE: (before.LANGUAGE ?? 0) - 1 || undefined,
      NO_FREE_PLACE: (before.NO_FREE_PLACE ?? 0) + 1,
    });
    const offerings = await allOfferings(admin, 'BEG_REGULIER');
    expect(comparableStored(after.shortlist)).toEqual(
      comparableComputed(rankFromScratch(after, offerings)),
    );
  });

  it('come with a new revision when what a person sees changes', async () => {
    const admin = await loginAsAdmin();
    const staff = (await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] })).token;
    const languages = aPrivateLanguages();
    const provider = await createProvider(staff, { languages: ['nl', ...languages] });
    const offering = await createOffering(staff, anOfferingInput(provider.id, { freePlaces: 3 }));
    const request = await createRequest(staff, { postcode: '1215', requiredLanguages: languages });
    await drained(admin);
    const first = await eventually(
      () => requestWithShortlist(staff, request.id),
      (read) => (read.shortlist?.options.length ?? 0) === 1,
      { timeoutMs: 30_000, what: 'the first shortlist' },
    );
    await updateCapacity(admin, offering.id, 0);
    await drained(admin);
    const after = await requestWithShortlist(staff, request.id);
    expect(after.shortlist?.revision).toBeGreaterThan(first.shortlist?.revision ?? Infinity);
    expect(after.shortlist?.options).toEqual([]);
    expect(comparableStored(after.shortlist)).toEqual(
      comparableComputed(rankFromScratch(after, await allOfferings(admin, 'BEG_REGULIER'))),
    );
  });
});
