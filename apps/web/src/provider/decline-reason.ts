import { INBOX } from './texts';

/** The server's limits for a reason (RespondToReferralArgs). */
export const REASON_MIN = 2;
export const REASON_MAX = 500;

/**
 * Signs of personal details in a reason a consultant will read: a BSN (9 digits), a phone
 * number, an e-mail address, a full postcode (1211 AB). Names cannot be recognised; the hint
 * next to the field asks for none.
 */
const PERSONAL_DETAILS: readonly RegExp[] = [
  /(?<![\d.])\d{3}[.\s-]?\d{3}[.\s-]?\d{3}(?![\d.])/, // BSN
  /(?:\+31|\b0)(?:[\s-]?\d){9}\b/, // phone
  /[^\s@]+@[^\s@]+\.[^\s@]+/, // e-mail
  /\b\d{4}\s?[A-Z]{2}\b/, // PC6 postcode
];

export function containsPersonalDetails(text: string): boolean {
  return PERSONAL_DETAILS.some((pattern) => pattern.test(text));
}

/** What is wrong with a reason for declining, in Dutch; null when it can be sent. */
export function declineReasonProblem(reason: string): string | null {
  const text = reason.trim();
  if (text.length === 0) return INBOX.reasonMissing;
  if (text.length < REASON_MIN) return INBOX.reasonTooShort;
  if (text.length > REASON_MAX) return INBOX.reasonTooLong;
  if (containsPersonalDetails(text)) return INBOX.reasonPersonal;
  return null;
}
