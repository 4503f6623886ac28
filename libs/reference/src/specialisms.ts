/** A target group (doelgroep) an offering can specialise in. */
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
