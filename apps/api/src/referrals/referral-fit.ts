import {
  DEFAULT_MATCHING_POLICY,
  evaluateOffering,
  exclusionLabel,
  InvalidInputError,
  type Offering,
  type Provider,
  type SupportRequest,
} from '@wmo/domain';
import { toMatchableOffering, toMatchableRequest } from '@wmo/matching';

/**
 * A referral may go to any offering that passes the request's hard filters, on the shortlist
 * or not. Free places are left out here: the held places decide those, race-free.
 */
export function assertOfferingFits(
  request: SupportRequest,
  offering: Offering,
  provider: Provider,
  now: Date,
): void {
  const matchable = { ...toMatchableOffering(offering, provider), freePlaces: 1, heldPlaces: 0 };
  const evaluation = evaluateOffering(
    toMatchableRequest(request),
    matchable,
    DEFAULT_MATCHING_POLICY,
    now,
  );
  if (evaluation.passed) return;
  const label = exclusionLabel(evaluation.exclusion);
  throw new InvalidInputError(
    'offeringId',
    `Dit aanbod past niet bij deze hulpvraag: ${label.charAt(0).toLowerCase()}${label.slice(1)}.`,
  );
}
