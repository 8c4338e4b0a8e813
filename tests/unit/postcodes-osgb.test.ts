import { describe, expect, it } from 'vitest';
import { gridToLatitudeLongitude, gridToOsgb36 } from '../../src/lib/postcodes/osgb.ts';
import type { Coordinates } from '../../src/lib/postcodes/district-file.ts';

const degrees = (d: number, m: number, s: number) => d + m / 60 + s / 3600;

function metresApart(a: Coordinates, b: Coordinates): number {
  const across = Math.cos((a.latitude * Math.PI) / 180);
  return Math.hypot(a.latitude - b.latitude, (a.longitude - b.longitude) * across) * 111_320;
}

describe('British National Grid to latitude and longitude', () => {
  it("undoes the projection as in Ordnance Survey's worked example (OSGB36, to a few millimetres)", () => {
    // "A guide to coordinate systems in Great Britain", annex C: E 651409.903, N 313177.270 is 52°39'27.2531"N, 1°43'4.5177"E on OSGB36.
    const place = gridToOsgb36(651409.903, 313177.27);
    const expected = { latitude: degrees(52, 39, 27.2531), longitude: degrees(1, 43, 4.5177) };
    expect(metresApart(place, expected)).toBeLessThan(0.01);
  });

  // Points whose WGS84 (ETRS89) position is published beside their grid reference. The Helmert
  // transformation is good to about 5 m; a postcode needs about 50 m, so 10 m is the test.
  const known: { name: string; easting: number; northing: number; expected: Coordinates }[] = [
    { name: "Caister water tower (OS guide's example)", easting: 651409.792, northing: 313177.448, expected: { latitude: 52.658007833, longitude: 1.716073973 } },
    { name: 'TR 143 599, Kent (OSTN02 example)', easting: 614300, northing: 159900, expected: { latitude: 51.29788, longitude: 1.072628 } },
    { name: 'SW1A 2AA, 10 Downing Street (ONS Postcode Directory)', easting: 530047, northing: 179951, expected: { latitude: 51.503541, longitude: -0.12767 } },
  ];
  for (const { name, easting, northing, expected } of known) {
    it(`puts ${name} within 10 m`, () => {
      expect(metresApart(gridToLatitudeLongitude(easting, northing), expected)).toBeLessThan(10);
    });
  }

  it('moves OSGB36 to WGS84 by the expected ~100 m (so the datum change is done, and done the right way round)', () => {
    const moved = metresApart(gridToOsgb36(530047, 179951), gridToLatitudeLongitude(530047, 179951));
    expect(moved).toBeGreaterThan(80);
    expect(moved).toBeLessThan(150);
  });
});
