import fc from 'fast-check';
import type { GeoPoint } from '../types';
import { EARTH_RADIUS_KM, haversineKm } from './haversine';

const point = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('haversineKm', () => {
  it('is zero between a point and itself', () => {
    const hilversum: GeoPoint = { lat: 52.2235, lon: 5.1752 };
    expect(haversineKm(hilversum, hilversum)).toBe(0);
  });

  it('measures one degree along a meridian and along the equator as R·π/180', () => {
    const oneDegree = (EARTH_RADIUS_KM * Math.PI) / 180;
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(oneDegree, 9);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(oneDegree, 9);
    expect(oneDegree).toBeCloseTo(111.195, 3);
  });

  it('measures half the circumference between antipodes', () => {
    expect(haversineKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(20015.115, 2);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20015.115, 2);
  });

  it('knows real distances in the region', () => {
    const hilversum = { lat: 52.2235, lon: 5.1752 };
    const bussum = { lat: 52.2781, lon: 5.17 };
    const soesterberg = { lat: 52.1186, lon: 5.2902 };
    expect(haversineKm(hilversum, bussum)).toBeCloseTo(6.08, 1);
    expect(haversineKm(hilversum, soesterberg)).toBeCloseTo(14.06, 1);
  });

  it('knows a long distance: Amsterdam to Paris is about 430 km', () => {
    const amsterdam = { lat: 52.3676, lon: 4.9041 };
    const paris = { lat: 48.8566, lon: 2.3522 };
    expect(haversineKm(amsterdam, paris)).toBeGreaterThan(425);
    expect(haversineKm(amsterdam, paris)).toBeLessThan(435);
  });

  it('is symmetric, non-negative and at most half the circumference', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const distance = haversineKm(a, b);
        expect(distance).toBe(haversineKm(b, a));
        expect(distance).toBeGreaterThanOrEqual(0);
        expect(distance).toBeLessThanOrEqual(Math.PI * EARTH_RADIUS_KM + 1e-9);
      }),
    );
  });
});
