import type { NotificationAudience, NotificationEvent } from './notification';

const HOUR_MS = 60 * 60 * 1000;

/** Providers are reminded once a hold has less than this left. */
export const HOLD_ENDING_NOTICE_MS = 24 * HOUR_MS;

/**
 * Who is told of an event. Providers: every user of the provider (any of them may answer).
 * Staff: the consultant who sent the referral (its outcome) or registered the request (the
 * resident's preference) — the person who follows it, not every colleague of the municipality.
 */
export function audienceOf(event: NotificationEvent): NotificationAudience {
  switch (event.kind) {
    case 'REFERRAL_RECEIVED':
    case 'HOLD_ENDING':
    case 'REFERRAL_WITHDRAWN':
    case 'CAPACITY_STALE':
      return { providerId: event.providerId };
    case 'REFERRAL_ACCEPTED':
    case 'REFERRAL_DECLINED':
    case 'REFERRAL_EXPIRED':
    case 'PREFERENCE_CHOSEN':
      return { userId: event.consultantUserId };
  }
}

/**
 * One key per event, the same however often it is reported: a retried step, a sweep that looks
 * again, or a follow-up after a crash stores the notification once.
 */
export function eventKeyOf(event: NotificationEvent): string {
  switch (event.kind) {
    case 'REFERRAL_RECEIVED':
    case 'HOLD_ENDING':
    case 'REFERRAL_WITHDRAWN':
    case 'REFERRAL_ACCEPTED':
    case 'REFERRAL_DECLINED':
    case 'REFERRAL_EXPIRED':
      return `${event.kind}:${event.referralId}`;
    case 'PREFERENCE_CHOSEN':
      return `${event.kind}:${event.requestId}:${event.chosenAt.getTime()}`;
    case 'CAPACITY_STALE':
      return `${event.kind}:${event.offeringId}:${event.capacityUpdatedAt.getTime()}`;
  }
}

export function notificationIdOf(eventKey: string, userId: string): string {
  return `${eventKey}:${userId}`;
}

/** The event of a decided referral, for the consultant who sent it; null when nobody is told. */
export function referralOutcomeKind(
  status: string,
): 'REFERRAL_ACCEPTED' | 'REFERRAL_DECLINED' | 'REFERRAL_EXPIRED' | 'REFERRAL_WITHDRAWN' | null {
  switch (status) {
    case 'ACCEPTED':
      return 'REFERRAL_ACCEPTED';
    case 'DECLINED':
      return 'REFERRAL_DECLINED';
    case 'EXPIRED':
      return 'REFERRAL_EXPIRED';
    case 'WITHDRAWN':
      return 'REFERRAL_WITHDRAWN';
    default:
      return null;
  }
}

/**
 * A pending hold that ends within 24 hours gets a reminder — unless the hold was never longer
 * than that: then the provider heard of it with the referral itself, minutes ago.
 */
export function isHoldEndingSoon(
  hold: { readonly createdAt: Date; readonly holdExpiresAt: Date },
  now: Date,
): boolean {
  const left = hold.holdExpiresAt.getTime() - now.getTime();
  const length = hold.holdExpiresAt.getTime() - hold.createdAt.getTime();
  return left > 0 && left <= HOLD_ENDING_NOTICE_MS && length > HOLD_ENDING_NOTICE_MS;
}
