import {
  countsSentence,
  outcomeSentence,
  recordName,
  type HsdsImportReport,
} from './exchange-report';

const report: HsdsImportReport = {
  dryRun: true,
  applied: false,
  organizations: { created: 2, updated: 0, unchanged: 1 },
  services: { created: 3, updated: 1, unchanged: 0 },
  rejected: [],
};

describe('the HSDS import report in words', () => {
  it('says a file in order changes nothing yet', () => {
    expect(outcomeSentence(report)).toBe(
      'Het bestand is in orde. Er is nog niets veranderd: kies "Inlezen" om het over te nemen.',
    );
    expect(outcomeSentence({ ...report, dryRun: false, applied: true })).toBe(
      'De sociale kaart is ingelezen.',
    );
  });

  it('says nothing was read in when a record is rejected', () => {
    const rejected = {
      ...report,
      rejected: [{ kind: 'service' as const, id: 'a', index: 0, reasons: ['x'] }],
    };
    expect(outcomeSentence(rejected)).toBe(
      '1 onderdeel van het bestand klopt niet. Er is niets ingelezen. Pas het bestand aan en probeer het opnieuw.',
    );
  });

  it('counts and names records the way people count', () => {
    expect(countsSentence(report.services)).toBe('3 nieuw, 1 gewijzigd, 0 ongewijzigd');
    expect(recordName({ kind: 'service', id: 'svc-1', index: 4, reasons: [] })).toBe(
      'svc-1 (nummer 5 in de lijst)',
    );
    expect(recordName({ kind: 'document', id: null, index: -1, reasons: [] })).toBe(
      'het hele bestand',
    );
  });
});
