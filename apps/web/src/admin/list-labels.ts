import type { Role } from '../gql/schema-types';
import { formatList } from '../shared/format';
import type { Reference } from '../shared/reference';
import { PROVIDERS_TEXT, USERS_TEXT } from './texts';

/** Who an account works for: a consultant's municipalities, an employee's provider. */
export function worksFor(
  user: {
    readonly role: Role;
    readonly municipalityCodes: readonly string[];
    readonly provider?: { readonly name: string } | null;
  },
  reference: Pick<Reference, 'municipality'>,
): string {
  switch (user.role) {
    case 'STAFF':
    case 'POLICY':
      return user.municipalityCodes.length > 0
        ? formatList(user.municipalityCodes.map((code) => reference.municipality(code)))
        : USERS_TEXT.noMunicipalities;
    case 'PROVIDER':
      return user.provider?.name ?? USERS_TEXT.noProvider;
    default:
      return USERS_TEXT.worksForAdmin;
  }
}

/** Names of the languages the platform knows; any other code is counted, never shown. */
export function languageNames(
  codes: readonly string[],
  reference: Pick<Reference, 'languages' | 'language'>,
): string {
  if (codes.length === 0) return PROVIDERS_TEXT.none;
  const known = new Set(reference.languages.map((language) => language.code));
  const names = codes.filter((code) => known.has(code)).map((code) => reference.language(code));
  const others = codes.length - names.length;
  return formatList(others > 0 ? [...names, PROVIDERS_TEXT.otherLanguages(others)] : names);
}
