/**
 * What each map shows, from the fixture site's boundaries and listings, without a build: the
 * borough map names and links every area; an area's map puts its places' dots inside it,
 * numbered as its list; a printed sheet's dots are numbered as its entries.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { areaContains, boundariesById } from '../../src/lib/map/areas.ts';
import { areaListMap, findHelpIndexMap, printSheetMap, type MapService } from '../../src/lib/map/map-pages.ts';
import { areaMap, boroughMap, MAP_DRAWING, type MapView } from '../../src/lib/map/map-view.ts';
import { routes } from '../../src/lib/routes.ts';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import type { Service } from '../../src/schemas/service.ts';

const content = checkContent({ root: FIXTURE_SITE, today: '2026-11-23' }).entries;
const boundaries = boundariesById(content.get('areaBoundaries')[0]!.data);
const areas = content.get('areas').map((area) => ({ id: area.id, data: area.data }));
const named = areas.map((area) => ({ id: area.id, name: area.data.name }));

/** The points a path's data visits ("M10 20l5-3z" visits 10,20 and 15,17). */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const [, command, numbers] of d.matchAll(/([Ml])([^Mlz]*)/g)) {
    const values = (numbers!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    for (let i = 0; i < values.length; i += 2) {
      const last = points.at(-1);
      points.push(command === 'l' && (i > 0 || last) ? [last![0] + values[i]!, last![1] + values[i + 1]!] : [values[i]!, values[i + 1]!]);
    }
  }
  return points;
}

const inFrame = (view: MapView, [x, y]: [number, number]) => x >= 0 && x <= view.width && y >= 0 && y <= view.height;

describe("the borough's map", () => {
  const view = boroughMap(boundaries, named)!;

  it(`draws each of the ${named.length} areas, named, inside the drawing`, () => {
    expect(view.shapes.map((shape) => shape.id)).toEqual(named.map((area) => area.id));
    for (const shape of view.shapes) {
      expect(shape.label?.lines.join(' '), shape.id).toBe(shape.name);
      expect(
        pathPoints(shape.d).every((point) => inFrame(view, point)),
        shape.id,
      ).toBe(true);
      expect(inFrame(view, [shape.label!.x, shape.label!.y])).toBe(true);
    }
    expect(view.width).toBe(MAP_DRAWING.borough.width);
    expect(view.height).toBeLessThanOrEqual(MAP_DRAWING.borough.maxHeight);
  });

  it('is small: the paths of every area together are under 3,000 characters', () => {
    expect(view.shapes.reduce((total, shape) => total + shape.d.length, 0)).toBeLessThan(3000);
  });

  it("on the find-help page, links each area that has a list to that list's page, and no other", () => {
    const listTotals = new Map(named.filter((area) => area.id !== 'marsh-end').map((area) => [`in/${area.id}`, 1]));
    const linked = findHelpIndexMap(boundaries, areas, listTotals)!;
    expect(linked.shapes.map((shape) => [shape.id, shape.path])).toEqual(named.map((area) => [area.id, area.id === 'marsh-end' ? undefined : routes.findHelp({ area: area.id })]));
    expect(findHelpIndexMap(undefined, areas, listTotals)).toBeUndefined();
  });
});

describe("an area's map", () => {
  for (const area of named) {
    it(`${area.id}: the area is drawn whole and in focus, its neighbours cut to the drawing`, () => {
      const view = areaMap(boundaries, named, area.id, [])!;
      const focus = view.shapes.filter((shape) => shape.focus);
      expect(focus.map((shape) => shape.id)).toEqual([area.id]);
      expect(focus[0]!.label).toBeUndefined();
      expect(pathPoints(focus[0]!.d).every((point) => inFrame(view, point))).toBe(true);
      expect(view.shapes.length).toBeGreaterThan(1);
      const outside = 4;
      for (const shape of view.shapes)
        for (const [x, y] of pathPoints(shape.d)) expect(x >= -outside - 1 && x <= view.width + outside + 1 && y >= -outside - 1 && y <= view.height + outside + 1, shape.id).toBe(true);
    });
  }

  it('has no map for an area with no boundary, or a site with none', () => {
    expect(areaMap(boundaries, named, 'area-not-known', [])).toBeUndefined();
    expect(areaListMap(undefined, areas, { area: 'eastbrook' }, [])).toBeUndefined();
  });
});

describe("an area list's map and its list of places", () => {
  const services = content.get('services').map((entry) => ({ id: entry.id, data: entry.data }));
  const at = (name: string, latitude: number, longitude: number, area = 'eastbrook'): NonNullable<Service['locations']>[number] => ({
    name,
    address: ['1 Road'],
    town: 'Northmere',
    postcode: 'NM3 4EB',
    area,
    latitude,
    longitude,
  });
  const listing = (id: string, name: string, locations: Service['locations']): MapService => ({ id, data: { name, locations } });

  it('numbers the places in the order their services are listed; services at one place share its number', () => {
    const map = areaListMap(boundaries, areas, { area: 'eastbrook' }, [
      listing('a', 'Alpha', [at('Hall', 53.4341, -2.1203), at('Elsewhere', 53.43, -2.15, 'town-centre')]),
      listing('b', 'Beta', [at('Library', 53.4334, -2.1181)]),
      listing('c', 'Gamma', [at('Hall', 53.4341, -2.1203)]),
      listing('d', 'Phone line', undefined),
    ])!;
    expect(map.places).toEqual([
      {
        number: 1,
        name: 'Hall',
        services: [
          { name: 'Alpha', path: routes.service('a') },
          { name: 'Gamma', path: routes.service('c') },
        ],
      },
      { number: 2, name: 'Library', services: [{ name: 'Beta', path: routes.service('b') }] },
    ]);
    expect(map.view.dots.map((dot) => dot.label)).toEqual(['1', '2']);
  });

  it('leaves out places with no latitude and longitude (the list says only what the map shows)', () => {
    const map = areaListMap(boundaries, areas, { area: 'eastbrook' }, [listing('a', 'Alpha', [{ ...at('Hall', 0, 0), latitude: undefined, longitude: undefined }])])!;
    expect(map.places).toEqual([]);
    expect(map.view.dots).toEqual([]);
  });

  it('is only on the list of all help in an area, not on a list of one kind of help in it', () => {
    expect(areaListMap(boundaries, areas, { area: 'eastbrook', kind: 'free-wifi' }, services)).toBeUndefined();
    expect(areaListMap(boundaries, areas, { kind: 'free-wifi' }, services)).toBeUndefined();
  });

  for (const area of named) {
    it(`${area.id}: every place with a latitude and longitude has one dot, inside the drawing, and no two dots overlap`, () => {
      const map = areaListMap(boundaries, areas, { area: area.id }, services)!;
      const expected = new Set(services.flatMap((s) => (s.data.locations ?? []).filter((l) => l.area === area.id && l.latitude !== undefined).map((l) => l.name.trim().toLowerCase())));
      expect(map.places.length).toBe(expected.size);
      expect(map.view.dots.map((dot) => Number(dot.label))).toEqual(map.places.map((place) => place.number));
      const radius = map.view.dotRadius;
      for (const [i, dot] of map.view.dots.entries()) {
        expect(inFrame(map.view, [dot.x, dot.y])).toBe(true);
        for (const other of map.view.dots.slice(i + 1)) expect(Math.hypot(dot.x - other.x, dot.y - other.y)).toBeGreaterThanOrEqual(2 * radius);
      }
    });
  }
});

describe("a printed sheet's map", () => {
  const services = content.get('services').map((entry) => ({ id: entry.id, data: entry.data }));

  it("numbers each dot as its entry on the sheet (an entry with two places here has two dots), and only the sheet's area's places", () => {
    const hillside = services.filter((s) => s.data.locations?.some((l) => l.area === 'hillside'));
    const view = printSheetMap(boundaries, areas, 'hillside', hillside)!;
    const expected = hillside.flatMap((s, i) => (s.data.locations ?? []).filter((l) => l.area === 'hillside' && l.latitude !== undefined).map(() => String(i + 1)));
    expect(view.dots.map((dot) => dot.label)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(1);
    expect(view.shapes.find((shape) => shape.focus)?.id).toBe('hillside');
  });

  it("shows the borough for a sheet of one kind of help, with every entry's places", () => {
    const view = printSheetMap(boundaries, areas, undefined, services)!;
    const places = services.flatMap((s) => (s.data.locations ?? []).filter((l) => l.latitude !== undefined));
    expect(view.dots.length).toBe(places.length);
    expect(view.shapes.some((shape) => shape.focus)).toBe(false);
    // Drawn to be printed small: fewer units across, so its names and dots are bigger for its width.
    expect(view.width).toBe(MAP_DRAWING.sheet.width);
  });

  it('has no map when the site has no boundaries', () => {
    expect(printSheetMap(undefined, areas, 'hillside', services)).toBeUndefined();
  });
});

describe("the fixture's boundaries", () => {
  it('hold every place with a latitude and longitude in its own area', () => {
    const places = content.get('services').flatMap((s) => (s.data.locations ?? []).filter((l) => l.latitude !== undefined).map((l) => ({ file: s.file, ...l })));
    expect(places.length).toBeGreaterThan(20);
    expect(places.filter((l) => !areaContains(boundaries.get(l.area)!, [l.longitude!, l.latitude!])).map((l) => `${l.file}: ${l.name}`)).toEqual([]);
  });
});
