import type { NotificationEvent, NotificationKind } from './notification';

/** What a notification says in the app (behind a login) and what its e-mail says. */
export interface NotificationText {
  readonly title: string;
  readonly body: string;
  readonly link: string;
}

export interface EmailText {
  readonly subject: string;
  readonly text: string;
}

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

/** "dinsdag 8 december om 14:30". */
export function formatMoment(at: Date): string {
  const parts = Object.fromEntries(dateTime.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} om ${parts.hour}:${parts.minute}`;
}

/** In-app text: may name the request's pseudonymous reference, never more of the client. */
export function notificationTextOf(event: NotificationEvent): NotificationText {
  switch (event.kind) {
    case 'REFERRAL_RECEIVED':
      return {
        title: 'Nieuwe aanmelding',
        body: `Er is een nieuwe aanmelding (${event.requestReference}). Geef antwoord vóór ${formatMoment(event.holdExpiresAt)}.`,
        link: '/aanmeldingen',
      };
    case 'HOLD_ENDING':
      return {
        title: 'Aanmelding loopt bijna af',
        body: `De plek voor aanmelding ${event.requestReference} wordt vastgehouden tot ${formatMoment(event.holdExpiresAt)}. Geef vóór die tijd antwoord.`,
        link: '/aanmeldingen',
      };
    case 'REFERRAL_WITHDRAWN':
      return {
        title: 'Aanmelding ingetrokken',
        body: `De consulent heeft aanmelding ${event.requestReference} ingetrokken. De plek is weer vrij.`,
        link: '/aanmeldingen',
      };
    case 'REFERRAL_ACCEPTED':
      return {
        title: 'Aanmelding geaccepteerd',
        body: `De aanbieder heeft de aanmelding voor hulpvraag ${event.requestReference} geaccepteerd.`,
        link: `/aanvragen/${event.requestId}`,
      };
    case 'REFERRAL_DECLINED':
      return {
        title: 'Aanmelding afgewezen',
        body: `De aanbieder heeft de aanmelding voor hulpvraag ${event.requestReference} afgewezen. De hulpvraag staat weer open.`,
        link: `/aanvragen/${event.requestId}`,
      };
    case 'REFERRAL_EXPIRED':
      return {
        title: 'Aanmelding verlopen',
        body: `De aanbieder heeft niet op tijd geantwoord op de aanmelding voor hulpvraag ${event.requestReference}. De hulpvraag staat weer open.`,
        link: `/aanvragen/${event.requestId}`,
      };
    case 'PREFERENCE_CHOSEN':
      return {
        title: 'Voorkeur van de inwoner',
        body: `De inwoner van hulpvraag ${event.requestReference} heeft een voorkeur doorgegeven.`,
        link: `/aanvragen/${event.requestId}`,
      };
    case 'CAPACITY_STALE':
      return {
        title: 'Klopt uw aantal vrije plekken nog?',
        body: `U heeft de vrije plekken van ${event.offeringLabel} meer dan ${event.staleAfterDays} dagen niet bijgewerkt. Kijk of het nog klopt.`,
        link: '/aanbod',
      };
  }
}

const EMAIL_LINES: Readonly<Record<NotificationKind, readonly [string, string]>> = {
  REFERRAL_RECEIVED: ['Nieuwe aanmelding', 'Er is een nieuwe aanmelding'],
  HOLD_ENDING: ['Aanmelding loopt bijna af', 'Een aanmelding loopt bijna af'],
  REFERRAL_WITHDRAWN: ['Aanmelding ingetrokken', 'Een aanmelding is ingetrokken'],
  REFERRAL_ACCEPTED: ['Aanmelding geaccepteerd', 'Een aanmelding is geaccepteerd'],
  REFERRAL_DECLINED: ['Aanmelding afgewezen', 'Een aanmelding is afgewezen'],
  REFERRAL_EXPIRED: ['Aanmelding verlopen', 'Een aanmelding is verlopen'],
  PREFERENCE_CHOSEN: ['Voorkeur van een inwoner', 'Een inwoner heeft een voorkeur doorgegeven'],
  CAPACITY_STALE: [
    'Klopt uw aantal vrije plekken nog?',
    'Uw aantal vrije plekken is lang niet bijgewerkt',
  ],
};

/**
 * The e-mail: the kind of event and a way in, nothing else — no reference, no product, no date,
 * no name. E-mail leaves our systems; what it is about is read after logging in.
 */
export function emailTextOf(kind: NotificationKind, loginUrl: string): EmailText {
  const [subject, line] = EMAIL_LINES[kind];
  return {
    subject,
    text: [
      `${line} — log in om te bekijken.`,
      '',
      `Inloggen: ${loginUrl}`,
      '',
      'U krijgt deze e-mail omdat e-mailmeldingen aan staan. U zet ze uit bij Meldingen in het matchingplatform.',
    ].join('\n'),
  };
}
