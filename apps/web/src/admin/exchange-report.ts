import { plural } from '../shared/format';

/** The api's answer to an HSDS import or dry run. */
export interface HsdsImportReport {
  readonly dryRun: boolean;
  readonly applied: boolean;
  readonly organizations: ImportCounts;
  readonly services: ImportCounts;
  readonly rejected: readonly {
    readonly kind: 'document' | 'organization' | 'service' | 'location';
    readonly id: string | null;
    readonly index: number;
    readonly reasons: readonly string[];
  }[];
}

export interface ImportCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

const KIND_LABELS: Record<HsdsImportReport['rejected'][number]['kind'], string> = {
  document: 'Het bestand',
  organization: 'Aanbieder',
  service: 'Aanbod',
  location: 'Locatie',
};

export function kindLabel(kind: HsdsImportReport['rejected'][number]['kind']): string {
  return KIND_LABELS[kind];
}

/** "3 nieuw, 1 gewijzigd, 12 ongewijzigd". */
export function countsSentence(counts: ImportCounts): string {
  return `${counts.created} nieuw, ${counts.updated} gewijzigd, ${counts.unchanged} ongewijzigd`;
}

/** Which record: its id and its place in the file (people count from 1). */
export function recordName(rejection: HsdsImportReport['rejected'][number]): string {
  if (rejection.kind === 'document') return 'het hele bestand';
  const place = `nummer ${rejection.index + 1} in de lijst`;
  return rejection.id ? `${rejection.id} (${place})` : place;
}

/** The one sentence that says what happened. */
export function outcomeSentence(report: HsdsImportReport): string {
  const problems = report.rejected.length;
  if (problems > 0) {
    return `${plural(problems, 'onderdeel', 'onderdelen')} van het bestand ${problems === 1 ? 'klopt' : 'kloppen'} niet. Er is niets ingelezen. Pas het bestand aan en probeer het opnieuw.`;
  }
  if (report.applied) return 'De sociale kaart is ingelezen.';
  return 'Het bestand is in orde. Er is nog niets veranderd: kies "Inlezen" om het over te nemen.';
}
