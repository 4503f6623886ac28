import { haversineKm, type GeoPoint } from '@wmo/domain';
import { MUNICIPALITIES, POSTCODE_AREAS } from '@wmo/reference';
import type { Random } from './prng';

export interface SyntheticPc4 {
  readonly pc4: string;
  readonly municipalityCode: string;
  readonly location: GeoPoint;
}

export interface SyntheticMunicipality {
  readonly code: string;
  readonly centre: GeoPoint;
  /** Relative number of residents: requests are drawn in proportion. */
  readonly weight: number;
  readonly pc4s: readonly SyntheticPc4[];
}

export interface Geography {
  readonly kind: 'region' | 'national';
  /** Where residents with a request live, and what offerings serve. */
  readonly municipalities: readonly SyntheticMunicipality[];
  /** Where offerings are located (may include neighbours outside `municipalities`). */
  readonly offeringPc4s: readonly SyntheticPc4[];
  readonly offeringPc4Weights: readonly number[];
}

// Approximate residents on 1 January 2024 (CBS, rounded): only the proportions matter.
const REGION_RESIDENTS: Readonly<Record<string, number>> = {
  GM0402: 92_000,
  GM1942: 59_000,
  GM0406: 42_000,
  GM1696: 24_500,
  GM0376: 12_000,
  GM0417: 11_500,
  GM0317: 9_500,
};

/** The region from libs/reference: its 7 municipalities, and PC4s including the neighbours'. */
export function regionGeography(): Geography {
  const all = POSTCODE_AREAS.map((area) => ({
    pc4: area.pc4,
    municipalityCode: area.municipalityCode,
    location: area.location,
  }));
  const municipalities = MUNICIPALITIES.filter((municipality) => municipality.inRegion).map(
    (municipality) => {
      const pc4s = all.filter((area) => area.municipalityCode === municipality.code);
      return {
        code: municipality.code,
        centre: centreOf(pc4s.map((area) => area.location)),
        weight: REGION_RESIDENTS[municipality.code] ?? 10_000,
        pc4s,
      };
    },
  );
  const inRegion = new Set(municipalities.map((municipality) => municipality.code));
  return {
    kind: 'region',
    municipalities,
    offeringPc4s: all,
    // Most providers sit in the region; some just across its border.
    offeringPc4Weights: all.map((area) => (inRegion.has(area.municipalityCode) ? 4 : 1)),
  };
}

const NETHERLANDS = { minLat: 50.75, maxLat: 53.55, minLon: 3.36, maxLon: 7.23 };
const KM_PER_DEGREE_LAT = 111.2;

/**
 * A synthetic country: `municipalityCount` municipalities with made-up codes GM9000, GM9001, …
 * (not CBS codes) scattered over the Netherlands' bounding box (sea included: only distances and
 * densities matter), with about `pc4Count` PC4 points, more in larger municipalities.
 */
export function nationalGeography(
  random: Random,
  municipalityCount = 350,
  pc4Count = 4000,
): Geography {
  const sizes = Array.from({ length: municipalityCount }, () => Math.exp(0.9 * random.gaussian()));
  const totalSize = sizes.reduce((sum, size) => sum + size, 0);
  let nextPc4 = 1000;
  const municipalities = sizes.map((size, index) => {
    const code = `GM${9000 + index}`;
    const centre = {
      lat: NETHERLANDS.minLat + random.float() * (NETHERLANDS.maxLat - NETHERLANDS.minLat),
      lon: NETHERLANDS.minLon + random.float() * (NETHERLANDS.maxLon - NETHERLANDS.minLon),
    };
    const count = Math.max(2, Math.round((pc4Count * size) / totalSize));
    const radiusKm = 1.5 + 0.6 * Math.sqrt(count);
    const pc4s = Array.from({ length: count }, () => ({
      pc4: String(nextPc4++),
      municipalityCode: code,
      location: pointNear(random, centre, radiusKm),
    }));
    return { code, centre, weight: size, pc4s };
  });
  const offeringPc4s = municipalities.flatMap((municipality) => municipality.pc4s);
  return {
    kind: 'national',
    municipalities,
    offeringPc4s,
    offeringPc4Weights: offeringPc4s.map(() => 1),
  };
}

/** The `count` municipalities whose centres are nearest to `location`, nearest first. */
export function nearestMunicipalities(
  geography: Geography,
  location: GeoPoint,
  count: number,
): SyntheticMunicipality[] {
  return [...geography.municipalities]
    .map((municipality) => ({ municipality, km: haversineKm(location, municipality.centre) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, count)
    .map((entry) => entry.municipality);
}

function pointNear(random: Random, centre: GeoPoint, radiusKm: number): GeoPoint {
  const distanceKm = radiusKm * Math.sqrt(random.float());
  const angle = 2 * Math.PI * random.float();
  const lat = centre.lat + (distanceKm * Math.sin(angle)) / KM_PER_DEGREE_LAT;
  const kmPerDegreeLon = KM_PER_DEGREE_LAT * Math.cos((centre.lat * Math.PI) / 180);
  const lon = centre.lon + (distanceKm * Math.cos(angle)) / kmPerDegreeLon;
  return { lat: round4(lat), lon: round4(lon) };
}

function centreOf(points: readonly GeoPoint[]): GeoPoint {
  const lat = points.reduce((sum, point) => sum + point.lat, 0) / points.length;
  const lon = points.reduce((sum, point) => sum + point.lon, 0) / points.length;
  return { lat: round4(lat), lon: round4(lon) };
}

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
