/**
 * One instance per distinct code and code list in long-lived copies (the worker's offerings
 * and open requests, the api's decoded revisions). Each decoded document brings its own copies
 * of "GMN", "nl" or "1211" (or of a reason's Dutch label), and an id from the driver is a chain
 * of joined pieces: at 100,000 requests that was ~60 MB of the worker's heap. The codes are few
 * (products, municipalities, PC4s, languages, labels), so the pools stay small; they stop
 * growing at a bound all the same.
 */
const MAX_POOLED = 50_000;
const EMPTY: readonly never[] = Object.freeze([]);
const codePool = new Map<string, string>();
const listPool = new Map<string, readonly string[]>();

/** The shared instance of a code (product, municipality, PC4, language, …). */
export function sharedCode<T extends string>(value: T): T {
  const known = codePool.get(value);
  if (known !== undefined) return known as T;
  const own = flatCopy(value);
  if (codePool.size < MAX_POOLED) codePool.set(own, own);
  return own;
}

/** The shared instance of a list of codes (frozen: every holder reads the same array). */
export function sharedCodes<T extends string>(values: readonly T[]): readonly T[] {
  if (values.length === 0) return EMPTY;
  const key = values.join('\u0000');
  const known = listPool.get(key);
  if (known !== undefined) return known as readonly T[];
  const list = Object.freeze(values.map(sharedCode));
  if (listPool.size < MAX_POOLED) listPool.set(key, list);
  return list;
}

/** A list of ids: the empty one shared, others as flat strings. */
export function ownIds(ids: readonly string[]): readonly string[] {
  return ids.length === 0 ? EMPTY : Object.freeze(ids.map(flatCopy));
}

/** The same text as one flat string (not a chain of joined pieces). */
export function flatCopy<T extends string>(value: T): T {
  return Buffer.from(value, 'utf8').toString('utf8') as T;
}
