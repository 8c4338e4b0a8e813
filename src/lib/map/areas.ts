/**
 * The areas' boundaries as the map and the checks use them: each area's shape by its id, and
 * whether a point lies inside an area. Points are [longitude, latitude] in degrees, as in GeoJSON.
 */
import type { AreaBoundaries, AreaGeometry } from '../../schemas/area-boundaries.ts';

/** A point as GeoJSON writes it: [longitude, latitude]. */
export type LonLat = readonly [number, number];

/** Each area's boundary, by the area's id. */
export function boundariesById(file: Pick<AreaBoundaries, 'features'>): Map<string, AreaGeometry> {
  return new Map(file.features.map((feature) => [feature.properties.id, feature.geometry]));
}

/** The polygons of an area (a Polygon is one), each a list of rings: the outside edge, then any holes. */
export function polygonsOf(geometry: AreaGeometry): number[][][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Whether a point is inside a ring (even-odd rule; a point exactly on the edge may go either way). */
function insideRing([x, y]: LonLat, ring: readonly (readonly number[])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Whether a point is inside an area: inside one of its polygons' outside edges and not in one of
 * its holes. Worked out on the flat map of longitude and latitude, which is close enough for a
 * borough (its edges are a few hundred metres long at most).
 */
export function areaContains(geometry: AreaGeometry, point: LonLat): boolean {
  return polygonsOf(geometry).some(([outer, ...holes]) => outer !== undefined && insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole)));
}
