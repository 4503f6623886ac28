/**
 * A case-insensitive "contains" pattern for a text a person typed: every character that means
 * something to a regular expression is escaped, so input can never become a pattern of its own.
 */
export function containsPattern(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}
