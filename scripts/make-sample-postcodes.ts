/**
 * node scripts/make-sample-postcodes.ts
 *
 * Remakes the made-up postcode tables of the sample site (content/postcodes/) and of the test
 * fixture sites (tests/fixtures/site, tests/fixtures/minimal-site). A council does not need this:
 * it imports real postcodes with `npm run import:postcodes`.
 *
 * Every postcode that a service's place or a course uses gets coordinates inside its area's
 * boundary (content/areas.geojson): the place's own latitude and longitude where one gives them,
 * otherwise a made-up point near the other places of its postcode sector. Then made-up filler
 * postcodes are spread over each area, so that any postcode of the sample borough can be tried.
 * The same postcode gets the same made-up point every time (each is seeded by its own name).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentFilePath, contentFolderOf } from '../src/content-model/content-types.ts';
import type { Coordinates } from '../src/lib/postcodes/district-file.ts';
import { normalisePostcode, postcodeDistrict } from '../src/lib/postcodes/postcode.ts';
import { postcodeTableFiles } from '../src/lib/postcodes/table-file.ts';
import { writePostcodeTable } from './lib/write-postcode-table.ts';
import { seededRandom } from '../src/lib/seeded-random.ts';
import { AREA_BOUNDARIES_FILE } from '../src/lib/postcodes/site-bounds.ts';

/** The sites with a made-up table, and how many filler postcodes each area gets. */
const SITES = [
  { root: '.', fillerPerArea: 60 },
  { root: 'tests/fixtures/site', fillerPerArea: 60 },
  { root: 'tests/fixtures/minimal-site', fillerPerArea: 0 },
] as const;
/** The date the sample tables say they were made: fixed, so remaking them changes nothing that has not changed. */
const SAMPLE_DATE = '2026-11-23';
/** How far inside its area's boundary a made-up point must be, in metres. */
const EDGE_MARGIN = 80;
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const METRES_PER_DEGREE = 111_320;

type Ring = [number, number][];
/** An area's boundary: its polygons, each a list of rings of [longitude, latitude]. */
type Boundary = Ring[][];

function readBoundaries(root: string): Map<string, Boundary> {
  const json = JSON.parse(readFileSync(join(root, AREA_BOUNDARIES_FILE), 'utf8')) as { features: { properties: { id: string }; geometry: { type: string; coordinates: unknown } }[] };
  return new Map(json.features.map((feature) => [feature.properties.id, feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates as Ring[]] : (feature.geometry.coordinates as Ring[][])]));
}

/** Whether a point is inside a boundary (even-odd rule over every ring) and at least `margin` metres from its edges. */
function isWellInside(boundary: Boundary, { latitude, longitude }: Coordinates, margin: number): boolean {
  const across = METRES_PER_DEGREE * Math.cos(latitude * (Math.PI / 180));
  let inside = false;
  for (const ring of boundary.flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[j]!;
      if (y1 > latitude !== y2 > latitude && longitude < ((x2 - x1) * (latitude - y1)) / (y2 - y1) + x1) inside = !inside;
      // Distance in metres from the point to this edge.
      const [ax, ay, bx, by] = [(x1 - longitude) * across, (y1 - latitude) * METRES_PER_DEGREE, (x2 - longitude) * across, (y2 - latitude) * METRES_PER_DEGREE];
      const length = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = length === 0 ? 0 : Math.max(0, Math.min(1, -(ax * (bx - ax) + ay * (by - ay)) / length));
      if (Math.hypot(ax + t * (bx - ax), ay + t * (by - ay)) < margin) return false;
    }
  }
  return inside;
}

/** A made-up point well inside the boundary: near `near` (within about `radius` metres) if given, else anywhere in it. */
function pointInside(boundary: Boundary, random: () => number, near?: Coordinates, radius = 250): Coordinates {
  const points = boundary.flat(2);
  const [west, east] = [Math.min(...points.map((p) => p[0])), Math.max(...points.map((p) => p[0]))];
  const [south, north] = [Math.min(...points.map((p) => p[1])), Math.max(...points.map((p) => p[1]))];
  for (let attempt = 0; attempt < 2000; attempt++) {
    const reach = radius * (1 + attempt / 100);
    const candidate = near
      ? {
          latitude: near.latitude + ((random() * 2 - 1) * reach) / METRES_PER_DEGREE,
          longitude: near.longitude + ((random() * 2 - 1) * reach) / (METRES_PER_DEGREE * Math.cos(near.latitude * (Math.PI / 180))),
        }
      : { latitude: south + random() * (north - south), longitude: west + random() * (east - west) };
    if (isWellInside(boundary, candidate, EDGE_MARGIN)) return { latitude: Number(candidate.latitude.toFixed(5)), longitude: Number(candidate.longitude.toFixed(5)) };
  }
  throw new Error('Could not find a point well inside the boundary.');
}

interface UsedPostcode {
  readonly postcode: string;
  readonly area: string;
  readonly given?: Coordinates;
  readonly file: string;
}

/** Every postcode a service's place or a course uses, with its area and any coordinates given. */
function usedPostcodes(root: string): UsedPostcode[] {
  const used: UsedPostcode[] = [];
  for (const collection of ['services', 'courses'] as const) {
    const folder = join(root, contentFolderOf(collection));
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.yaml'))) {
      const data = parse(readFileSync(join(folder, name), 'utf8')) as { locations?: Record<string, unknown>[]; location?: Record<string, unknown> };
      const places = collection === 'services' ? (data.locations ?? []) : data.location ? [data.location] : [];
      for (const place of places) {
        const postcode = normalisePostcode(String(place.postcode));
        if (!postcode) throw new Error(`${folder}/${name}: "${String(place.postcode)}" is not a postcode.`);
        const given = typeof place.latitude === 'number' && typeof place.longitude === 'number' ? { latitude: place.latitude, longitude: place.longitude } : undefined;
        used.push({ postcode, area: String(place.area), given, file: `${folder}/${name}` });
      }
    }
  }
  return used;
}

function makeTable(root: string, fillerPerArea: number): Map<string, Coordinates> {
  const boundaries = readBoundaries(root);
  const areaIds = (parse(readFileSync(join(root, contentFilePath('areas', 'areas')), 'utf8')) as { id: string }[]).map((area) => area.id);
  const used = usedPostcodes(root);
  const table = new Map<string, Coordinates>();
  const areaOf = new Map<string, string>();
  // 1. Places' own coordinates, each checked against its area's boundary.
  for (const place of used) {
    const boundary = boundaries.get(place.area);
    if (!boundary) throw new Error(`${place.file}: area ${place.area} has no boundary in ${AREA_BOUNDARIES_FILE}.`);
    if (areaOf.has(place.postcode) && areaOf.get(place.postcode) !== place.area)
      throw new Error(`${place.file}: ${place.postcode} is in ${place.area} here and in ${areaOf.get(place.postcode)} elsewhere.`);
    areaOf.set(place.postcode, place.area);
    if (place.given && !table.has(place.postcode)) {
      if (!isWellInside(boundary, place.given, 0)) throw new Error(`${place.file}: the place at ${place.postcode} is outside ${place.area}'s boundary.`);
      table.set(place.postcode, place.given);
    }
  }
  // 2. Postcodes no place gives coordinates for: near the others of their sector (or district), inside their area.
  const nearOthers = (prefix: string): Coordinates | undefined => {
    const others = [...table].filter(([postcode]) => postcode.startsWith(prefix)).map(([, place]) => place);
    if (!others.length) return undefined;
    return { latitude: others.reduce((sum, p) => sum + p.latitude, 0) / others.length, longitude: others.reduce((sum, p) => sum + p.longitude, 0) / others.length };
  };
  for (const postcode of [...areaOf.keys()].sort()) {
    if (table.has(postcode)) continue;
    const near = nearOthers(postcode.slice(0, -2)) ?? nearOthers(`${postcodeDistrict(postcode)} `);
    table.set(postcode, pointInside(boundaries.get(areaOf.get(postcode)!)!, seededRandom(postcode), near));
  }
  // 3. Filler: each area's districts (a new one for an area no place uses), spread over the area.
  const districtsOf = new Map<string, Set<string>>();
  for (const [postcode, area] of areaOf) districtsOf.set(area, (districtsOf.get(area) ?? new Set()).add(postcodeDistrict(postcode)));
  const letters = /^[A-Z]+/.exec([...areaOf.keys()][0] ?? 'NM1 1AA')![0];
  let nextDistrict = Math.max(0, ...[...areaOf.keys()].map((postcode) => Number(/^[A-Z]+(\d+)/.exec(postcode)![1]))) + 1;
  for (const area of areaIds) {
    if (fillerPerArea === 0) break;
    const boundary = boundaries.get(area);
    if (!boundary) throw new Error(`Area ${area} has no boundary in ${AREA_BOUNDARIES_FILE}.`);
    if (!districtsOf.has(area)) districtsOf.set(area, new Set([`${letters}${nextDistrict++}`]));
    const districts = [...districtsOf.get(area)!].sort();
    const random = seededRandom(`filler ${area}`);
    for (let made = 0; made < fillerPerArea;) {
      const district = districts[made % districts.length]!;
      const postcode = `${district} ${1 + Math.floor(random() * 9)}${UNIT_LETTERS[Math.floor(random() * 20)]}${UNIT_LETTERS[Math.floor(random() * 20)]}`;
      if (table.has(postcode)) continue;
      table.set(postcode, pointInside(boundary, random));
      made++;
    }
  }
  return table;
}

for (const { root, fillerPerArea } of SITES) {
  const table = makeTable(root, fillerPerArea);
  const about = {
    source: 'Made up',
    file: 'scripts/make-sample-postcodes.ts',
    imported: SAMPLE_DATE,
    licence: 'Made-up sample data: use it as you wish',
    attribution: 'Sample data: made-up postcodes for a made-up borough. They are not real postcodes.',
    sample: true,
  };
  const notes = [
    'Sample data: made up. These are not real postcodes and NM is not a real postcode area.',
    'Made by scripts/make-sample-postcodes.ts (run it again after changing a place or an area boundary).',
    'For a real site, replace this file: npm run import:postcodes -- <ONS Postcode Directory or Code-Point Open CSV>.',
  ];
  const { folder, written } = writePostcodeTable(root, postcodeTableFiles(about, table, notes));
  console.log(`${join(root, folder)}: ${table.size} postcodes in ${written.length} files`);
}
