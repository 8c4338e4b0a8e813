/**
 * The map's geometry, without a build: the projection fits the drawing, a point is in the right
 * area, shared edges stay shared when shapes are simplified, path data is short and exact,
 * names sit inside their areas and dots never cover each other.
 */
import { describe, expect, it } from 'vitest';
import { areaContains, boundariesById, type LonLat } from '../../src/lib/map/areas.ts';
import { clipRing } from '../../src/lib/map/clip.ts';
import { placeDots } from '../../src/lib/map/dots.ts';
import { boxInside, labelLines, labelPoint } from '../../src/lib/map/labels.ts';
import { pathData } from '../../src/lib/map/path.ts';
import { boundsOf, fitProjection, type Point } from '../../src/lib/map/projection.ts';
import { simplifyLine, simplifyShapes } from '../../src/lib/map/simplify.ts';
import { boroughMap, MAP_DRAWING, sizeToFit } from '../../src/lib/map/map-view.ts';
import { isInUk } from '../../src/lib/uk-bounds.ts';
import type { AreaGeometry } from '../../src/schemas/area-boundaries.ts';

const ring = (points: number[][]) => [...points, points[0]!];
const square = (west: number, south: number, size: number) =>
  ring([
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
  ]);

describe('projection', () => {
  const borough: LonLat[] = [
    [-2.25, 53.4],
    [-2.05, 53.4],
    [-2.05, 53.46],
    [-2.25, 53.46],
    [-2.15, 53.43],
  ];

  it('fits every point inside the drawing, within its margin, filling its width', () => {
    const fitted = fitProjection(borough, { width: 600, maxHeight: 600, margin: 8 });
    const projected = borough.map(fitted.project);
    const [[left, top], [right, bottom]] = boundsOf(projected);
    expect(left).toBeCloseTo(8, 5);
    expect(right).toBeCloseTo(592, 5);
    expect(top).toBeCloseTo(8, 5);
    expect(bottom).toBeLessThanOrEqual(fitted.height - 8 + 1e-6);
    expect(fitted.height).toBeLessThanOrEqual(600);
  });

  it('puts north at the top and east on the right, keeping shapes true (a square km of ground is square)', () => {
    const fitted = fitProjection(borough, { width: 600, maxHeight: 600, margin: 8 });
    const [x0, y0] = fitted.project([-2.15, 53.43]);
    const [xNorth, yNorth] = fitted.project([-2.15, 53.44]);
    const [xEast, yEast] = fitted.project([-2.15 + 0.01 / Math.cos((53.43 * Math.PI) / 180), 53.43]);
    expect(yNorth).toBeLessThan(y0);
    expect(xNorth).toBeCloseTo(x0, 6);
    expect(xEast).toBeGreaterThan(x0);
    expect(yEast).toBeCloseTo(y0, 6);
    // 0.01 degree north and the same distance east are the same length on the map.
    expect(xEast - x0).toBeCloseTo(y0 - yNorth, 0);
  });

  it('fits a tall shape in the height it is allowed, centred across the width', () => {
    const tall: LonLat[] = [
      [-2.2, 53.0],
      [-2.19, 53.0],
      [-2.2, 53.5],
    ];
    const fitted = fitProjection(tall, { width: 400, maxHeight: 320, margin: 10 });
    const [[left, top], [right, bottom]] = boundsOf(tall.map(fitted.project));
    expect(fitted.height).toBe(320);
    expect(top).toBeCloseTo(10, 5);
    expect(bottom).toBeCloseTo(310, 5);
    expect((left + right) / 2).toBeCloseTo(200, 5);
  });

  it('refuses to fit nothing', () => {
    expect(() => fitProjection([], { width: 400, maxHeight: 400, margin: 0 })).toThrow('no points');
  });
});

describe('point in area', () => {
  const north: AreaGeometry = { type: 'Polygon', coordinates: [square(-1.9, 52.5, 0.1)] };
  const withHole: AreaGeometry = { type: 'Polygon', coordinates: [square(-1.9, 52.5, 0.1), square(-1.88, 52.52, 0.02)] };
  const twoParts: AreaGeometry = { type: 'MultiPolygon', coordinates: [[square(-1.9, 52.5, 0.1)], [square(-1.7, 52.5, 0.1)]] };

  it('is inside a polygon, and not outside it', () => {
    expect(areaContains(north, [-1.85, 52.55])).toBe(true);
    for (const outside of [
      [-1.95, 52.55],
      [-1.75, 52.55],
      [-1.85, 52.45],
      [-1.85, 52.65],
    ] as LonLat[])
      expect(areaContains(north, outside), String(outside)).toBe(false);
  });

  it('is not inside a hole in the area', () => {
    expect(areaContains(withHole, [-1.87, 52.53])).toBe(false);
    expect(areaContains(withHole, [-1.82, 52.58])).toBe(true);
  });

  it('is inside either part of an area in two parts, and not between them', () => {
    expect(areaContains(twoParts, [-1.85, 52.55])).toBe(true);
    expect(areaContains(twoParts, [-1.65, 52.55])).toBe(true);
    expect(areaContains(twoParts, [-1.75, 52.55])).toBe(false);
  });

  it('works whichever way round the edge is written', () => {
    const clockwise: AreaGeometry = { type: 'Polygon', coordinates: [[...square(-1.9, 52.5, 0.1)].reverse()] };
    expect(areaContains(clockwise, [-1.85, 52.55])).toBe(true);
    expect(areaContains(clockwise, [-1.95, 52.55])).toBe(false);
  });

  it('finds each area by its id', () => {
    const boundaries = boundariesById({
      features: [
        { type: 'Feature', properties: { id: 'north', source: 'x' }, geometry: north },
        { type: 'Feature', properties: { id: 'far', source: 'x' }, geometry: twoParts },
      ],
    } as never);
    expect([...boundaries.keys()]).toEqual(['north', 'far']);
    expect(areaContains(boundaries.get('far')!, [-1.65, 52.55])).toBe(true);
  });

  it('knows the UK from somewhere else', () => {
    expect(isInUk(-2.15, 53.43)).toBe(true);
    expect(isInUk(53.43, -2.15)).toBe(false);
    expect(isInUk(2.35, 48.86)).toBe(false);
  });
});

describe('simplifying shapes', () => {
  /** Two areas side by side sharing a wiggly edge of many points, and a third below both. */
  const wiggle = Array.from({ length: 201 }, (_, i): Point => [i === 0 || i === 200 ? 100 : 100 + 3 * Math.sin(i / 7) + (i % 2) * 0.3, i]);
  const left = { id: 'left', polygons: [[[[0, 0] as Point, ...wiggle, [0, 200] as Point]]] };
  const right = { id: 'right', polygons: [[[[200, 0] as Point, [200, 200] as Point, ...[...wiggle].reverse()]]] };

  it('keeps a shared edge the same for both areas: no gap and no overlap', () => {
    const [a, b] = simplifyShapes([left, right], 1.2);
    const edge = (rings: Point[], from: Point, to: Point) => {
      const keys = rings.map(String);
      const start = keys.indexOf(String(from));
      const out: string[] = [];
      for (let step = 0, i = start; step < keys.length; step++, i = (i + 1) % keys.length) {
        out.push(keys[i]!);
        if (keys[i] === String(to)) return out;
      }
      throw new Error(`${String(to)} does not follow ${String(from)}`);
    };
    const onLeft = edge(a!.polygons[0]![0]!, [100, 0], [100, 200]);
    const onRight = edge(b!.polygons[0]![0]!, [100, 200], [100, 0]).reverse();
    expect(onLeft).toEqual(onRight);
    // And it is simpler than it was.
    expect(onLeft.length).toBeLessThan(wiggle.length / 3);
    expect(onLeft.length).toBeGreaterThan(5);
  });

  it('rounds every point to whole units', () => {
    for (const shape of simplifyShapes([left, right], 1.2)) for (const point of shape.polygons.flat(2)) expect(point.every(Number.isInteger)).toBe(true);
  });

  it('keeps every point of the simplified edge within the tolerance of the original', () => {
    const line = Array.from({ length: 500 }, (_, i): Point => [i, 20 * Math.sin(i / 40)]);
    const simple = simplifyLine(line, 1.5);
    expect(simple.length).toBeLessThan(60);
    for (const [x, y] of line) {
      const i = simple.findIndex(([sx]) => sx >= x);
      const [a, b] = [simple[Math.max(0, i - 1)]!, simple[i]!];
      const t = b[0] === a[0] ? 0 : (x - a[0]) / (b[0] - a[0]);
      expect(Math.abs(a[1] + t * (b[1] - a[1]) - y)).toBeLessThanOrEqual(1.5 + 1e-9);
    }
  });

  it('makes a ward with a thousand points small (a real boundary file)', () => {
    const circle = Array.from({ length: 1000 }, (_, i): Point => [300 + 150 * Math.cos((i / 1000) * 2 * Math.PI) + Math.sin(i) * 0.4, 300 + 150 * Math.sin((i / 1000) * 2 * Math.PI)]);
    const [shape] = simplifyShapes([{ id: 'ward', polygons: [[circle]] }], 1.2);
    expect(shape!.polygons[0]![0]!.length).toBeLessThan(60);
    expect(pathData(shape!.polygons).length).toBeLessThan(400);
  });

  it('simplifies an area that shares none of its edge, and drops nothing big enough to see', () => {
    const [island] = simplifyShapes(
      [
        {
          id: 'island',
          polygons: [
            [
              [
                [10, 10],
                [20, 10],
                [20, 20],
                [10, 20],
              ],
            ],
          ],
        },
      ],
      1.2,
    );
    expect(island!.polygons).toEqual([
      [
        [
          [10, 10],
          [20, 10],
          [20, 20],
          [10, 20],
        ],
      ],
    ]);
  });
});

describe('path data', () => {
  it('writes the first point, then each point as a step from the last, closing each ring', () => {
    expect(
      pathData([
        [
          [
            [10, 20],
            [15, 17],
            [12, 30],
          ],
        ],
      ]),
    ).toBe('M10 20l5-3-3 13z');
  });
  it('writes each ring and each polygon', () => {
    expect(
      pathData([
        [
          [
            [0, 0],
            [4, 0],
            [4, 4],
          ],
          [
            [1, 1],
            [2, 1],
            [2, 2],
          ],
        ],
        [
          [
            [9, 9],
            [10, 9],
            [10, 10],
          ],
        ],
      ]),
    ).toBe('M0 0l4 0 0 4zM1 1l1 0 0 1zM9 9l1 0 0 1z');
  });
});

describe('cutting shapes to the drawing', () => {
  it('keeps the part inside the box', () => {
    const cut = clipRing(
      [
        [-10, -10],
        [10, -10],
        [10, 10],
        [-10, 10],
      ],
      { left: 0, top: 0, right: 20, bottom: 20 },
    );
    expect(boundsOf(cut)).toEqual([
      [0, 0],
      [10, 10],
    ]);
  });
  it('gives nothing for a shape outside the box', () => {
    expect(
      clipRing(
        [
          [30, 30],
          [40, 30],
          [40, 40],
        ],
        { left: 0, top: 0, right: 20, bottom: 20 },
      ),
    ).toEqual([]);
  });
});

describe("areas' names", () => {
  it('go inside the area, away from its edges, even when the area is not convex', () => {
    const lShape: Point[] = [
      [0, 0],
      [100, 0],
      [100, 20],
      [20, 20],
      [20, 100],
      [0, 100],
    ];
    const found = labelPoint([[lShape]], { left: 0, top: 0, right: 200, bottom: 200 })!;
    expect(boxInside([[lShape]], { left: found.point[0] - 2, top: found.point[1] - 2, right: found.point[0] + 2, bottom: found.point[1] + 2 })).toBe(true);
    expect(found.room).toBeGreaterThan(5);
  });
  it('go where they are not in the way when they can', () => {
    const box: Point[] = [
      [0, 0],
      [200, 0],
      [200, 100],
      [0, 100],
    ];
    const found = labelPoint([[box]], { left: 0, top: 0, right: 200, bottom: 100 }, ([x]) => x > 150)!;
    expect(found.point[0]).toBeGreaterThan(150);
  });
  it('break at spaces into lines as even as they can be', () => {
    expect(labelLines('Northmere Town Centre')).toEqual(['Northmere', 'Town Centre']);
    expect(labelLines('Northmere Town Centre', 1)).toEqual(['Northmere Town Centre']);
    const three = labelLines('Upper Hollin and Thornby Edge', 3);
    expect(three.join(' ')).toBe('Upper Hollin and Thornby Edge');
    expect(three.length).toBe(3);
    expect(Math.max(...three.map((line) => line.length))).toBe(12);
    expect(labelLines('Eastbrook', 3)).toEqual(['Eastbrook']);
  });
  it('are as big as fits round their middle, within the limits, on the number of lines that lets them be biggest', () => {
    expect(sizeToFit(100, ['Eastbrook'], { min: 14, max: 26 })).toBe(26);
    expect(sizeToFit(20, ['Eastbrook'], { min: 14, max: 26 })).toBe(14);
    expect(sizeToFit(40, ['Eastbrook'], { min: 10, max: 26 })).toBe(Math.round(80 / (0.6 * 9)));
    const view = boroughMap(
      new Map([
        [
          'a',
          {
            type: 'Polygon',
            coordinates: [
              [
                [-2.2, 53.4],
                [-2.18, 53.4],
                [-2.18, 53.41],
                [-2.2, 53.41],
                [-2.2, 53.4],
              ],
            ],
          },
        ],
      ]),
      [{ id: 'a', name: 'Upper Hollin and Thornby Edge' }],
    )!;
    expect(view.shapes[0]!.label!.lines.length).toBeGreaterThan(1);
    expect(view.shapes[0]!.label!.size).toBeGreaterThanOrEqual(MAP_DRAWING.borough.labelSize.min);
  });
});

describe('numbered dots', () => {
  it('sit on their places when there is room', () => {
    const dots = placeDots(
      [
        { label: '1', at: [50, 50] },
        { label: '2', at: [150, 50] },
      ],
      { radius: 16, width: 200, height: 100 },
    );
    expect(dots.map((d) => [d.x, d.y, d.moved])).toEqual([
      [50, 50, false],
      [150, 50, false],
    ]);
  });
  it('never cover each other, even for places at the same spot, and stay in the drawing', () => {
    const at: Point = [100, 100];
    const dots = placeDots(
      Array.from({ length: 12 }, (_, i) => ({ label: String(i + 1), at })),
      { radius: 16, width: 400, height: 300 },
    );
    for (const [i, a] of dots.entries()) {
      expect(a.x).toBeGreaterThanOrEqual(16);
      expect(a.y).toBeGreaterThanOrEqual(16);
      for (const b of dots.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.label} and ${b.label}`).toBeGreaterThanOrEqual(32);
    }
    expect(dots[0]!.moved).toBe(false);
    expect(dots.slice(1).every((d) => d.moved)).toBe(true);
  });
});
