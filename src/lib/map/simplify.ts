/**
 * Makes area shapes small enough to send in a page: points rounded to whole units of the drawing,
 * and points that change the shape by less than `tolerance` units left out (Douglas-Peucker).
 * Areas share edges, so each shared stretch of edge is simplified once, the same way for both
 * areas: the map has no gaps or overlaps between neighbours.
 */
import type { Point } from './projection.ts';

/** A polygon on the drawing: its outside edge, then any holes; each ring open (the first point is not repeated). */
export type Rings = Point[][];

export interface ShapeToSimplify {
  readonly id: string;
  readonly polygons: readonly Rings[];
}

const keyOf = ([x, y]: Point) => `${x},${y}`;
const compare = (a: Point, b: Point) => a[0] - b[0] || a[1] - b[1];

/** Rounds a ring's points to whole units, leaving out repeated points and the closing point. */
function roundRing(ring: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const [x, y] of ring) {
    const point: Point = [Math.round(x), Math.round(y)];
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  while (out.length > 1 && compare(out[0]!, out.at(-1)!) === 0) out.pop();
  return out;
}

/** How far a point is from the line through a and b. */
function distanceToSegment([x, y]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Douglas-Peucker on an open line: keeps its ends, and the points that matter more than `tolerance`. */
export function simplifyLine(line: readonly Point[], tolerance: number): Point[] {
  if (line.length <= 2) return [...line];
  const keep = new Array<boolean>(line.length).fill(false);
  keep[0] = keep[line.length - 1] = true;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let [farthest, distance] = [-1, tolerance];
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(line[i]!, line[first]!, line[last]!);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest !== -1) {
      keep[farthest] = true;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/** Simplifies a stretch of edge the same way whichever way round it is walked. */
function simplifyArc(arc: readonly Point[], tolerance: number): Point[] {
  const reversed = [...arc].reverse();
  const forwards = arc.map(keyOf).join(' ') <= reversed.map(keyOf).join(' ');
  const simplified = simplifyLine(forwards ? arc : reversed, tolerance);
  return forwards ? simplified : simplified.reverse();
}

/**
 * Simplifies every ring of every shape. A point where the set of rings that use it changes is
 * where one shared stretch of edge ends; those points are always kept.
 */
export function simplifyShapes(shapes: readonly ShapeToSimplify[], tolerance: number): { id: string; polygons: Rings[] }[] {
  const rounded = shapes.map((shape) => ({ id: shape.id, polygons: shape.polygons.map((rings) => rings.map(roundRing)) }));
  const users = new Map<string, Set<number>>();
  let ringNumber = 0;
  for (const shape of rounded)
    for (const rings of shape.polygons)
      for (const ring of rings) {
        const number = ringNumber++;
        for (const point of ring) {
          const key = keyOf(point);
          if (!users.has(key)) users.set(key, new Set());
          users.get(key)!.add(number);
        }
      }
  const usersOf = (point: Point) => [...users.get(keyOf(point))!].sort((a, b) => a - b).join(' ');
  const usedByThreeOrMore = (point: Point) => users.get(keyOf(point))!.size >= 3;

  const simplifyRing = (ring: Point[]): Point[] => {
    const n = ring.length;
    if (n < 3) return ring;
    const sets = ring.map(usersOf);
    const fixed = ring.map((point, i) => sets[i] !== sets[(i + n - 1) % n] || sets[i] !== sets[(i + 1) % n] || usedByThreeOrMore(point));
    // A ring that shares all or none of its edge has no such points: keep two chosen the same way by every ring that walks it.
    if (fixed.filter(Boolean).length < 2) {
      const lowest = ring.reduce((best, point, i) => (compare(point, ring[best]!) < 0 ? i : best), 0);
      const far = ring.reduce((best, point, i) => {
        const [d, dBest] = [Math.hypot(point[0] - ring[lowest]![0], point[1] - ring[lowest]![1]), Math.hypot(ring[best]![0] - ring[lowest]![0], ring[best]![1] - ring[lowest]![1])];
        return d > dBest || (d === dBest && compare(point, ring[best]!) < 0) ? i : best;
      }, lowest);
      fixed[lowest] = fixed[far] = true;
    }
    const start = fixed.indexOf(true);
    const out: Point[] = [];
    let arc: Point[] = [ring[start]!];
    for (let step = 1; step <= n; step++) {
      const i = (start + step) % n;
      arc.push(ring[i]!);
      if (fixed[i]) {
        out.push(...simplifyArc(arc, tolerance).slice(0, -1));
        arc = [ring[i]!];
      }
    }
    return out;
  };

  return rounded.map((shape) => ({
    id: shape.id,
    polygons: shape.polygons.flatMap((rings) => {
      const [outer, ...holes] = rings.map((ring) => {
        const simplified = simplifyRing(ring);
        // A ring too small to keep its shape keeps its rounded points instead.
        return simplified.length >= 3 ? simplified : ring;
      });
      if (!outer || outer.length < 3) return [];
      return [[outer, ...holes.filter((hole) => hole.length >= 3)]];
    }),
  }));
}
