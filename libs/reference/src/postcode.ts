/** Dutch postcode: 4 digits (first not 0), optionally a space and 2 letters. */
const POSTCODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})?$/;
/** Letter pairs PostNL does not issue. */
const UNUSED_LETTERS = new Set(['SA', 'SD', 'SS']);
/** Far above any real notation; keeps the check cheap for hostile input. */
const MAX_INPUT_LENGTH = 32;

/**
 * Reads a postcode as typed ("1211", "1211AB", "1211 ab") and returns only its PC4 ("1211"):
 * the platform never keeps the letters (data minimisation). Returns null for anything else.
 */
export function parsePostcode(input: string): string | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) {
    return null;
  }
  const match = POSTCODE.exec(input.trim());
  if (match === null) {
    return null;
  }
  const [, pc4, letters] = match;
  if (letters !== undefined && UNUSED_LETTERS.has(letters.toUpperCase())) {
    return null;
  }
  return pc4 ?? null;
}
