/**
 * CSV as Dutch spreadsheets read it: `;` between cells, CRLF between rows, a cell quoted when
 * it holds `;`, `"` or a line break. A cell that starts with = + - @ gets a leading `'`, so a
 * spreadsheet never runs it as a formula (a provider's name is text typed by someone else).
 */
export function toCsv(
  columns: readonly string[],
  rows: readonly Readonly<Record<string, string>>[],
): string {
  const lines = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))];
  return lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
