import { z } from 'astro/zod';
import { isInUk, UK_BOUNDS } from '../lib/uk-bounds.ts';
import { idRef, text } from './fields.ts';

/** The most problems told about one area's boundary: after a few, the rest are the same mistake. */
const PROBLEMS_PER_AREA = 3;

interface GeometryProblem {
  readonly path: PropertyKey[];
  readonly message: string;
}

const isPosition = (value: unknown): value is number[] => Array.isArray(value) && (value.length === 2 || value.length === 3) && value.every((n) => typeof n === 'number' && Number.isFinite(n));

/** What is wrong with one ring of points (the edge of an area or of a hole in it). */
function ringProblems(ring: unknown, path: PropertyKey[], area: string): GeometryProblem[] {
  const again = 'Export the file again as GeoJSON.';
  if (!Array.isArray(ring)) return [{ path, message: `The boundary of "${area}" has an edge that is not a list of points. ${again}` }];
  const problems: GeometryProblem[] = [];
  ring.forEach((point, i) => {
    if (!isPosition(point)) problems.push({ path: [...path, i], message: `The boundary of "${area}" has a point that is not [longitude, latitude] numbers. ${again}` });
    else if (!isInUk(point[0]!, point[1]!)) {
      problems.push({
        path: [...path, i],
        message:
          `The boundary of "${area}" has a point at [${point[0]}, ${point[1]}], which is not in the UK. ` +
          `Points are [longitude, latitude] in degrees (WGS84): longitude ${UK_BOUNDS.west} to ${UK_BOUNDS.east}, latitude ${UK_BOUNDS.south} to ${UK_BOUNDS.north}. ` +
          'If the numbers are large, like 385000, the file uses British National Grid metres: export it again as WGS84 (EPSG:4326).',
      });
    }
  });
  if (problems.length) return problems;
  const [first, last] = [ring[0] as number[] | undefined, ring.at(-1) as number[] | undefined];
  if (ring.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) {
    return [{ path, message: `The boundary of "${area}" has an edge that is not closed: it needs at least 4 points, and the last must be the same as the first. ${again}` }];
  }
  return [];
}

/** What is wrong with one polygon's rings. */
function polygonProblems(rings: unknown, path: PropertyKey[], area: string): GeometryProblem[] {
  if (!Array.isArray(rings) || rings.length === 0) return [{ path, message: `The boundary of "${area}" has a polygon with no points. Export the file again as GeoJSON.` }];
  return rings.flatMap((ring, i) => ringProblems(ring, [...path, i], area));
}

/** What is wrong with an area's geometry: it must be a Polygon or MultiPolygon in the UK. */
export function geometryProblems(geometry: unknown, area: string): GeometryProblem[] {
  const path: PropertyKey[] = ['geometry'];
  if (geometry === null || typeof geometry !== 'object') {
    return [{ path, message: `The boundary of "${area}" has no geometry. Each feature needs a "geometry" of type Polygon or MultiPolygon.` }];
  }
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return polygonProblems(coordinates, [...path, 'coordinates'], area);
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) {
      return [{ path: [...path, 'coordinates'], message: `The boundary of "${area}" is a MultiPolygon with no polygons. Export the file again as GeoJSON.` }];
    }
    return coordinates.flatMap((polygon, i) => polygonProblems(polygon, [...path, 'coordinates', i], area));
  }
  return [
    {
      path: [...path, 'type'],
      message: `The boundary of "${area}" is a ${typeof type === 'string' ? type : 'shape with no type'}. An area's boundary must be a Polygon or MultiPolygon: export the areas as shapes, not points or lines.`,
    },
  ];
}

/** An area's geometry as GeoJSON gives it: [longitude, latitude] points, in rings, in polygons. */
export type AreaGeometry = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** One area's boundary: a GeoJSON Feature whose properties.id is the area's id in areas.yaml. */
export const areaBoundarySchema = z
  .looseObject({
    type: z.literal('Feature', { error: 'Each item in "features" must be a GeoJSON Feature ("type": "Feature").' }).describe('Always "Feature".'),
    properties: z
      .looseObject({
        id: idRef().describe('The id of the area in content/areas.yaml that this boundary is for, like "eastbrook".'),
        source: text({ max: 300 }).describe('Where the boundary comes from, like "ONS Open Geography portal, Wards (May 2025) Boundaries UK BGC".'),
      })
      .describe('The area this boundary is for, and where it comes from. Other properties are allowed and not used.'),
    geometry: z.custom<AreaGeometry>(() => true).describe('The shape of the area: a Polygon or MultiPolygon of [longitude, latitude] points in degrees (WGS84).'),
  })
  .superRefine((feature, context) => {
    for (const problem of geometryProblems(feature.geometry, feature.properties.id).slice(0, PROBLEMS_PER_AREA)) {
      context.addIssue({ code: 'custom', path: problem.path, message: problem.message, input: feature.geometry });
    }
  });

/**
 * content/areas.geojson: the boundary of every area in areas.yaml, for the maps. Optional: without
 * it the site has no maps. GeoJSON (RFC 7946) FeatureCollection, one Feature per area.
 */
export const areaBoundariesSchema = z
  .looseObject({
    type: z.literal('FeatureCollection', { error: 'areas.geojson must be a GeoJSON FeatureCollection ("type": "FeatureCollection").' }).describe('Always "FeatureCollection".'),
    sample: z.literal(true, { error: 'Write "sample": true if these boundaries are made up, or leave it out.' }).optional().describe('true when the boundaries are made-up examples.'),
    note: text({ max: 1000 }).optional().describe('A note for people who edit the file, like where it came from and when.'),
    crs: z
      .unknown()
      .refine((crs) => /CRS84|4326/.test(JSON.stringify(crs) ?? ''), {
        error: 'The points must be longitude and latitude in degrees (WGS84). Export the file again as GeoJSON in WGS84 (EPSG:4326), or remove "crs".',
      })
      .optional()
      .describe('Left out in GeoJSON; older exports say which coordinates they use. It must be WGS84 (CRS84 or EPSG:4326).'),
    features: z
      .array(areaBoundarySchema, { error: 'Write "features" as a list of Features, one for each area.' })
      .min(1, { error: 'There are no boundaries in "features". Add one Feature for each area in areas.yaml, or remove areas.geojson to have no maps.' })
      .describe('One Feature for each area in content/areas.yaml.'),
  })
  .superRefine((collection, context) => {
    const first = new Map<string, number>();
    collection.features.forEach((feature, index) => {
      const id = feature.properties.id;
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, index);
      else {
        context.addIssue({
          code: 'custom',
          path: ['features', index, 'properties', 'id'],
          message: `"${id}" has two boundaries (features ${earlier + 1} and ${index + 1}). Keep one, or join them into one MultiPolygon.`,
          input: id,
        });
      }
    });
  });

export type AreaBoundaries = z.infer<typeof areaBoundariesSchema>;
export type AreaBoundary = z.infer<typeof areaBoundarySchema>;
