/** What a user is told about, in the app and (unless switched off) by e-mail. */
export const NOTIFICATION_KINDS = [
  'REFERRAL_RECEIVED',
  'HOLD_ENDING',
  'REFERRAL_WITHDRAWN',
  'REFERRAL_ACCEPTED',
  'REFERRAL_DECLINED',
  'REFERRAL_EXPIRED',
  'PREFERENCE_CHOSEN',
  'CAPACITY_STALE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Something happened that a provider's users must hear of. */
export type ProviderEvent =
  | {
      readonly kind: 'REFERRAL_RECEIVED' | 'HOLD_ENDING' | 'REFERRAL_WITHDRAWN';
      readonly referralId: string;
      readonly providerId: string;
      /** The request's pseudonymous reference: shown in the app, never in an e-mail. */
      readonly requestReference: string;
      readonly holdExpiresAt: Date;
    }
  | {
      readonly kind: 'CAPACITY_STALE';
      readonly offeringId: string;
      readonly providerId: string;
      /** The stale report: one reminder per report, however often the sweep looks. */
      readonly capacityUpdatedAt: Date;
      readonly staleAfterDays: number;
      readonly offeringLabel: string;
    };

/** Something happened that the consultant who follows a request must hear of. */
export type ConsultantEvent =
  | {
      readonly kind: 'REFERRAL_ACCEPTED' | 'REFERRAL_DECLINED' | 'REFERRAL_EXPIRED';
      readonly referralId: string;
      readonly requestId: string;
      readonly requestReference: string;
      /** Who sent the referral: the consultant told of its outcome. */
      readonly consultantUserId: string;
    }
  | {
      readonly kind: 'PREFERENCE_CHOSEN';
      readonly requestId: string;
      readonly requestReference: string;
      /** Who registered the request. */
      readonly consultantUserId: string;
      readonly chosenAt: Date;
    };

export type NotificationEvent = ProviderEvent | ConsultantEvent;

/** Who is told: every user of a provider, or one user. */
export type NotificationAudience = { readonly providerId: string } | { readonly userId: string };

/** One user's notification, as stored and shown. */
export interface Notification {
  /** Deterministic: `<event key>:<userId>`; storing it twice stores it once. */
  readonly id: string;
  readonly userId: string;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body: string;
  /** Where in the web app to look (a path). */
  readonly link: string;
  readonly createdAt: Date;
  readonly readAt: Date | null;
}

/** An e-mail in the outbox: no client data, only "log in to see". */
export interface OutboxEmail {
  /** The notification's id; also the base of the Message-ID, so a resend is recognisable. */
  readonly id: string;
  readonly userId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly createdAt: Date;
}
