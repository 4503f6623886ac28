import { Types } from 'mongoose';
import { InvalidInputError } from '@wmo/domain';

const OBJECT_ID = /^[0-9a-f]{24}$/;

export function isObjectId(value: unknown): value is string {
  return typeof value === 'string' && OBJECT_ID.test(value);
}

/** Checks an id that came from outside; anything but a 24-hex string is bad input. */
export function checkedId(field: string, value: unknown): string {
  if (!isObjectId(value)) throw new InvalidInputError(field, 'Dit is geen geldig id.');
  return value;
}

/** Parses an id that came from outside; anything but a 24-hex string is bad input. */
export function parseObjectId(field: string, value: unknown): Types.ObjectId {
  return new Types.ObjectId(checkedId(field, value));
}

export function isDuplicateKeyError(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000
  );
}
