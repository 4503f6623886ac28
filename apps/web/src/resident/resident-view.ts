import type { Reason } from '../gql/schema-types';

/**
 * Which reasons a resident reads under "Waarom dit bij u past". Distance, waiting time and free
 * places are shown as facts of their own; how fresh a report is, is a note for the consultant.
 */
const REASONS_FOR_RESIDENTS = new Set(['SPECIALISM_DEPTH', 'LANGUAGE']);

export function reasonsForResident(reasons: readonly Pick<Reason, 'code' | 'label'>[]): string[] {
  return reasons
    .filter((reason) => REASONS_FOR_RESIDENTS.has(reason.code))
    .filter((reason) => !/^(Geen voorkeur|Spreekt uw voorkeurstaal niet)/.test(reason.label))
    .map((reason) => reason.label);
}

export type ResidentStatusNote = 'referred' | 'placed' | 'closed' | null;

/** What the resident is told about where the request stands; choosing is for open requests. */
export function statusNote(status: string): ResidentStatusNote {
  switch (status) {
    case 'REFERRED':
      return 'referred';
    case 'PLACED':
      return 'placed';
    case 'CLOSED':
      return 'closed';
    default:
      return null;
  }
}
