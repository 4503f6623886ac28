import type { Referral } from '@wmo/domain';
import type { OfferingChangedJob, PolicyChangedJob, RequestChangedJob } from './job-payloads';

/**
 * What matching must hear of after a stored change: one of these per change, recorded in the
 * outbox with the change and delivered to Redis (stream entry and job) at least once.
 */
export type Announcement =
  | { readonly kind: 'offering-changed'; readonly job: Omit<OfferingChangedJob, 'streamId'> }
  | { readonly kind: 'request-changed'; readonly job: RequestChangedJob }
  | { readonly kind: 'policy-changed'; readonly job: PolicyChangedJob };

const KINDS: ReadonlySet<string> = new Set([
  'offering-changed',
  'request-changed',
  'policy-changed',
]);

export function encodeAnnouncements(announcements: readonly Announcement[]): string {
  return JSON.stringify(announcements);
}

/** Reads an outbox entry's body; anything it cannot read is left out. */
export function decodeAnnouncements(body: string): Announcement[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (item): item is Announcement =>
      typeof item === 'object' &&
      item !== null &&
      KINDS.has((item as { kind?: unknown }).kind as string) &&
      typeof (item as { job?: unknown }).job === 'object',
  );
}

/**
 * A request written by staff or its resident: created, or changed in any field (status,
 * preference). Every write to a request is announced, since the api's request caches follow the
 * stream too.
 */
export function requestChanged(
  requestId: string,
  kind: 'REQUEST_CREATED' | 'REQUEST_CHANGED',
): Announcement[] {
  return [{ kind: 'request-changed', job: { requestId, cause: { kind } } }];
}

/**
 * A referral step changes the held places of its offering and the request: opened, it is
 * REFERRED (still matched, but the api's request caches follow the stream); decided, it is
 * placed (no longer active) or open again (perhaps without that offering).
 */
export function referralAnnouncements(
  referral: Pick<Referral, 'id' | 'offeringId' | 'requestId'>,
): Announcement[] {
  const offering: Announcement = {
    kind: 'offering-changed',
    job: {
      offeringId: referral.offeringId,
      cause: { kind: 'REFERRAL_CHANGED', offeringId: referral.offeringId, referralId: referral.id },
    },
  };
  return [
    offering,
    {
      kind: 'request-changed',
      job: {
        requestId: referral.requestId,
        cause: { kind: 'REFERRAL_CHANGED', referralId: referral.id },
      },
    },
  ];
}
