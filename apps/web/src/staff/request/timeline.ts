import type { ReferralStatus, Role } from '../../gql/schema-types';
import { REFERRAL_STATUS_LABELS, ROLE_LABELS } from '../../shared/labels';

export interface TransitionLike {
  readonly referralId: string;
  readonly from?: ReferralStatus | null;
  readonly to: ReferralStatus;
  readonly at: string;
  readonly actorName: string;
  readonly actorRole?: Role | null;
  readonly reason?: string | null;
}

export interface ReferralLike {
  readonly id: string;
  readonly offering?: { readonly provider: { readonly name: string } } | null;
}

export interface TimelineEntry {
  readonly key: string;
  readonly at: string;
  /** "Sanne de Vries (Consulent)", or "Systeem". */
  readonly who: string;
  /** "Zorg Noord: van ‘Wacht op antwoord’ naar ‘Ingetrokken’". */
  readonly what: string;
  readonly reason: string | null;
}

const UNKNOWN_PROVIDER = 'een aanbieder';

/** The referral history in words, oldest first, as the api gives it. */
export function timelineEntries(
  transitions: readonly TransitionLike[],
  referrals: readonly ReferralLike[],
): TimelineEntry[] {
  const providerOf = new Map(
    referrals.map((referral) => [referral.id, referral.offering?.provider.name]),
  );
  return transitions.map((transition, index) => {
    const provider = providerOf.get(transition.referralId) ?? UNKNOWN_PROVIDER;
    const to = REFERRAL_STATUS_LABELS[transition.to];
    return {
      key: `${transition.referralId}:${index}`,
      at: transition.at,
      who: transition.actorRole
        ? `${transition.actorName} (${ROLE_LABELS[transition.actorRole]})`
        : transition.actorName,
      what: transition.from
        ? `${provider}: van ‘${REFERRAL_STATUS_LABELS[transition.from]}’ naar ‘${to}’`
        : `Aangemeld bij ${provider} (${to.toLowerCase()})`,
      reason: transition.reason?.trim() || null,
    };
  });
}
