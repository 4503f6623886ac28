import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's id is taken when it is short and plain (no spaces, quotes or control characters). */
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,64}$/;

/** The request id of one request: the caller's `x-request-id` when well-formed, else a new UUID. */
export function requestIdFor(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && WELL_FORMED.test(given) ? given : randomUUID();
}
