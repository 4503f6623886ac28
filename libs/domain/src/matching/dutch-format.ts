import { roundToTenth } from './scoring';

/** 2.4 → "2,4" and 3 → "3": Dutch decimal comma, at most one decimal. */
export function formatDecimal(value: number): string {
  const rounded = roundToTenth(value);
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1).replace('.', ',');
}

/** "1 week", "3 weken". */
export function formatCount(count: number, singular: string, plural: string): string {
  return `${formatDecimal(count)} ${count === 1 ? singular : plural}`;
}

/** "A", "A en B", "A, B en C". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
