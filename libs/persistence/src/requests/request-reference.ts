import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: references are read aloud and typed over.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A pseudonymous request reference such as "WMO-7K3F-9QXA": it carries no client data. */
export function newRequestReference(): string {
  const pick = (n: number) =>
    Array.from({ length: n }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `WMO-${pick(4)}-${pick(4)}`;
}
