/** Municipalities of regio Gooi en Vechtstreek and their neighbours, with CBS codes. */
export interface Municipality {
  /** CBS municipality code, e.g. "GM0402". */
  readonly code: string;
  readonly name: string;
  /** One of the seven municipalities that buy Wmo support together. */
  readonly inRegion: boolean;
}

export const MUNICIPALITIES: readonly Municipality[] = [
  { code: 'GM0376', name: 'Blaricum', inRegion: true },
  { code: 'GM0317', name: 'Eemnes', inRegion: true },
  { code: 'GM1942', name: 'Gooise Meren', inRegion: true },
  { code: 'GM0402', name: 'Hilversum', inRegion: true },
  { code: 'GM0406', name: 'Huizen', inRegion: true },
  { code: 'GM0417', name: 'Laren', inRegion: true },
  { code: 'GM1696', name: 'Wijdemeren', inRegion: true },
  { code: 'GM0308', name: 'Baarn', inRegion: false },
  { code: 'GM0363', name: 'Amsterdam (Weesp)', inRegion: false },
  { code: 'GM1904', name: 'Stichtse Vecht', inRegion: false },
  { code: 'GM0313', name: 'Bunschoten', inRegion: false },
  { code: 'GM0342', name: 'Soest', inRegion: false },
];

const byCode = new Map(MUNICIPALITIES.map((municipality) => [municipality.code, municipality]));

export function findMunicipality(code: string): Municipality | undefined {
  return byCode.get(code);
}
