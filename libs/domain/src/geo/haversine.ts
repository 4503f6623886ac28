import type { GeoPoint } from '../types';

/** Mean earth radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;

const RADIANS_PER_DEGREE = Math.PI / 180;

/** Great-circle distance in km; accurate to about 0.5 % on the earth's ellipsoid. */
export function haversineKm(a: GeoPoint, b: GeoPoint): number {
  const sinHalfLat = Math.sin(((b.lat - a.lat) * RADIANS_PER_DEGREE) / 2);
  const sinHalfLon = Math.sin(((b.lon - a.lon) * RADIANS_PER_DEGREE) / 2);
  const h =
    sinHalfLat * sinHalfLat +
    Math.cos(a.lat * RADIANS_PER_DEGREE) *
      Math.cos(b.lat * RADIANS_PER_DEGREE) *
      sinHalfLon *
      sinHalfLon;
  // Rounding can push h a hair above 1 for antipodal points; asin would then return NaN.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}
