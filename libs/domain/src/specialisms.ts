/**
 * Target groups (doelgroepen) an offering can specialise in: part of the platform's vocabulary,
 * like the glossary. Source: the region's documents (see libs/reference/README.md).
 */
export interface Specialism {
  readonly code: string;
  /** Dutch name, shown to users. */
  readonly name: string;
}

export const SPECIALISMS: readonly Specialism[] = [
  { code: 'ZORGMIJDERS', name: 'Zorgmijders' },
  { code: 'VERZAMELDRANG', name: 'Problematische verzameldrang (hoarding)' },
  { code: 'EX_GEDETINEERDEN', name: '(Ex-)gedetineerden' },
  { code: 'PGA', name: 'Persoonsgerichte aanpak (PGA)' },
  { code: 'GGZ', name: 'Psychische of psychosociale problematiek' },
  { code: 'LVB', name: 'Licht verstandelijke beperking' },
  { code: 'LICHAMELIJK', name: 'Lichamelijke beperking' },
  { code: 'ZINTUIGLIJK', name: 'Zintuiglijke beperking' },
  { code: 'NAH', name: 'Niet-aangeboren hersenletsel' },
  { code: 'DEMENTIE', name: 'Ouderen en dementie' },
  { code: 'AUTISME', name: 'Autismespectrum' },
  { code: 'VERSLAVING', name: 'Verslavingsproblematiek' },
  { code: 'MULTIPROBLEEM', name: 'Multiprobleemsituaties' },
  { code: 'JONGVOLWASSENEN', name: 'Jongvolwassenen (18-23)' },
];

const byCode = new Map(SPECIALISMS.map((specialism) => [specialism.code, specialism]));

export function findSpecialism(code: string): Specialism | undefined {
  return byCode.get(code);
}

/**
 * The name as it reads inside a sentence: "ook ervaring met autismespectrum". The first letter
 * goes lower case unless it starts an abbreviation ("PGA").
 */
export function specialismNameInSentence(code: string): string {
  const name = byCode.get(code)?.name;
  if (!name) return code.toLowerCase().replaceAll('_', ' ');
  const first = name.search(/\p{L}/u);
  const next = name.charAt(first + 1);
  if (first < 0 || next !== next.toLowerCase()) return name;
  return name.slice(0, first) + name.charAt(first).toLowerCase() + name.slice(first + 1);
}
