export type CsvCell = string | number | null;

/**
 * A CSV file as Dutch spreadsheet programs open it: semicolons between fields, a comma as the
 * decimal sign, a byte order mark so that é and ë survive, and quotes where a field needs them.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const line = (cells: readonly CsvCell[]) => cells.map(csvField).join(';');
  return '\uFEFF' + [line(header), ...rows.map(line)].join('\r\n') + '\r\n';
}

function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
