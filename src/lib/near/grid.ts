/**
 * The map is cut into squares about 10 km across, so the near-me page fetches only the places
 * near a person, however many a national directory holds. A square is named by its row and
 * column counted from latitude 0 and longitude 0, like "534_-14": row 534 runs from latitude
 * 53.4 to 53.5, and column -14 from longitude -2.1 to -1.95.
 */
import { milesBetween, type LatLng } from './distance.ts';

/** How tall and wide a square is, in degrees: 0.1 of latitude is 11 km; 0.15 of longitude is 10.7 km at the south coast and 8.8 km in the north of Scotland. */
export const CELL_DEGREES = { latitude: 0.1, longitude: 0.15 } as const;

/** The square a point is in. */
export function cellOf(point: LatLng): string {
  return `${Math.floor(point.latitude / CELL_DEGREES.latitude)}_${Math.floor(point.longitude / CELL_DEGREES.longitude)}`;
}

interface CellBounds {
  readonly south: number;
  readonly north: number;
  readonly west: number;
  readonly east: number;
}

/** The edges of a square, from its name. */
export function cellBounds(cell: string): CellBounds {
  const match = /^(-?\d+)_(-?\d+)$/.exec(cell);
  if (!match) throw new Error(`"${cell}" is not the name of a square on the map.`);
  const row = Number(match[1]);
  const column = Number(match[2]);
  return {
    south: row * CELL_DEGREES.latitude,
    north: (row + 1) * CELL_DEGREES.latitude,
    west: column * CELL_DEGREES.longitude,
    east: (column + 1) * CELL_DEGREES.longitude,
  };
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * How near any place in a square can be to a point: the distance to the nearest point of its
 * edge (0 inside it). Anything in a square is at least this far away, so once the places found
 * so far are nearer than every square not yet fetched, their order is final. (The nearest point
 * is taken straight north, south, east or west of the point; the true nearest point on a
 * square's edge differs from it by far less than a metre at this size.)
 */
export function milesToCell(point: LatLng, cell: string): number {
  const { south, north, west, east } = cellBounds(cell);
  return milesBetween(point, { latitude: clamp(point.latitude, south, north), longitude: clamp(point.longitude, west, east) });
}

/** Squares, nearest first, each with how near it can be. */
export function cellsNearestFirst(point: LatLng, cells: Iterable<string>): { readonly cell: string; readonly miles: number }[] {
  return [...cells].map((cell) => ({ cell, miles: milesToCell(point, cell) })).sort((a, b) => a.miles - b.miles || a.cell.localeCompare(b.cell));
}
