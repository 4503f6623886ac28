/** Dutch names of languages often spoken in the region, by ISO 639-1 code. */
const LANGUAGE_NAMES: ReadonlyMap<string, string> = new Map([
  ['nl', 'Nederlands'],
  ['en', 'Engels'],
  ['de', 'Duits'],
  ['fr', 'Frans'],
  ['es', 'Spaans'],
  ['pt', 'Portugees'],
  ['it', 'Italiaans'],
  ['pl', 'Pools'],
  ['ro', 'Roemeens'],
  ['bg', 'Bulgaars'],
  ['uk', 'Oekraïens'],
  ['ru', 'Russisch'],
  ['tr', 'Turks'],
  ['ar', 'Arabisch'],
  ['fa', 'Perzisch'],
  ['ku', 'Koerdisch'],
  ['ps', 'Pasjtoe'],
  ['ti', 'Tigrinya'],
  ['am', 'Amhaars'],
  ['so', 'Somalisch'],
  ['zh', 'Chinees'],
  ['hi', 'Hindi'],
  ['ur', 'Urdu'],
  ['sr', 'Servisch'],
  ['hr', 'Kroatisch'],
  ['bs', 'Bosnisch'],
  ['sq', 'Albanees'],
  ['fy', 'Fries'],
]);

/** Every language with a Dutch name here, in the order above. */
export function knownLanguages(): { code: string; name: string }[] {
  return [...LANGUAGE_NAMES].map(([code, name]) => ({ code, name }));
}

/** The Dutch name of a language, or its code when the name is not known here. */
export function languageName(code: string): string {
  return LANGUAGE_NAMES.get(code) ?? code;
}
