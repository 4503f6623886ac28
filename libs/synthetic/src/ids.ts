import type { Random } from './prng';

// 2025-01-01T00:00:00Z: object ids carry a plausible creation second, not the run's clock.
const ID_EPOCH_SECONDS = 1_735_689_600;

/** A deterministic 24-hex ObjectId string: 4 bytes of seconds, 8 random bytes. */
export function objectIdHex(random: Random, second: number): string {
  return (ID_EPOCH_SECONDS + second).toString(16).padStart(8, '0') + random.hex16();
}

// As in the platform's own references: no 0/O, 1/I/L.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const SPREAD = 7_919;

/** A unique, well-formed request reference ("WMO-XXXX-XXXX") for index `index`. */
export function requestReference(index: number): string {
  const modulus = ALPHABET.length ** 8;
  let value = (index * SPREAD) % modulus;
  let text = '';
  for (let position = 0; position < 8; position++) {
    text = (ALPHABET[value % ALPHABET.length] ?? '2') + text;
    value = Math.floor(value / ALPHABET.length);
  }
  return `WMO-${text.slice(0, 4)}-${text.slice(4)}`;
}
