import type { RequestStatus } from '../../gql/schema-types';
import { formatList } from '../../shared/format';

/**
 * How consultants read the matcher's codes. The server's labels speak to the resident ("uw
 * gemeente"); a consultant reads about offerings.
 */
const EXCLUSION_PHRASES: Readonly<Record<string, { one: string; many: string }>> = {
  PRODUCT: { one: 'biedt een ander product', many: 'bieden een ander product' },
  SPECIALISM: {
    one: 'geen ervaring met alle gevraagde doelgroepen',
    many: 'geen ervaring met alle gevraagde doelgroepen',
  },
  MUNICIPALITY: { one: 'werkt niet in deze gemeente', many: 'werken niet in deze gemeente' },
  DISTANCE: { one: 'te ver weg', many: 'te ver weg' },
  NO_FREE_PLACE: { one: 'geen vrije plek', many: 'geen vrije plek' },
  FINANCING: {
    one: 'werkt niet met deze manier van betalen',
    many: 'werken niet met deze manier van betalen',
  },
  LANGUAGE: { one: 'spreekt de vereiste taal niet', many: 'spreken de vereiste taal niet' },
  STRATEGIC_PARTNER: {
    one: 'strategische partner, en die zijn uitgesloten',
    many: 'strategische partner, en die zijn uitgesloten',
  },
  PROVIDER_EXCLUDED: {
    one: 'uitgesloten voor deze aanvraag',
    many: 'uitgesloten voor deze aanvraag',
  },
};

/** Dutch with a lower-case start, for after a colon ("Te ver weg" → "te ver weg"). */
function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export interface ExclusionCount {
  readonly code: string;
  readonly label: string;
  readonly count: number;
}

/** "14 aanbieders vallen af: geen vrije plek"; options cut by the top N "passen wel". */
export function exclusionSentence({ code, label, count }: ExclusionCount): string {
  const who = count === 1 ? '1 aanbieder' : `${count} aanbieders`;
  if (code === 'NOT_IN_TOP') {
    return `${who} ${count === 1 ? 'past' : 'passen'} wel, maar andere passen beter`;
  }
  const phrase = EXCLUSION_PHRASES[code];
  const reason = phrase ? (count === 1 ? phrase.one : phrase.many) : lowerFirst(label);
  return `${who} ${count === 1 ? 'valt' : 'vallen'} af: ${reason}`;
}

/** The "why not" counts as sentences, the largest group first; empty groups left out. */
export function exclusionSentences(exclusions: readonly ExclusionCount[]): string[] {
  return exclusions
    .filter((exclusion) => exclusion.count > 0)
    .map((exclusion, index) => ({ exclusion, index }))
    .sort((a, b) => b.exclusion.count - a.exclusion.count || a.index - b.index)
    .map(({ exclusion }) => exclusionSentence(exclusion));
}

/** "Past niet: te ver weg" for one offering in a search for a request. */
export function misfitSentence(code: string | null, label: string | null): string {
  const phrase = code ? EXCLUSION_PHRASES[code] : undefined;
  const reason = phrase?.one ?? (label ? lowerFirst(label) : 'past niet bij deze aanvraag');
  return `Past niet: ${reason}`;
}

/** Colour of a status badge; the badge always carries the status in words too. */
export const REQUEST_STATUS_BADGE: Readonly<Record<RequestStatus, string>> = {
  OPEN: 'warning',
  REFERRED: 'active',
  PLACED: 'safe',
  CLOSED: 'neutral',
};

/** Names for codes, "geen" for none: "GGZ en Dementie". */
export function namesOf(codes: readonly string[], name: (code: string) => string, none = 'geen') {
  return codes.length === 0 ? none : formatList(codes.map(name));
}
