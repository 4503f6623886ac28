import { plural } from '../../shared/format';

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const oneDecimal = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** "2,4 km" */
export function formatDecimalKm(km: number): string {
  return `${decimal.format(km)} km`;
}

/** Scores and points always with one decimal: "68,8". */
export function formatPoints(points: number): string {
  return oneDecimal.format(points);
}

export { plural };
