/**
 * Maps stay small with real boundaries: a made-up borough of 20 wards whose edges wiggle like
 * the ONS's generalised ward boundaries (120 points on every edge between two corners, 5,000 or
 * so in all), drawn for the find-help page and for one ward's list. The page budget is 14 KiB
 * compressed; a page without its map weighs about 6 KiB.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/lib/map/areas.ts';
import { areaMap, boroughMap, type MapView } from '../../src/lib/map/map-view.ts';
import type { AreaGeometry } from '../../src/schemas/area-boundaries.ts';

/** A fixed-seed random number generator, so the borough is the same every run. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

/** 5 by 4 wards round Northmere; each edge between two corners a wiggly line of 120 points, shared by the wards either side. */
function syntheticBorough(): { boundaries: Map<string, AreaGeometry>; areas: { id: string; name: string }[] } {
  const next = random(42);
  const [columns, rows, size] = [5, 4, 0.02];
  const corner = (i: number, j: number): LonLat => {
    const edge = i === 0 || j === 0 || i === columns || j === rows;
    const jitter = edge ? 0.002 : 0.005;
    return [-2.2 + i * size * 1.6 + (next() - 0.5) * jitter, 53.39 + j * size + (next() - 0.5) * jitter];
  };
  const corners = Array.from({ length: columns + 1 }, (_, i) => Array.from({ length: rows + 1 }, (_, j) => corner(i, j)));
  const edges = new Map<string, LonLat[]>();
  const edge = (a: [number, number], b: [number, number]): LonLat[] => {
    const key = `${a}|${b}`;
    const back = edges.get(`${b}|${a}`);
    if (back) return [...back].reverse();
    if (!edges.has(key)) {
      const [from, to] = [corners[a[0]]![a[1]]!, corners[b[0]]![b[1]]!];
      const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
      const length = Math.hypot(dx, dy);
      let offset = 0;
      const line: LonLat[] = [];
      for (let k = 0; k <= 120; k++) {
        const t = k / 120;
        offset = k === 0 || k === 120 ? 0 : offset * 0.9 + (next() - 0.5) * length * 0.03;
        line.push([from[0] + dx * t - (dy / length) * offset, from[1] + dy * t + (dx / length) * offset]);
      }
      edges.set(key, line);
    }
    return edges.get(key)!;
  };
  const boundaries = new Map<string, AreaGeometry>();
  const areas: { id: string; name: string }[] = [];
  for (let i = 0; i < columns; i++)
    for (let j = 0; j < rows; j++) {
      const ring = [...edge([i, j], [i + 1, j]), ...edge([i + 1, j], [i + 1, j + 1]).slice(1), ...edge([i + 1, j + 1], [i, j + 1]).slice(1), ...edge([i, j + 1], [i, j]).slice(1)];
      const id = `ward-${i}-${j}`;
      boundaries.set(id, { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x, y])] });
      areas.push({ id, name: `Ward ${i * rows + j + 1} North` });
    }
  return { boundaries, areas };
}

/** The map's shapes as the page sends them, compressed: the path data and the names. */
const compressed = (view: MapView) => gzipSync(view.shapes.map((shape) => `<path d="${shape.d}"/>${shape.label?.lines.join(' ') ?? ''}`).join('')).length;

describe('a borough of 20 wards with real-looking boundaries', () => {
  const { boundaries, areas } = syntheticBorough();
  const points = [...boundaries.values()].reduce((total, geometry) => total + (geometry.coordinates[0] as unknown[]).length, 0);

  it('has about 9,600 points, as the ONS generalised ward boundaries of a borough do', () => {
    expect(points).toBeGreaterThan(9000);
  });

  it('draws the whole borough in under 3 KiB compressed', () => {
    const view = boroughMap(boundaries, areas)!;
    const size = compressed(view);
    console.log(`Borough map of ${areas.length} wards from ${points} points: ${size} bytes compressed.`);
    expect(view.shapes.length).toBe(20);
    expect(size).toBeLessThan(3 * 1024);
  });

  it("draws one ward's map with its neighbours and 20 places in under 2 KiB compressed", () => {
    const places = Array.from({ length: 20 }, (_, i) => ({ label: String(i + 1), point: [-2.2 + 0.032 * 2 + 0.001 * i, 53.39 + 0.02 + 0.0008 * i] as LonLat }));
    const view = areaMap(boundaries, areas, 'ward-2-1', places)!;
    const size = compressed(view);
    console.log(`One ward's map: ${size} bytes compressed.`);
    expect(view.dots.length).toBe(20);
    expect(size).toBeLessThan(2 * 1024);
  });
});
