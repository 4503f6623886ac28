import { formatDecimalKm, plural } from './number-wording';

export interface ReasonLike {
  readonly code: string;
  readonly label: string;
}

export interface OptionFigures {
  readonly distanceKm: number;
  readonly waitingWeeks: number;
}

/**
 * A reason as a consultant reads it. The server words reasons for the resident and may leave
 * codes in them ("ook ervaring met AUTISME", "0 km", "0 weken"): distance and waiting time are
 * worded from the option's own figures, and target-group codes become their names.
 */
export function staffReasonLabel(
  reason: ReasonLike,
  option: OptionFigures,
  specialismName: (code: string) => string | undefined,
): string {
  const near = /^Dichtbij\b/.test(reason.label);
  const short = /^Korte wachttijd\b/.test(reason.label);
  switch (reason.code) {
    case 'DISTANCE':
      return option.distanceKm < 0.5
        ? 'Dichtbij: in de buurt van de postcode'
        : `${near ? 'Dichtbij' : 'Afstand'}: ${formatDecimalKm(option.distanceKm)} van de postcode`;
    case 'WAITING_TIME':
      return option.waitingWeeks <= 0
        ? 'Geen wachttijd'
        : `${short ? 'Korte wachttijd' : 'Wachttijd'}: ${plural(option.waitingWeeks, 'week', 'weken')}`;
    default:
      return reason.label.replace(
        /\b[A-Z][A-Z0-9_]{1,39}\b/g,
        (code) => specialismName(code) ?? code,
      );
  }
}
