import { lastDayOfMonths, isCalendarDate } from './calendar-date';
import { toCsv } from './csv';
import {
  IWMO_TOEWIJZING_COLUMNS,
  sortToewijzingen,
  toewijzingenCsv,
  toIwmoToewijzing,
  type Placement,
} from './iwmo-toewijzing';

const placement: Placement = {
  referralId: '65f0c0ffee0000000000abcd',
  municipalityCode: 'GM0402',
  requestReference: 'HV-2026-0042',
  productCode: 'BEG_REGULIER',
  providerName: 'Zorg Gooi',
  providerAgbCode: '98765432',
  acceptedAt: new Date('2026-03-31T22:30:00.000Z'),
};
const begeleiding = { iwmoProductCategory: '02', maxDurationMonths: null };

describe('iWmo toewijzing of a placement', () => {
  it('names the municipality by its 4-digit code and starts on the Dutch calendar date', () => {
    const row = toIwmoToewijzing(placement, begeleiding);
    expect(row).toEqual({
      gemeente: '0402',
      aanbieder: '98765432',
      aanbiedernaam: 'Zorg Gooi',
      clientreferentie: 'HV-2026-0042',
      toewijzingnummer: '65f0c0ffee0000000000abcd',
      productcategorie: '02',
      productcode: 'BEG_REGULIER',
      // 22:30 UTC on 31 March is 00:30 on 1 April in Amsterdam (summer time).
      ingangsdatum: '2026-04-01',
      einddatum: '',
      volume: '',
      eenheid: '',
      frequentie: '',
      budget: '',
      redenwijziging: '',
    });
  });

  it('ends a reablement placement on the last day of its six months', () => {
    const row = toIwmoToewijzing(
      { ...placement, productCode: 'REABLEMENT', acceptedAt: new Date('2026-01-15T10:00:00Z') },
      { iwmoProductCategory: '06', maxDurationMonths: 6 },
    );
    expect([row.productcategorie, row.ingangsdatum, row.einddatum]).toEqual([
      '06',
      '2026-01-15',
      '2026-07-14',
    ]);
  });

  it('leaves the provider code empty when the provider has no AGB code', () => {
    expect(toIwmoToewijzing({ ...placement, providerAgbCode: null }, begeleiding).aanbieder).toBe(
      '',
    );
  });

  it('sorts by start date, then by toewijzingnummer', () => {
    const a = toIwmoToewijzing({ ...placement, referralId: 'b' }, begeleiding);
    const b = toIwmoToewijzing({ ...placement, referralId: 'a' }, begeleiding);
    const c = toIwmoToewijzing(
      { ...placement, referralId: 'c', acceptedAt: new Date('2026-02-01T12:00:00Z') },
      begeleiding,
    );
    expect(sortToewijzingen([a, b, c]).map((row) => row.toewijzingnummer)).toEqual(['c', 'a', 'b']);
  });

  it('writes a CSV with the iWmo names as header', () => {
    const csv = toewijzingenCsv([toIwmoToewijzing(placement, begeleiding)]);
    const [header, line, end] = csv.split('\r\n');
    expect(header).toBe(IWMO_TOEWIJZING_COLUMNS.join(';'));
    expect(line).toBe(
      '0402;98765432;Zorg Gooi;HV-2026-0042;65f0c0ffee0000000000abcd;02;BEG_REGULIER;2026-04-01;;;;;;',
    );
    expect(end).toBe('');
  });
});

describe('CSV cells', () => {
  it('quotes separators and quotes, and defuses formulas', () => {
    const csv = toCsv(['a', 'b', 'c'], [{ a: 'x;y', b: 'say "hi"', c: '=HYPERLINK("x")' }]);
    expect(csv.split('\r\n')[1]).toBe('"x;y";"say ""hi""";"\'=HYPERLINK(""x"")"');
  });
});

describe('calendar dates', () => {
  it('ends a period on the day before the same day months later, or before a short month ends', () => {
    expect(lastDayOfMonths('2026-01-01', 6)).toBe('2026-06-30');
    expect(lastDayOfMonths('2026-08-31', 6)).toBe('2027-02-27');
    expect(lastDayOfMonths('2026-12-15', 1)).toBe('2027-01-14');
  });

  it('accepts only real dates as YYYY-MM-DD', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('28-02-2026')).toBe(false);
  });
});
