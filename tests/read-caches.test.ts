import { eventually } from './support/eventually';
import { graphql, graphqlOk } from './support/graphql-client';
import { startExtraApi } from './support/extra-api';
import { createReferral } from './support/referral-scenario';
import { createResidentLink } from './support/resident-links';
import { aPrivateMarket, offeringIds, shortlistOf, updateCapacity } from './support/scenario';

const REQUEST = `query($id: ID!) { request(id: $id) { id urgency maxDistanceKm status } }`;
const UPDATE = `mutation($input: UpdateRequestInput!) { updateRequest(input: $input) { id } }`;
const CLOSE = `mutation($id: ID!) { closeRequest(id: $id) { id } }`;
const STATUS = `query($id: ID!) { request(id: $id) { status preferredOfferingId } }`;
const CHOOSE = `mutation($o: ID!) { choosePreference(offeringId: $o) { id } }`;

interface RequestView {
  readonly id: string;
  readonly urgency: string;
  readonly maxDistanceKm: number | null;
  readonly status: string;
}

/**
 * The api's read caches (README "Caches") never show a person an older request than their
 * own last change, and a burst of capacity writes never answers an error.
 */
describe('read caches and writes under a burst', () => {
  it("shows a staff member's change in their very next read, every time", async () => {
    const { staff, request } = await aPrivateMarket(2);
    const read = async () =>
      (await graphqlOk<{ request: RequestView }>(REQUEST, { id: request.id }, staff.token)).request;
    expect((await read()).urgency).toBe('SOON');
    await read(); // now held in memory
    for (const [urgency, maxDistanceKm] of [
      ['URGENT', 7],
      ['CRISIS', 12],
      ['ROUTINE', 3],
    ] as const) {
      await graphqlOk(
        UPDATE,
        { input: { requestId: request.id, urgency, maxDistanceKm } },
        staff.token,
      );
      expect(await read()).toMatchObject({ urgency, maxDistanceKm });
    }
    await graphqlOk(CLOSE, { id: request.id }, staff.token);
    expect((await read()).status).toBe('CLOSED');
  });

  it('answers every one of 100 capacity updates sent at once', async () => {
    const { owner, offering } = await aPrivateMarket(5);
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, index) =>
        updateCapacity(owner.token, offering.id, index % 7),
      ),
    );
    const failed = results.flatMap((result) =>
      result.status === 'rejected' ? [String(result.reason)] : [],
    );
    expect(failed).toEqual([]);
  });

  it('shows in another api process every change made through this one', async () => {
    // Each api process has its own caches; the change streams are what they share.
    const other = await startExtraApi();
    try {
      const { staff, offering, request } = await aPrivateMarket(2);
      await eventually(
        () => shortlistOf(staff.token, request.id),
        (shortlist) => offeringIds(shortlist).includes(offering.id),
        { what: 'the offering in the shortlist' },
      );
      const readThere = async () => {
        const answer = await graphql<{
          request: { status: string; preferredOfferingId: string | null };
        }>(STATUS, { id: request.id }, staff.token, other.url);
        if (!answer.data) throw new Error(JSON.stringify(answer.errors));
        return answer.data.request;
      };
      expect(await readThere()).toEqual({ status: 'OPEN', preferredOfferingId: null });
      await readThere(); // now held in the other process's memory

      // A resident's preference, then a referral: both written through the main api.
      const { token } = await createResidentLink(staff.token, request.id);
      await graphqlOk(CHOOSE, { o: offering.id }, token);
      expect(await readThere()).toEqual({ status: 'OPEN', preferredOfferingId: offering.id });
      const referral = await createReferral(staff.token, request.id, offering.id);
      expect(referral.errors).toBeUndefined();
      expect((await readThere()).status).toBe('REFERRED');
    } finally {
      await other.stop();
    }
  });
});
