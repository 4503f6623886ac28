import type { Financing, ReferralStatus, RequestStatus, Role, Urgency } from '../gql/schema-types';

/** Dutch words for the API's codes. A person never reads a code (UI.md). */
export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, string>> = {
  OPEN: 'Open',
  REFERRED: 'Aangemeld',
  PLACED: 'Geplaatst',
  CLOSED: 'Gesloten',
};

export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  ROUTINE: 'Gewoon',
  SOON: 'Binnenkort',
  URGENT: 'Dringend',
  CRISIS: 'Crisis',
};

export const FINANCING_LABELS: Readonly<Record<Financing, string>> = {
  ZIN: 'Zorg in natura',
  PGB: 'Persoonsgebonden budget (pgb)',
};

export const REFERRAL_STATUS_LABELS: Readonly<Record<ReferralStatus, string>> = {
  PENDING: 'Wacht op antwoord',
  ACCEPTED: 'Geaccepteerd',
  DECLINED: 'Afgewezen',
  EXPIRED: 'Verlopen',
  WITHDRAWN: 'Ingetrokken',
};

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ADMIN: 'Beheerder',
  STAFF: 'Consulent',
  PROVIDER: 'Aanbieder',
  RESIDENT: 'Inwoner',
  POLICY: 'Beleid',
};

/** Why a shortlist was computed again (`Shortlist.cause.kind`). */
const CAUSE_LABELS: Readonly<Record<string, string>> = {
  REQUEST_CREATED: 'de aanvraag is gemaakt',
  REQUEST_CHANGED: 'de aanvraag is gewijzigd',
  OFFERING_CHANGED: 'een aanbieder heeft zijn aanbod gewijzigd',
  CAPACITY_CHANGED: 'een aanbieder heeft vrije plekken of wachttijd bijgewerkt',
  REFERRAL_CHANGED: 'er is iets veranderd aan een aanmelding',
  POLICY_CHANGED: 'de regels voor het rangschikken zijn aangepast',
  SWEEP: 'de dagelijkse controle',
};

export function causeLabel(kind: string): string {
  return CAUSE_LABELS[kind] ?? 'een wijziging';
}
