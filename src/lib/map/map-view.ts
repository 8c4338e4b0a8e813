/**
 * What a map shows, worked out at build time: each area's shape as SVG path data, where its name
 * goes, and numbered dots for places. The borough map shows every area; an area's map shows that
 * area with the parts of its neighbours round it. Components only draw what this gives them.
 */
import type { AreaGeometry } from '../../schemas/area-boundaries.ts';
import { polygonsOf, type LonLat } from './areas.ts';
import { clipRing, type Box } from './clip.ts';
import { placeDots, type PlacedDot } from './dots.ts';
import { boxInside, labelLines, labelPoint } from './labels.ts';
import { pathData } from './path.ts';
import { fitProjection, type FittedProjection, type Point } from './projection.ts';
import { simplifyShapes, type Rings } from './simplify.ts';

/** How one kind of map is drawn, in its own units (the SVG viewBox): the page scales it to fit. */
export interface Drawing {
  readonly width: number;
  /** The tallest it may be. */
  readonly maxHeight: number;
  /** Room left round the shape; an area's map leaves more, to show its neighbours. */
  readonly margin: number;
  /** Points that move an edge by less than this are left out. */
  readonly tolerance: number;
  /** The dots' size; their numbers are 1.2 times this. */
  readonly dotRadius: number;
  /** The areas' names are as big as fits in each area, between these. */
  readonly labelSize: { readonly min: number; readonly max: number };
  /** Whether every area is named even where its name does not fit inside it (the find-help map, whose names are its links'). */
  readonly nameEvery: boolean;
}

/**
 * The kinds of map: the borough on the find-help page (every area named, even where its name is
 * bigger than it: the names are its links'); an area with its neighbours (a list's map and an
 * area's sheet); and the borough on a sheet of one kind of help. 400 units across, so that names
 * of 16 units are about 11 px on a 320 px phone and 7 pt on a sheet (where maps are 6 cm wide).
 */
export const MAP_DRAWING = {
  borough: { width: 400, maxHeight: 400, margin: 6, tolerance: 1.5, dotRadius: 16, labelSize: { min: 16, max: 24 }, nameEvery: true },
  area: { width: 400, maxHeight: 320, margin: 32, tolerance: 1.5, dotRadius: 16, labelSize: { min: 18, max: 24 }, nameEvery: false },
  sheet: { width: 400, maxHeight: 400, margin: 6, tolerance: 1.5, dotRadius: 14, labelSize: { min: 18, max: 24 }, nameEvery: false },
} as const satisfies Record<string, Drawing>;

/** An area's name on a map: its middle, its size, and its lines. */
export interface MapLabel {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly lines: readonly string[];
}

/** One area's shape on a map. */
export interface MapShape {
  readonly id: string;
  readonly name: string;
  /** SVG path data. */
  readonly d: string;
  /** Where its name goes, its size, and the name on one or two lines; none when it has no room. */
  readonly label: MapLabel | undefined;
  /** The area the map is of (an area's map); its neighbours are drawn fainter. */
  readonly focus: boolean;
  /** Where the area links to, on a map whose areas are links. */
  readonly path: string | undefined;
}

export interface MapView {
  readonly width: number;
  readonly height: number;
  readonly dotRadius: number;
  readonly shapes: readonly MapShape[];
  readonly dots: readonly PlacedDot[];
}

/** An area as the map names it, and the page it links to (if any). */
export interface MapArea {
  readonly id: string;
  readonly name: string;
  readonly path?: string | undefined;
}

/** A place to mark with a numbered dot. */
export interface MapPlace {
  readonly label: string;
  readonly point: LonLat;
}

const pointsOf = (geometry: AreaGeometry): LonLat[] => polygonsOf(geometry).flatMap((rings) => rings[0] ?? []) as unknown as LonLat[];

/** The polygons on the drawing, open rings, optionally cut to a box. */
function project(geometry: AreaGeometry, fitted: FittedProjection, box?: Box): Rings[] {
  return polygonsOf(geometry).flatMap((rings) => {
    const projected = rings.map((ring) => {
      const open = ring.slice(0, -1).map((point) => fitted.project(point as unknown as LonLat));
      return box ? clipRing(open, box) : open;
    });
    return projected[0] && projected[0].length >= 3 ? [projected.filter((ring) => ring.length >= 3)] : [];
  });
}

function draw(
  areas: readonly MapArea[],
  boundaries: ReadonlyMap<string, AreaGeometry>,
  fitted: FittedProjection,
  drawing: Drawing,
  options: { box?: Box; focus?: string; places: readonly MapPlace[] },
): MapView {
  const shown = areas.flatMap((area) => {
    const geometry = boundaries.get(area.id);
    if (!geometry) return [];
    const polygons = project(geometry, fitted, options.box);
    return polygons.length ? [{ area, polygons }] : [];
  });
  const simplified = simplifyShapes(
    shown.map(({ area, polygons }) => ({ id: area.id, polygons })),
    drawing.tolerance,
  );
  const frame: Box = { left: 0, top: 0, right: fitted.width, bottom: fitted.height };
  const radius = drawing.dotRadius;
  const dots = placeDots(
    options.places.map((place) => ({ label: place.label, at: roundPoint(fitted.project(place.point)) })),
    { radius, width: fitted.width, height: fitted.height },
  );
  // A name goes where no dot covers it, if it can.
  const clearOfDots = (lines: string[]) => (point: Point) => {
    const { left, top, right, bottom } = labelBox({ x: point[0], y: point[1], lines, size: drawing.labelSize.max });
    return dots.every((dot) => Math.hypot(dot.x - Math.max(left, Math.min(dot.x, right)), dot.y - Math.max(top, Math.min(dot.y, bottom))) > radius);
  };
  const shapes = shown.flatMap(({ area }, i) => {
    const polygons = simplified[i]!.polygons;
    if (!polygons.length) return [];
    const focus = area.id === options.focus;
    // The area a map is of is its subject, not named on it.
    const at = !focus ? labelPoint(polygons, frame, clearOfDots(labelLines(area.name))) : undefined;
    // On one line, or on two when that lets the name be bigger.
    const [lines, size] = at ? bestLines(area.name, at.room, drawing.labelSize) : [[], 0];
    const label = at && keepInFrame(at.point, lines, size, fitted);
    // An area is named when its name fits in the part of it that shows (on the find-help map, always).
    const named = label && (drawing.nameEvery || boxInside(polygons, labelBox(label)));
    return [
      {
        id: area.id,
        name: area.name,
        d: pathData(polygons),
        label: named ? label : undefined,
        focus,
        path: area.path,
      },
    ];
  });
  return { width: fitted.width, height: fitted.height, dotRadius: radius, shapes, dots };
}

/** Half the width and height of a name's space, from its longest line (a letter is about 0.6 of the size wide), with a little room. */
function halfSize(lines: readonly string[], size: number): [number, number] {
  return [(Math.max(...lines.map((line) => line.length)) * size * 0.6) / 2 + 4, (lines.length * size * 1.1) / 2 + 4];
}

function labelBox({ x, y, lines, size }: MapLabel): Box {
  const [halfWidth, halfHeight] = halfSize(lines, size);
  return { left: x - halfWidth, top: y - halfHeight, right: x + halfWidth, bottom: y + halfHeight };
}

/**
 * The biggest size (within the limits) at which a name fits round a point with this much room
 * (the distance to the area's nearest edge): its lines no taller than 1.8 times the room, and no
 * wider than twice it.
 */
export function sizeToFit(room: number, lines: readonly string[], { min, max }: { min: number; max: number }): number {
  return Math.round(Math.min(max, Math.max(min, fittingSize(room, lines))));
}

function fittingSize(room: number, lines: readonly string[]): number {
  const longest = Math.max(...lines.map((line) => line.length));
  return Math.min((1.8 * room) / (1.1 * lines.length), (2 * room) / (0.6 * longest));
}

/** The name on one, two or three lines: whichever lets it be biggest. */
function bestLines(name: string, room: number, limits: { min: number; max: number }): [string[], number] {
  const choices = [1, 2, 3].map((count) => labelLines(name, count));
  const best = choices.reduce((a, b) => (fittingSize(room, b) > fittingSize(room, a) ? b : a));
  return [best, sizeToFit(room, best, limits)];
}

/** A name's place, moved in from the drawing's edge so that none of it is cut off. */
function keepInFrame([x, y]: Point, lines: string[], size: number, { width, height }: FittedProjection): MapLabel {
  const [halfWidth, halfHeight] = halfSize(lines, size);
  const clamp = (value: number, low: number, high: number) => (low > high ? value : Math.round(Math.min(Math.max(value, low), high)));
  return { x: clamp(x, halfWidth, width - halfWidth), y: clamp(y, halfHeight, height - halfHeight), size, lines };
}

const roundPoint = ([x, y]: Point): Point => [Math.round(x), Math.round(y)];

/**
 * The whole borough: every area with a boundary, and dots for any places given. Drawn for the
 * find-help page, or for a sheet of one kind of help.
 */
export function boroughMap(boundaries: ReadonlyMap<string, AreaGeometry>, areas: readonly MapArea[], places: readonly MapPlace[] = [], drawing: Drawing = MAP_DRAWING.borough): MapView | undefined {
  const points = areas.flatMap((area) => {
    const geometry = boundaries.get(area.id);
    return geometry ? pointsOf(geometry) : [];
  });
  if (points.length === 0) return undefined;
  const fitted = fitProjection([...points, ...places.map((place) => place.point)], drawing);
  return draw(areas, boundaries, fitted, drawing, { places });
}

/**
 * One area, filling the map, with the parts of its neighbours that fit round it, and dots for its
 * places. Neighbours are named when there is room; the area itself is the page's subject.
 */
export function areaMap(boundaries: ReadonlyMap<string, AreaGeometry>, areas: readonly MapArea[], areaId: string, places: readonly MapPlace[]): MapView | undefined {
  const geometry = boundaries.get(areaId);
  if (!geometry) return undefined;
  const drawing = MAP_DRAWING.area;
  const fitted = fitProjection([...pointsOf(geometry), ...places.map((place) => place.point)], drawing);
  const outside = 4;
  const box: Box = { left: -outside, top: -outside, right: fitted.width + outside, bottom: fitted.height + outside };
  return draw(areas, boundaries, fitted, drawing, { box, focus: areaId, places });
}
