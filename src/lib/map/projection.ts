/**
 * Turns longitude and latitude into points on a drawing: a Mercator projection (d3-geo) fitted
 * so that the given points fill the drawing's width, with a margin, north at the top. The
 * drawing is as tall as the shape needs, but never taller than `maxHeight`.
 */
import { geoMercator } from 'd3-geo';
import type { LonLat } from './areas.ts';

/** A point on the drawing, in its own units: x to the right, y down. */
export type Point = readonly [number, number];

export interface FittedProjection {
  /** Where a [longitude, latitude] point falls on the drawing. */
  readonly project: (point: LonLat) => Point;
  readonly width: number;
  readonly height: number;
}

export interface FitOptions {
  readonly width: number;
  readonly maxHeight: number;
  /** The space left empty round the edge, in the drawing's units. */
  readonly margin: number;
}

/** A projection that fits the points in the width (or in the height, for a tall shape) of the drawing. */
export function fitProjection(points: readonly LonLat[], { width, maxHeight, margin }: FitOptions): FittedProjection {
  if (points.length === 0) throw new Error('There are no points to fit the map to.');
  const shape = { type: 'MultiPoint' as const, coordinates: points.map(([lon, lat]) => [lon, lat]) };
  const projection = geoMercator().fitWidth(width - 2 * margin, shape);
  const [[, top], [, bottom]] = boundsOf(points.map((p): Point => projection(p as [number, number]) ?? [0, 0]));
  if (bottom - top > maxHeight - 2 * margin) projection.fitSize([width - 2 * margin, maxHeight - 2 * margin], shape);
  const projected = points.map((p): Point => projection(p as [number, number]) ?? [0, 0]);
  const [[left, upper], [right, lower]] = boundsOf(projected);
  // Centre the shape across the width, and make the drawing as tall as the shape.
  const dx = margin + (width - 2 * margin - (right - left)) / 2 - left;
  const dy = margin - upper;
  return {
    project: (point) => {
      const [x, y] = projection(point as [number, number]) ?? [Number.NaN, Number.NaN];
      return [x + dx, y + dy];
    },
    width,
    height: Math.ceil(lower - upper + 2 * margin),
  };
}

/** The smallest box round some points: [[left, top], [right, bottom]]. */
export function boundsOf(points: readonly Point[]): [[number, number], [number, number]] {
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  return [
    [left, top],
    [right, bottom],
  ];
}
