/**
 * One instance per distinct code, id and label in long-lived copies (the worker's offerings
 * and open requests, the api's decoded revisions). Each decoded document brings its own copies
 * of "GMN", "nl" or "1211" (or of a reason's Dutch label), and an id from the driver is a chain
 * of joined pieces: at 100,000 requests that was ~60 MB of the worker's heap. Each kind has its
 * own pool with its own bound, so many ids or labels cannot push the few codes out.
 */
const EMPTY: readonly never[] = Object.freeze([]);

/** Distinct strings of one kind, kept up to a bound; past it, values are copied, not pooled. */
class StringPool {
  private readonly pool = new Map<string, string>();

  constructor(private readonly bound: number) {}

  shared<T extends string>(value: T): T {
    const known = this.pool.get(value);
    if (known !== undefined) return known as T;
    const own = flatCopy(value);
    if (this.pool.size < this.bound) this.pool.set(own, own);
    return own;
  }
}

/** Products, municipalities, PC4s (~4,000 in the country), languages, urgencies, financing. */
const codes = new StringPool(20_000);
/** Offering and provider ids: national scale has ~20,000 offerings. */
const ids = new StringPool(100_000);
/** Provider names and the Dutch labels of reasons. */
const labels = new StringPool(50_000);
const codeLists = new Map<string, readonly string[]>();
const MAX_CODE_LISTS = 20_000;

/** The shared instance of a code (product, municipality, PC4, language, …). */
export function sharedCode<T extends string>(value: T): T {
  return codes.shared(value);
}

/** The shared instance of an offering's or provider's id. */
export function sharedId(value: string): string {
  return ids.shared(value);
}

/** The shared instance of a provider name or a reason's label. */
export function sharedLabel(value: string): string {
  return labels.shared(value);
}

/** The shared instance of a list of codes (frozen: every holder reads the same array). */
export function sharedCodes<T extends string>(values: readonly T[]): readonly T[] {
  if (values.length === 0) return EMPTY;
  const key = values.join('\u0000');
  const known = codeLists.get(key);
  if (known !== undefined) return known as readonly T[];
  const list = Object.freeze(values.map(sharedCode));
  if (codeLists.size < MAX_CODE_LISTS) codeLists.set(key, list);
  return list;
}

/** A list of ids: the empty one shared, others as flat strings. */
export function ownIds(values: readonly string[]): readonly string[] {
  return values.length === 0 ? EMPTY : Object.freeze(values.map(flatCopy));
}

/** The same text as one flat string (not a chain of joined pieces). */
export function flatCopy<T extends string>(value: T): T {
  return Buffer.from(value, 'utf8').toString('utf8') as T;
}

/**
 * How a built copy holds its text: `KEPT_TEXT` for copies that live long (shared codes and
 * labels, flat ids), `TEXT_AS_IS` for a copy that answers one call and is dropped (the pooling
 * would only cost time there).
 */
export interface TextHolding {
  code<T extends string>(value: T): T;
  codes<T extends string>(values: readonly T[]): readonly T[];
  label(value: string): string;
  id<T extends string>(value: T): T;
  ids(values: readonly string[]): readonly string[];
}

export const KEPT_TEXT: TextHolding = {
  code: sharedCode,
  codes: sharedCodes,
  label: sharedLabel,
  id: flatCopy,
  ids: ownIds,
};

export const TEXT_AS_IS: TextHolding = {
  code: (value) => value,
  codes: (values) => values,
  label: (value) => value,
  id: (value) => value,
  ids: (values) => values,
};
