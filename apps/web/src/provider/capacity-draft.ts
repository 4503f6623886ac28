import { BOARD } from './texts';

/**
 * The figures a provider changes on one card of the capacity board, as typed (strings), and
 * the rules for them. The card keeps a draft only while it differs from what is saved, so the
 * saved figures show again as soon as there is nothing to save.
 */
export interface CapacityFigures {
  readonly freePlaces: number;
  readonly waitingWeeks: number;
}

export interface CapacityDraft {
  readonly freePlaces: string;
  readonly waitingWeeks: string;
}

export type DraftField = keyof CapacityDraft;

export type DraftErrors = Partial<Record<DraftField, string>>;

/** The server's limit for a waiting time (ten years). */
export const MAX_WAITING_WEEKS = 520;

export function draftOf(figures: CapacityFigures): CapacityDraft {
  return {
    freePlaces: String(figures.freePlaces),
    waitingWeeks: String(figures.waitingWeeks),
  };
}

/** A whole number of 0 or more as typed ("3", " 3 "), or null ("", "3,5", "-1", "1e2"). */
export function parseWhole(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,9}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** True when saving would change something (or the typed text is not a number yet). */
export function isDirty(draft: CapacityDraft | null, saved: CapacityFigures): boolean {
  if (!draft) return false;
  return (
    parseWhole(draft.freePlaces) !== saved.freePlaces ||
    parseWhole(draft.waitingWeeks) !== saved.waitingWeeks
  );
}

/**
 * The − and + buttons: one step from what is typed (or from the saved figure when the text is
 * not a number), kept between 0 and the most that is allowed.
 */
export function step(
  draft: CapacityDraft,
  field: DraftField,
  delta: number,
  saved: CapacityFigures,
  totalPlaces: number,
): CapacityDraft {
  const current = parseWhole(draft[field]) ?? saved[field];
  const max = field === 'freePlaces' ? Math.max(totalPlaces, current) : MAX_WAITING_WEEKS;
  const next = Math.min(max, Math.max(0, current + delta));
  return { ...draft, [field]: String(next) };
}

export function validateDraft(draft: CapacityDraft, totalPlaces: number): DraftErrors {
  const errors: DraftErrors = {};
  const free = parseWhole(draft.freePlaces);
  if (draft.freePlaces.trim() === '') errors.freePlaces = BOARD.freePlacesMissing;
  else if (free === null) errors.freePlaces = BOARD.freePlacesWhole;
  else if (free > totalPlaces) errors.freePlaces = BOARD.freePlacesAboveTotal(totalPlaces);
  const weeks = parseWhole(draft.waitingWeeks);
  if (draft.waitingWeeks.trim() === '') errors.waitingWeeks = BOARD.waitingMissing;
  else if (weeks === null || weeks > MAX_WAITING_WEEKS) errors.waitingWeeks = BOARD.waitingWhole;
  return errors;
}

/** The figures to report; call only when validateDraft found nothing. */
export function figuresOf(draft: CapacityDraft): CapacityFigures {
  const freePlaces = parseWhole(draft.freePlaces);
  const waitingWeeks = parseWhole(draft.waitingWeeks);
  if (freePlaces === null || waitingWeeks === null) throw new Error('draft is not valid');
  return { freePlaces, waitingWeeks };
}

/** Server errors on updateCapacity ("input.freePlaces") shown at the field they name. */
export function draftErrorsFromServer(fields: Record<string, string>): DraftErrors {
  const errors: DraftErrors = {};
  if (fields.freePlaces) errors.freePlaces = fields.freePlaces;
  if (fields.waitingWeeks) errors.waitingWeeks = fields.waitingWeeks;
  return errors;
}
