import type { GeoPoint } from '@wmo/domain';

/** A 4-digit postcode area (PC4) with an approximate centroid (GeoNames, CC BY 4.0). */
export interface PostcodeArea {
  readonly pc4: string;
  /** CBS code of the municipality the area lies in. */
  readonly municipalityCode: string;
  readonly place: string;
  readonly inRegion: boolean;
  /** A point inside the area, typically within 1 km of its centre. */
  readonly location: GeoPoint;
}

type PostcodeRow = readonly [
  pc4: string,
  municipalityCode: string,
  place: string,
  inRegion: boolean,
  lat: number,
  lon: number,
];

const ROWS: readonly PostcodeRow[] = [
  ['1211', 'GM0402', 'Hilversum', true, 52.2235, 5.1752],
  ['1212', 'GM0402', 'Hilversum', true, 52.2171, 5.1957],
  ['1213', 'GM0402', 'Hilversum', true, 52.2115, 5.1783],
  ['1214', 'GM0402', 'Hilversum', true, 52.2141, 5.1692],
  ['1215', 'GM0402', 'Hilversum', true, 52.2135, 5.157],
  ['1216', 'GM0402', 'Hilversum', true, 52.218, 5.1418],
  ['1217', 'GM0402', 'Hilversum', true, 52.2302, 5.1632],
  ['1218', 'GM0402', 'Hilversum', true, 52.2705, 5.1372],
  ['1221', 'GM0402', 'Hilversum', true, 52.2276, 5.1873],
  ['1222', 'GM0402', 'Hilversum', true, 52.2386, 5.1823],
  ['1223', 'GM0402', 'Hilversum', true, 52.2281, 5.1973],
  ['1231', 'GM1696', 'Loosdrecht', true, 52.1997, 5.1138],
  ['1241', 'GM1696', 'Kortenhoef', true, 52.2383, 5.1123],
  ['1243', 'GM1696', "'s-Graveland", true, 52.2402, 5.1232],
  ['1244', 'GM1696', 'Ankeveen', true, 52.2605, 5.1063],
  ['1251', 'GM0417', 'Laren', true, 52.254, 5.2288],
  ['1252', 'GM0417', 'Laren', true, 52.2457, 5.2352],
  ['1261', 'GM0376', 'Blaricum', true, 52.2803, 5.2574],
  ['1262', 'GM0376', 'Blaricum', true, 52.2932, 5.2797],
  ['1271', 'GM0406', 'Huizen', true, 52.2996, 5.238],
  ['1272', 'GM0406', 'Huizen', true, 52.2924, 5.2222],
  ['1273', 'GM0406', 'Huizen', true, 52.3008, 5.2576],
  ['1274', 'GM0406', 'Huizen', true, 52.2988, 5.2697],
  ['1275', 'GM0406', 'Huizen', true, 52.291, 5.2634],
  ['1276', 'GM0406', 'Huizen', true, 52.2929, 5.2504],
  ['1277', 'GM0406', 'Huizen', true, 52.2972, 5.2799],
  ['1381', 'GM0363', 'Weesp', false, 52.3044, 5.0451],
  ['1382', 'GM0363', 'Weesp', false, 52.3122, 5.0351],
  ['1383', 'GM0363', 'Weesp', false, 52.2987, 5.0435],
  ['1384', 'GM0363', 'Weesp', false, 52.3162, 5.0396],
  ['1393', 'GM1904', 'Nigtevecht', false, 52.2744, 5.0296],
  ['1394', 'GM1696', 'Nederhorst den Berg', true, 52.2586, 5.0503],
  ['1398', 'GM1942', 'Muiden', true, 52.3299, 5.0669],
  ['1399', 'GM1942', 'Muiderberg', true, 52.3246, 5.1193],
  ['1401', 'GM1942', 'Bussum', true, 52.2781, 5.17],
  ['1402', 'GM1942', 'Bussum', true, 52.2719, 5.1742],
  ['1403', 'GM1942', 'Bussum', true, 52.2666, 5.1801],
  ['1404', 'GM1942', 'Bussum', true, 52.2757, 5.1621],
  ['1405', 'GM1942', 'Bussum', true, 52.2768, 5.1523],
  ['1406', 'GM1942', 'Bussum', true, 52.2697, 5.1551],
  ['1411', 'GM1942', 'Naarden', true, 52.2966, 5.1585],
  ['1412', 'GM1942', 'Naarden', true, 52.2851, 5.1563],
  ['3625', 'GM1696', 'Breukeleveen', true, 52.1761, 5.0691],
  ['3633', 'GM1904', 'Vreeland', false, 52.2321, 5.0328],
  ['3741', 'GM0308', 'Baarn', false, 52.2175, 5.2856],
  ['3742', 'GM0308', 'Baarn', false, 52.2068, 5.2991],
  ['3743', 'GM0308', 'Baarn', false, 52.211, 5.2824],
  ['3744', 'GM0308', 'Baarn', false, 52.2153, 5.2368],
  ['3749', 'GM0308', 'Lage Vuursche', false, 52.1806, 5.2218],
  ['3751', 'GM0313', 'Bunschoten-Spakenburg', false, 52.2427, 5.3789],
  ['3752', 'GM0313', 'Bunschoten-Spakenburg', false, 52.2459, 5.3692],
  ['3754', 'GM0313', 'Eemdijk', false, 52.2538, 5.3287],
  ['3755', 'GM0317', 'Eemnes', true, 52.2523, 5.2587],
  ['3761', 'GM0342', 'Soest', false, 52.1869, 5.2908],
  ['3762', 'GM0342', 'Soest', false, 52.1788, 5.2816],
  ['3763', 'GM0342', 'Soest', false, 52.1743, 5.2691],
  ['3764', 'GM0342', 'Soest', false, 52.1782, 5.3028],
  ['3765', 'GM0342', 'Soest', false, 52.1696, 5.2911],
  ['3766', 'GM0342', 'Soest', false, 52.1667, 5.2812],
  ['3768', 'GM0342', 'Soest', false, 52.1606, 5.3082],
  ['3769', 'GM0342', 'Soesterberg', false, 52.1186, 5.2902],
];

export const POSTCODE_AREAS: readonly PostcodeArea[] = ROWS.map(
  ([pc4, municipalityCode, place, inRegion, lat, lon]) => ({
    pc4,
    municipalityCode,
    place,
    inRegion,
    location: { lat, lon },
  }),
);

const byPc4 = new Map(POSTCODE_AREAS.map((area) => [area.pc4, area]));

/** Looks up a PC4 ("1211"); use `parsePostcode` first for user input. */
export function findPostcodeArea(pc4: string): PostcodeArea | undefined {
  return byPc4.get(pc4);
}
