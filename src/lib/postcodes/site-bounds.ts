/**
 * Which postcodes are the site's own: those inside a box round its areas (their boundaries in
 * content/areas.geojson) or, without boundaries, round its places, with a margin so that people
 * just over the border can still search.
 */
import { contentFilePath } from '../../content-model/content-types.ts';
import type { Coordinates } from './district-file.ts';

/** The areas' boundaries, from the project folder. */
export const AREA_BOUNDARIES_FILE = contentFilePath('areaBoundaries', 'areas');

/** A box on the map, in degrees. */
export interface Box {
  readonly south: number;
  readonly north: number;
  readonly west: number;
  readonly east: number;
}

const KM_PER_DEGREE = 111.32;

/** The smallest box round some points; undefined for none. */
export function boxAround(places: Iterable<Coordinates>): Box | undefined {
  let box: Box | undefined;
  for (const { latitude, longitude } of places) {
    box = box
      ? { south: Math.min(box.south, latitude), north: Math.max(box.north, latitude), west: Math.min(box.west, longitude), east: Math.max(box.east, longitude) }
      : { south: latitude, north: latitude, west: longitude, east: longitude };
  }
  return box;
}

/** Every [longitude, latitude] position in a GeoJSON object, however deeply its geometry nests them. */
function* positions(value: unknown): Generator<Coordinates> {
  if (!Array.isArray(value)) {
    if (value !== null && typeof value === 'object') for (const child of Object.values(value)) yield* positions(child);
    return;
  }
  if (value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number') {
    yield { longitude: value[0], latitude: value[1] };
    return;
  }
  for (const child of value) yield* positions(child);
}

/** The box round every boundary in a GeoJSON file's data (its geometries' coordinates only). */
export function boxAroundGeoJson(geojson: unknown): Box | undefined {
  const features = (geojson as { features?: unknown } | null)?.features;
  const geometries = Array.isArray(features) ? features.map((feature) => (feature as { geometry?: { coordinates?: unknown } } | null)?.geometry?.coordinates) : [];
  return boxAround(positions(geometries));
}

/** The box made bigger by `km` on every side. */
export function widenBox(box: Box, km: number): Box {
  const north = km / KM_PER_DEGREE;
  const east = km / (KM_PER_DEGREE * Math.cos((((box.south + box.north) / 2) * Math.PI) / 180));
  return { south: box.south - north, north: box.north + north, west: box.west - east, east: box.east + east };
}

export function isInBox(box: Box, { latitude, longitude }: Coordinates): boolean {
  return latitude >= box.south && latitude <= box.north && longitude >= box.west && longitude <= box.east;
}
