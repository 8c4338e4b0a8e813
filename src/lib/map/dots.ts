/**
 * Places the numbered dots on a map so that none covers another. A dot goes on its place; when
 * that spot is taken, it moves to the nearest free spot round it, and a line joins it to its place.
 */
import type { Point } from './projection.ts';

export interface DotToPlace {
  /** What the dot says: the number of its entry in the list. */
  readonly label: string;
  /** Where its place is on the drawing. */
  readonly at: Point;
}

export interface PlacedDot extends DotToPlace {
  /** Where the dot is drawn: its place, or near it when its place is taken. */
  readonly x: number;
  readonly y: number;
  /** True when the dot was moved off its place (the map draws a line to the place). */
  readonly moved: boolean;
}

export interface DotOptions {
  readonly radius: number;
  readonly width: number;
  readonly height: number;
}

/** The spots a dot may take, nearest first: its place, then rings round it. */
function spotsRound([x, y]: Point, radius: number): Point[] {
  const spots: Point[] = [[x, y]];
  for (let ring = 1; ring <= 8; ring++) {
    const distance = ring * radius * 1.2;
    const count = 8 + ring * 4;
    for (let k = 0; k < count; k++) {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / count;
      spots.push([x + distance * Math.cos(angle), y + distance * Math.sin(angle)]);
    }
  }
  return spots;
}

/** Each dot's spot, in the order given (so the first dots sit on their places). */
export function placeDots(dots: readonly DotToPlace[], { radius, width, height }: DotOptions): PlacedDot[] {
  const placed: PlacedDot[] = [];
  const gap = 2 * radius + 1;
  const fits = ([x, y]: Point) => x >= radius && x <= width - radius && y >= radius && y <= height - radius && placed.every((dot) => Math.hypot(dot.x - x, dot.y - y) >= gap);
  for (const dot of dots) {
    const spot = spotsRound(dot.at, radius).find(fits) ?? dot.at;
    const [x, y] = [Math.round(spot[0]), Math.round(spot[1])];
    placed.push({ ...dot, x, y, moved: Math.hypot(x - dot.at[0], y - dot.at[1]) > radius / 2 });
  }
  return placed;
}
