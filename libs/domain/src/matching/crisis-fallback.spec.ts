import {
  crisisWaitingListRequest,
  fallsBackToWaitingList,
  mayBeShortlisted,
  mayFallBackToWaitingList,
  requestAsJudged,
} from './crisis-fallback';
import { evaluateOffering } from './evaluate-offering';
import type { MatchableOffering, MatchableRequest } from './matching.types';
import { anOffering, aPolicy, aRequest, TEST_NOW } from './testing/factories';

const policy = aPolicy();
const passes = (request: MatchableRequest, offering: MatchableOffering) =>
  evaluateOffering(request, offering, policy, TEST_NOW).passed;
const full = (overrides: Partial<MatchableOffering> = {}) =>
  anOffering({ freePlaces: 1, heldPlaces: 1, ...overrides });

describe('the CRISIS waiting-list fallback', () => {
  it('can apply only to a CRISIS request whose resident did not accept a waiting list', () => {
    expect(mayFallBackToWaitingList(aRequest({ urgency: 'CRISIS' }))).toBe(true);
    expect(mayFallBackToWaitingList(aRequest({ urgency: 'URGENT' }))).toBe(false);
    expect(
      mayFallBackToWaitingList(aRequest({ urgency: 'CRISIS', acceptsWaitingList: true })),
    ).toBe(false);
  });

  it('widens the request to a waiting list and keeps the longest acceptable wait', () => {
    const request = aRequest({ urgency: 'CRISIS', maxWaitingWeeks: 4 });
    expect(crisisWaitingListRequest(request)).toEqual({
      ...request,
      acceptsWaitingList: true,
      maxWaitingWeeks: 4,
    });
  });

  it('falls back only when nothing passes as asked and the waiting list finds something', () => {
    const crisis = aRequest({ urgency: 'CRISIS' });
    expect(fallsBackToWaitingList(crisis, 0, () => 2)).toBe(true);
    expect(fallsBackToWaitingList(crisis, 0, () => 0)).toBe(false);
    expect(fallsBackToWaitingList(crisis, 1, () => 2)).toBe(false);
    expect(fallsBackToWaitingList(aRequest({ urgency: 'SOON' }), 0, () => 2)).toBe(false);
  });

  it('does not count the waiting-list pass when a place is free', () => {
    const widenedPass = jest.fn(() => 1);
    fallsBackToWaitingList(aRequest({ urgency: 'CRISIS' }), 3, widenedPass);
    expect(widenedPass).not.toHaveBeenCalled();
  });

  it('judges a CRISIS request as accepting a waiting list when every offering is full', () => {
    const crisis = aRequest({ urgency: 'CRISIS' });
    expect(requestAsJudged(crisis, [full(), full()], passes)).toEqual(
      crisisWaitingListRequest(crisis),
    );
  });

  it('judges the request as asked when one offering has a place', () => {
    const crisis = aRequest({ urgency: 'CRISIS' });
    expect(requestAsJudged(crisis, [full(), anOffering()], passes)).toBe(crisis);
  });

  it('judges the request as asked when even the waiting lists are too long', () => {
    const crisis = aRequest({ urgency: 'CRISIS', maxWaitingWeeks: 2 });
    expect(requestAsJudged(crisis, [full({ waitingWeeks: 8 })], passes)).toBe(crisis);
  });

  it('judges other requests as asked whatever the offerings', () => {
    const routine = aRequest({ urgency: 'ROUTINE' });
    expect(requestAsJudged(routine, [full()], passes)).toBe(routine);
  });

  it('lets an offering without a free place reach only a shortlist that may fall back', () => {
    const crisis = aRequest({ urgency: 'CRISIS' });
    expect(mayBeShortlisted(crisis, 'NO_FREE_PLACE')).toBe(true);
    expect(mayBeShortlisted(crisis, 'FINANCING')).toBe(false);
    expect(mayBeShortlisted(aRequest(), 'NO_FREE_PLACE')).toBe(false);
    expect(mayBeShortlisted(aRequest(), 'PASSES')).toBe(true);
    expect(
      mayBeShortlisted(aRequest({ urgency: 'CRISIS', acceptsWaitingList: true }), 'NO_FREE_PLACE'),
    ).toBe(false);
  });
});
