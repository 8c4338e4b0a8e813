/**
 * Cuts shapes to a box (Sutherland-Hodgman), so a map of one area sends only the parts of its
 * neighbours that can be seen. The box is a little larger than the drawing, so the cut edges
 * fall outside it and are never seen.
 */
import type { Point } from './projection.ts';

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

type Edge = { inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point };

function edgesOf({ left, top, right, bottom }: Box): Edge[] {
  const atX =
    (x: number) =>
    (a: Point, b: Point): Point => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY =
    (y: number) =>
    (a: Point, b: Point): Point => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  return [
    { inside: (p) => p[0] >= left, cross: atX(left) },
    { inside: (p) => p[0] <= right, cross: atX(right) },
    { inside: (p) => p[1] >= top, cross: atY(top) },
    { inside: (p) => p[1] <= bottom, cross: atY(bottom) },
  ];
}

/** The part of an open ring inside the box (an empty list when none of it is). */
export function clipRing(ring: readonly Point[], box: Box): Point[] {
  let points = [...ring];
  for (const edge of edgesOf(box)) {
    if (points.length === 0) break;
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (edge.inside(current)) {
        if (!edge.inside(previous)) points.push(edge.cross(previous, current));
        points.push(current);
      } else if (edge.inside(previous)) points.push(edge.cross(previous, current));
    }
  }
  return points;
}
