/**
 * content/areas.geojson: its schema (one good and one bad example per rule, with the message a
 * council officer reads) and the content check's rules that compare it with areas.yaml and the
 * places' coordinates.
 */
import { describe, expect, it } from 'vitest';
import { areaBoundariesSchema } from '../../src/schemas/area-boundaries.ts';
import { messagesForIssue } from '../../src/lib/content-check/issue-messages.ts';
import { checkWith, replaceOnce } from '../support/content-fixture.ts';

const square = (west: number, south: number, size = 0.1) => [
  [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ],
];
const feature = (id: string, geometry: unknown, extra: Record<string, unknown> = {}) => ({ type: 'Feature', properties: { id, source: 'Made up for the tests', ...extra }, geometry });
const polygon = (west = -1.9, south = 52.5) => ({ type: 'Polygon', coordinates: square(west, south) });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

/** The messages for a file's data, as the content check words them, with the field each is about. */
function messages(data: unknown): string[] {
  const result = areaBoundariesSchema.safeParse(data, { reportInput: true });
  return result.success ? [] : result.error.issues.flatMap((issue) => messagesForIssue(issue, areaBoundariesSchema)).map((m) => `${m.path.join('.')}: ${m.message}`);
}

describe('areas.geojson schema: good examples', () => {
  it('accepts a FeatureCollection of Polygons, marked as made up, with other properties the file came with', () => {
    expect(messages({ ...collection(feature('north', polygon()), feature('south', polygon(-1.9, 52.4), { WD24CD: 'E05000001' })), sample: true, note: 'Made up.' })).toEqual([]);
  });
  it('accepts a MultiPolygon (an area in two parts) and a polygon with a hole', () => {
    const withHole = { type: 'Polygon', coordinates: [...square(-1.9, 52.5), square(-1.88, 52.52, 0.02)[0]] };
    expect(messages(collection(feature('north', { type: 'MultiPolygon', coordinates: [square(-1.9, 52.5), square(-1.7, 52.5)] }), feature('south', withHole)))).toEqual([]);
  });
  it('accepts points with a height, and a crs that says WGS84', () => {
    const withHeight = { type: 'Polygon', coordinates: [square(-1.9, 52.5)[0]!.map(([x, y]) => [x, y, 0])] };
    expect(messages({ ...collection(feature('north', withHeight)), crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } })).toEqual([]);
  });
});

describe('areas.geojson schema: one bad example per rule', () => {
  const cases: [string, unknown, RegExp][] = [
    ['not a FeatureCollection', { type: 'Feature', features: [] }, /^type: areas\.geojson must be a GeoJSON FeatureCollection/],
    ['no features', collection(), /^features: There are no boundaries in "features"\. Add one Feature for each area in areas\.yaml/],
    ['a feature that is not a Feature', collection({ ...feature('north', polygon()), type: 'Geometry' }), /^features\.0\.type: Each item in "features" must be a GeoJSON Feature/],
    ['a feature with no area id', collection({ type: 'Feature', properties: { source: 'x' }, geometry: polygon() }), /^features\.0\.properties\.id: "id" is missing/],
    ['an area id that is not an id', collection(feature('North Town', polygon())), /^features\.0\.properties\.id: Ids use lower-case letters/],
    ['a boundary with no source', collection({ type: 'Feature', properties: { id: 'north' }, geometry: polygon() }), /^features\.0\.properties\.source: "source" is missing/],
    [
      'a point, not an area',
      collection(feature('north', { type: 'Point', coordinates: [-1.9, 52.5] })),
      /^features\.0\.geometry\.type: The boundary of "north" is a Point\. An area's boundary must be a Polygon or MultiPolygon/,
    ],
    ['no geometry', collection(feature('north', null)), /^features\.0\.geometry: The boundary of "north" has no geometry/],
    [
      'latitude and longitude swapped',
      collection(feature('north', { type: 'Polygon', coordinates: [square(-1.9, 52.5)[0]!.map(([x, y]) => [y, x])] })),
      /^features\.0\.geometry\.coordinates\.0\.0: The boundary of "north" has a point at \[52\.5, -1\.9\], which is not in the UK\. Points are \[longitude, latitude\]/,
    ],
    [
      'British National Grid metres, not degrees',
      collection(
        feature('north', {
          type: 'Polygon',
          coordinates: [
            [
              [385000, 286000],
              [386000, 286000],
              [386000, 287000],
              [385000, 286000],
            ],
          ],
        }),
      ),
      /The boundary of "north" has a point at \[385000, 286000\], which is not in the UK\..*British National Grid metres: export it again as WGS84/,
    ],
    [
      'a point that is not two numbers',
      collection(
        feature('north', {
          type: 'Polygon',
          coordinates: [
            [
              [-1.9, 52.5],
              ['-1.8', 52.5],
              [-1.8, 52.6],
              [-1.9, 52.5],
            ],
          ],
        }),
      ),
      /^features\.0\.geometry\.coordinates\.0\.1: The boundary of "north" has a point that is not \[longitude, latitude\] numbers/,
    ],
    [
      'an edge that is not closed',
      collection(feature('north', { type: 'Polygon', coordinates: [square(-1.9, 52.5)[0]!.slice(0, -1)] })),
      /^features\.0\.geometry\.coordinates\.0: The boundary of "north" has an edge that is not closed/,
    ],
    [
      'an edge of too few points',
      collection(
        feature('north', {
          type: 'Polygon',
          coordinates: [
            [
              [-1.9, 52.5],
              [-1.8, 52.5],
              [-1.9, 52.5],
            ],
          ],
        }),
      ),
      /The boundary of "north" has an edge that is not closed: it needs at least 4 points/,
    ],
    ['a polygon with no points', collection(feature('north', { type: 'Polygon', coordinates: [] })), /^features\.0\.geometry\.coordinates: The boundary of "north" has a polygon with no points/],
    [
      'a MultiPolygon with no polygons',
      collection(feature('north', { type: 'MultiPolygon', coordinates: [] })),
      /^features\.0\.geometry\.coordinates: The boundary of "north" is a MultiPolygon with no polygons/,
    ],
    [
      'two boundaries for one area',
      collection(feature('north', polygon()), feature('north', polygon(-1.7))),
      /^features\.1\.properties\.id: "north" has two boundaries \(features 1 and 2\)\. Keep one, or join them into one MultiPolygon/,
    ],
    [
      'a crs that is not WGS84',
      { ...collection(feature('north', polygon())), crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } } },
      /^crs: The points must be longitude and latitude in degrees \(WGS84\)/,
    ],
    ['"sample" that is not true', { ...collection(feature('north', polygon())), sample: 'yes' }, /^sample: Write "sample": true if these boundaries are made up/],
  ];
  for (const [rule, data, expected] of cases) {
    it(rule, () => {
      const found = messages(data);
      expect(
        found.some((message) => expected.test(message)),
        found.join('\n'),
      ).toBe(true);
    });
  }

  it('tells at most 3 problems about one area (after that they are the same mistake)', () => {
    const swapped = { type: 'Polygon', coordinates: [[...Array(20).keys()].map((i) => [52.5 + i / 100, -1.9])] };
    expect(messages(collection(feature('north', swapped))).length).toBe(3);
  });
});

describe('content check: areas.geojson against areas.yaml and the places', () => {
  const geojson = 'areas.geojson';
  const original = (text: string) => JSON.parse(text) as { features: { properties: { id: string } }[] };

  it('passes the minimal site, whose boundaries match its areas and hold its places', () => {
    expect(checkWith([]).problems).toEqual([]);
  });

  it('needs no areas.geojson: without it there are no maps and no problem', () => {
    expect(checkWith([{ file: geojson, contents: null }]).problems).toEqual([]);
  });

  it('warns about an area with no boundary (as after an import adds areas), naming the file and what to do; the content still passes', () => {
    const result = checkWith([{ file: geojson, contents: (text) => JSON.stringify({ ...original(text), features: original(text).features.filter((f) => f.properties.id !== 'south') }) }]);
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => `${p.severity} ${p.file}: ${p.message}`)).toContain(
      'warning content/areas.geojson: The area "south" (South Town) has no boundary, so the maps leave it out and its own list and sheet have no map. Add a Feature with "properties": { "id": "south" } to content/areas.geojson, or remove the area from content/areas.yaml.',
    );
  });

  it('says which boundary is for no area, on its line', () => {
    const result = checkWith([{ file: geojson, contents: (text) => replaceOnce(text, '"id":"south"', '"id":"sowth"') }]);
    const problem = result.problems.find((p) => p.message.startsWith('There is no area "sowth"'));
    expect(problem).toMatchObject({ severity: 'error', file: 'content/areas.geojson', line: 7, field: 'features › item 2 › properties › id' });
    expect(problem!.message).toBe('There is no area "sowth" in content/areas.yaml. Write the id of an area listed there, or remove this boundary.');
  });

  it('names the file and the area for a boundary outside the UK, on its line', () => {
    const result = checkWith([{ file: geojson, contents: (text) => replaceOnce(text, '[-1.9,52.4],[-1.8,52.4]', '[52.4,-1.9],[-1.8,52.4]') }]);
    expect(result.problems.find((p) => /The boundary of "south" has a point at \[52\.4, -1\.9\]/.test(p.message))).toMatchObject({ severity: 'error', file: 'content/areas.geojson', line: 7 });
  });

  it("warns when a place's own latitude and longitude are outside its area", () => {
    const result = checkWith([{ file: 'services/library-wifi.yaml', contents: (text) => replaceOnce(text, '    area: north\n', '    area: north\n    latitude: 52.45\n    longitude: -1.85\n') }]);
    expect(result.ok).toBe(true);
    expect(result.problems).toMatchObject([
      {
        severity: 'warning',
        file: 'content/services/library-wifi.yaml',
        field: 'locations › item 1 › latitude',
        message: 'Example Library is at latitude 52.45, longitude -1.85, which is outside the boundary of the area "north" in content/areas.geojson. Check the latitude and longitude, and the area.',
      },
    ]);
  });

  it("warns when a place's postcode is outside its area (for listings and courses)", () => {
    const result = checkWith([
      { file: 'services/library-wifi.yaml', contents: (text) => replaceOnce(text, 'area: north', 'area: south') },
      { file: 'courses/tablet-basics.yaml', contents: (text) => replaceOnce(text, 'area: north', 'area: south') },
    ]);
    expect(result.problems.map((p) => `${p.file} ${p.field}: ${p.message}`).sort()).toEqual([
      'content/courses/tablet-basics.yaml location › postcode: Example Library is at its postcode NM1 1AA (latitude 52.56619, longitude -1.84151 in the postcode table), which is outside the boundary of the area "south" in content/areas.geojson. Check the postcode, and the area.',
      'content/services/library-wifi.yaml locations › item 1 › postcode: Example Library is at its postcode NM1 1AA (latitude 52.56619, longitude -1.84151 in the postcode table), which is outside the boundary of the area "south" in content/areas.geojson. Check the postcode, and the area.',
    ]);
  });
});
