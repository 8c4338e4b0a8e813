/** Where an area's name goes: the point inside it farthest from its edges, and the name on one or two lines. */
import type { Point } from './projection.ts';
import type { Box } from './clip.ts';

type Polygon = readonly (readonly Point[])[];

function insideRing([x, y]: Point, ring: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToEdges(point: Point, polygon: Polygon): number {
  let best = Infinity;
  for (const ring of polygon)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [a, b] = [ring[j]!, ring[i]!];
      const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
      const length2 = dx * dx + dy * dy;
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / length2));
      best = Math.min(best, Math.hypot(point[0] - (a[0] + t * dx), point[1] - (a[1] + t * dy)));
    }
  return best;
}

/** How much room there is round a point inside a polygon: 0 outside it. Counts the box's edges as edges. */
function room(point: Point, polygon: Polygon, box: Box): number {
  const [outer, ...holes] = polygon;
  if (!outer || !insideRing(point, outer) || holes.some((hole) => insideRing(point, hole))) return 0;
  const fromBox = Math.min(point[0] - box.left, box.right - point[0], point[1] - box.top, box.bottom - point[1]);
  return Math.max(0, Math.min(distanceToEdges(point, polygon), fromBox));
}

/**
 * The point inside the polygons (and the box) with the most room round it, and how much room (the
 * distance to the nearest edge); undefined when no part of them is in the box. A grid search, then
 * a finer one round the best point.
 */
export function labelPoint(polygons: readonly Polygon[], box: Box, accept: (point: Point) => boolean = () => true): { point: Point; room: number } | undefined {
  const found = searchLabelPoint(polygons, box, accept);
  // Somewhere is better than nowhere: when no point is accepted, the one with most room.
  return found ?? searchLabelPoint(polygons, box, () => true);
}

function searchLabelPoint(polygons: readonly Polygon[], box: Box, accept: (point: Point) => boolean): { point: Point; room: number } | undefined {
  let best: { point: Point; room: number } | undefined;
  for (const polygon of polygons) {
    const xs = polygon[0]?.map((p) => p[0]) ?? [];
    const ys = polygon[0]?.map((p) => p[1]) ?? [];
    const [left, right] = [Math.max(box.left, Math.min(...xs)), Math.min(box.right, Math.max(...xs))];
    const [top, bottom] = [Math.max(box.top, Math.min(...ys)), Math.min(box.bottom, Math.max(...ys))];
    if (!(left < right && top < bottom)) continue;
    const search = (x0: number, y0: number, x1: number, y1: number, steps: number) => {
      for (let i = 0; i <= steps; i++)
        for (let j = 0; j <= steps; j++) {
          const point: Point = [x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * j) / steps];
          const r = room(point, polygon, box);
          if (r > 0 && (!best || r > best.room) && accept(point)) best = { point, room: r };
        }
    };
    search(left, top, right, bottom, 24);
    if (best) {
      const [cx, cy] = best.point;
      const [w, h] = [(right - left) / 24, (bottom - top) / 24];
      search(cx - w, cy - h, cx + w, cy + h, 8);
    }
  }
  return best && { point: [Math.round(best.point[0]), Math.round(best.point[1])], room: best.room };
}

/** Whether a box (a name's space) lies inside one of the polygons: its corners and the middles of its sides are. */
export function boxInside(polygons: readonly Polygon[], box: Box): boolean {
  const { left, top, right, bottom } = box;
  const [cx, cy] = [(left + right) / 2, (top + bottom) / 2];
  const checks: Point[] = [
    [left, top],
    [cx, top],
    [right, top],
    [right, cy],
    [right, bottom],
    [cx, bottom],
    [left, bottom],
    [left, cy],
  ];
  return polygons.some(([outer, ...holes]) => outer !== undefined && checks.every((point) => insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole))));
}

/**
 * A name on at most `count` lines, broken at spaces so the lines are as even as they can be:
 * "Northmere Town Centre" on two lines is "Northmere" and "Town Centre".
 */
export function labelLines(name: string, count = 2): string[] {
  const words = name.split(' ');
  if (count <= 1 || words.length === 1) return [name];
  // Every way of cutting the words into `count` lines or fewer; the one whose longest line is shortest.
  let best: string[] = [name];
  const visit = (start: number, lines: string[]) => {
    if (start === words.length) {
      const longest = (ls: string[]) => Math.max(...ls.map((l) => l.length));
      if (longest(lines) < longest(best)) best = lines;
      return;
    }
    if (lines.length === count) return;
    for (let end = start + 1; end <= words.length; end++) visit(end, [...lines, words.slice(start, end).join(' ')]);
  };
  visit(0, []);
  return best;
}
