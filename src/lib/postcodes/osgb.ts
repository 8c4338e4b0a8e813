/**
 * British National Grid eastings and northings (as OS Code-Point Open gives them) to latitude and
 * longitude as GPS and web maps use them (WGS84). The formulas are the ones Ordnance Survey
 * publishes in "A guide to coordinate systems in Great Britain": the transverse Mercator
 * projection on the Airy 1830 ellipsoid, undone, then the 7-parameter Helmert transformation from
 * OSGB36 to WGS84. The Helmert transformation is good to about 5 m across Great Britain (OS's
 * OSTN15 grid is better, but 5 m is far finer than a postcode, and it needs no 15 MB grid file).
 */
import type { Coordinates } from './district-file.ts';

interface Ellipsoid {
  readonly a: number;
  readonly b: number;
}

/** The ellipsoid OSGB36 and the National Grid use. */
const AIRY_1830: Ellipsoid = { a: 6377563.396, b: 6356256.909 };
/** The ellipsoid GPS uses. */
const WGS84: Ellipsoid = { a: 6378137, b: 6356752.314245 };

/** The National Grid's projection: scale on the central meridian, true origin, and false origin. */
const NATIONAL_GRID = { scale: 0.9996012717, latitude: 49, longitude: -2, easting: 400000, northing: -100000 } as const;

/**
 * OSGB36 to WGS84: OS publishes WGS84 → OSGB36 as tx -446.448, ty +125.157, tz -542.060 m, scale
 * +20.4894 ppm, rx -0.1502", ry -0.2470", rz -0.8421"; this way round every sign is reversed.
 */
const HELMERT = { tx: 446.448, ty: -125.157, tz: 542.06, scalePpm: -20.4894, rx: 0.1502, ry: 0.247, rz: 0.8421 } as const;

const RADIANS = Math.PI / 180;
const SECONDS = RADIANS / 3600;

/** The meridional arc from the true origin's latitude to `phi` (OS guide, formula C3). */
function meridionalArc(phi: number, phi0: number, { a, b }: Ellipsoid): number {
  const n = (a - b) / (a + b);
  const [n2, n3] = [n * n, n * n * n];
  const [d, s] = [phi - phi0, phi + phi0];
  return (
    b *
    NATIONAL_GRID.scale *
    ((1 + n + (5 / 4) * n2 + (5 / 4) * n3) * d -
      (3 * n + 3 * n2 + (21 / 8) * n3) * Math.sin(d) * Math.cos(s) +
      ((15 / 8) * n2 + (15 / 8) * n3) * Math.sin(2 * d) * Math.cos(2 * s) -
      (35 / 24) * n3 * Math.sin(3 * d) * Math.cos(3 * s))
  );
}

/** Eastings and northings to latitude and longitude on OSGB36's own ellipsoid (OS guide, C.2), in degrees. */
export function gridToOsgb36(easting: number, northing: number): Coordinates {
  const { a, b } = AIRY_1830;
  const F0 = NATIONAL_GRID.scale;
  const phi0 = NATIONAL_GRID.latitude * RADIANS;
  const lambda0 = NATIONAL_GRID.longitude * RADIANS;
  const e2 = 1 - (b * b) / (a * a);
  const north = northing - NATIONAL_GRID.northing;
  let phi = north / (a * F0) + phi0;
  let arc = meridionalArc(phi, phi0, AIRY_1830);
  for (let step = 0; step < 20 && Math.abs(north - arc) >= 0.00001; step++) {
    phi += (north - arc) / (a * F0);
    arc = meridionalArc(phi, phi0, AIRY_1830);
  }
  const sin2 = Math.sin(phi) ** 2;
  const nu = (a * F0) / Math.sqrt(1 - e2 * sin2);
  const rho = (a * F0 * (1 - e2)) / (1 - e2 * sin2) ** 1.5;
  const eta2 = nu / rho - 1;
  const tan = Math.tan(phi);
  const [tan2, tan4, tan6] = [tan ** 2, tan ** 4, tan ** 6];
  const sec = 1 / Math.cos(phi);
  const VII = tan / (2 * rho * nu);
  const VIII = (tan / (24 * rho * nu ** 3)) * (5 + 3 * tan2 + eta2 - 9 * tan2 * eta2);
  const IX = (tan / (720 * rho * nu ** 5)) * (61 + 90 * tan2 + 45 * tan4);
  const X = sec / nu;
  const XI = (sec / (6 * nu ** 3)) * (nu / rho + 2 * tan2);
  const XII = (sec / (120 * nu ** 5)) * (5 + 28 * tan2 + 24 * tan4);
  const XIIA = (sec / (5040 * nu ** 7)) * (61 + 662 * tan2 + 1320 * tan4 + 720 * tan6);
  const dE = easting - NATIONAL_GRID.easting;
  const latitude = phi - VII * dE ** 2 + VIII * dE ** 4 - IX * dE ** 6;
  const longitude = lambda0 + X * dE - XI * dE ** 3 + XII * dE ** 5 - XIIA * dE ** 7;
  return { latitude: latitude / RADIANS, longitude: longitude / RADIANS };
}

/** Latitude and longitude (degrees, at height 0) on one ellipsoid to x, y, z in metres from the earth's centre. */
function toCartesian({ latitude, longitude }: Coordinates, { a, b }: Ellipsoid): [number, number, number] {
  const [phi, lambda] = [latitude * RADIANS, longitude * RADIANS];
  const e2 = 1 - (b * b) / (a * a);
  const nu = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  return [nu * Math.cos(phi) * Math.cos(lambda), nu * Math.cos(phi) * Math.sin(lambda), (1 - e2) * nu * Math.sin(phi)];
}

/** x, y, z in metres back to latitude and longitude in degrees on an ellipsoid (OS guide, B.2). */
function fromCartesian([x, y, z]: readonly [number, number, number], { a, b }: Ellipsoid): Coordinates {
  const e2 = 1 - (b * b) / (a * a);
  const p = Math.hypot(x, y);
  let phi = Math.atan2(z, p * (1 - e2));
  for (let step = 0; step < 10; step++) {
    const nu = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
    const next = Math.atan2(z + e2 * nu * Math.sin(phi), p);
    if (Math.abs(next - phi) < 1e-12) {
      phi = next;
      break;
    }
    phi = next;
  }
  return { latitude: phi / RADIANS, longitude: Math.atan2(y, x) / RADIANS };
}

/** The Helmert transformation from OSGB36 to WGS84 (OS guide, 6.2). */
function helmert([x, y, z]: readonly [number, number, number]): [number, number, number] {
  const { tx, ty, tz, scalePpm, rx, ry, rz } = HELMERT;
  const s = 1 + scalePpm / 1e6;
  const [ax, ay, az] = [rx * SECONDS, ry * SECONDS, rz * SECONDS];
  return [tx + s * x - az * y + ay * z, ty + az * x + s * y - ax * z, tz - ay * x + ax * y + s * z];
}

/** A British National Grid easting and northing (metres) as WGS84 latitude and longitude (degrees). */
export function gridToLatitudeLongitude(easting: number, northing: number): Coordinates {
  return fromCartesian(helmert(toCartesian(gridToOsgb36(easting, northing), AIRY_1830)), WGS84);
}
