import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { DISTRICT_FILE_BUDGET, describeDistrictFileSize, measureDistrictFileSize } from '../../scripts/lib/district-file-size.ts';
import { encodeDistrictFile, lookupPostcode, postcodeDistrictUrl, readDistrictFile, type Coordinates } from '../../src/lib/postcodes/district-file.ts';
import { syntheticDistrict } from '../../src/lib/postcodes/synthetic-district.ts';
import { joinPostcodeTables, splitByDistrict } from '../../src/lib/postcodes/table.ts';
import { loadContent } from '../../src/lib/content-check/index.ts';
import { PROJECT } from '../support/built-site.ts';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';

/** The furthest, in metres, a place may move by being written to a district file (the grid is about 44 m by 40 m). */
const MOST_MOVED = 35;

function metresApart(a: Coordinates, b: Coordinates): number {
  const across = Math.cos((a.latitude * Math.PI) / 180);
  return Math.hypot(a.latitude - b.latitude, (a.longitude - b.longitude) * across) * 111_320;
}

/** Writes a district's file, sends it through JSON as the site does, and reads it back. */
function roundTrip(district: string, places: [string, Coordinates][]) {
  const text = JSON.stringify(encodeDistrictFile(district, places, 'Made up for a test.'));
  return { text, read: readDistrictFile(JSON.parse(text)) };
}

/** Every postcode comes back, at most MOST_MOVED from where it was, and nothing else comes back. */
function expectSamePlaces(places: [string, Coordinates][], read: Map<string, Coordinates>) {
  expect([...read.keys()].sort()).toEqual(places.map(([postcode]) => postcode).sort());
  const moved = places.filter(([postcode, place]) => metresApart(place, read.get(postcode)!) > MOST_MOVED).map(([postcode]) => postcode);
  expect(moved).toEqual([]);
}

const TABLES = [
  { name: 'the shipped sample', root: PROJECT },
  { name: 'the fixture site', root: FIXTURE_SITE },
];

describe('district files give back every postcode of the sample tables', () => {
  for (const { name, root } of TABLES) {
    const table = joinPostcodeTables(
      loadContent(root)
        .entriesOf('postcodes')
        .map((part) => part.data),
    );
    for (const [district, places] of splitByDistrict(table)) {
      it(`${name}: ${district} (${places.length} postcodes), within ${MOST_MOVED} m and ${DISTRICT_FILE_BUDGET / 1024} KiB compressed`, () => {
        const { text, read } = roundTrip(district, places);
        expectSamePlaces(places, read);
        expect(gzipSync(text).length).toBeLessThanOrEqual(DISTRICT_FILE_BUDGET);
      });
    }
  }
});

describe('a realistic district of 3,000 postcodes', () => {
  const places = syntheticDistrict();

  it('has 3,000 different postcodes of one district in nine sectors, spread over about 8 km', () => {
    expect(new Set(places.map(([postcode]) => postcode)).size).toBe(3000);
    expect(new Set(places.map(([postcode]) => postcode.slice(0, 5)))).toEqual(new Set(['NM1 1', 'NM1 2', 'NM1 3', 'NM1 4', 'NM1 5', 'NM1 6', 'NM1 7', 'NM1 8', 'NM1 9']));
    const south = Math.min(...places.map(([, p]) => p.latitude));
    const north = Math.max(...places.map(([, p]) => p.latitude));
    expect((north - south) * 111.32).toBeGreaterThan(7);
    expect((north - south) * 111.32).toBeLessThan(8.01);
  });

  it('comes back whole: every postcode, each within 35 m', () => {
    expectSamePlaces(places, roundTrip('NM1', places).read);
  });

  it(`is within the budget of ${DISTRICT_FILE_BUDGET / 1024} KiB compressed (measured as npm run bench measures it)`, () => {
    const size = measureDistrictFileSize();
    expect(size.postcodes).toBe(3000);
    expect(size.gzipBytes).toBeLessThanOrEqual(DISTRICT_FILE_BUDGET);
    expect(describeDistrictFileSize(size)).toMatch(/^Postcode district file, 3,000 postcodes: \d+\.\d KiB compressed \(\d+\.\d KiB before\), budget 8\.0 KiB\.$/);
  });

  it('is within the budget even when no two postcodes are in the same street (the worst case)', () => {
    const scattered = syntheticDistrict({ layout: 'scattered' });
    expectSamePlaces(scattered, roundTrip('NM1', scattered).read);
    expect(measureDistrictFileSize({ layout: 'scattered' }).gzipBytes).toBeLessThanOrEqual(DISTRICT_FILE_BUDGET);
  });

  it('gives the same district every time (so the measure can be compared between runs)', () => {
    expect(syntheticDistrict()).toEqual(places);
    expect(syntheticDistrict({ seed: 'another' })).not.toEqual(places);
  });
});

describe('district files: the rest of the contract', () => {
  it('are at /postcodes/<district>.json', () => {
    expect(postcodeDistrictUrl('NM1')).toBe('/postcodes/NM1.json');
    expect(postcodeDistrictUrl('SW1A')).toBe('/postcodes/SW1A.json');
  });

  it('find a postcode typed in any spacing or case, and nothing for one not there', () => {
    const read = roundTrip('NM1', [['NM1 4AL', { latitude: 53.4339, longitude: -2.1488 }]]).read;
    expect(lookupPostcode(read, ' nm14al ')).toEqual(read.get('NM1 4AL'));
    expect(lookupPostcode(read, 'NM1 4AB')).toBeUndefined();
    expect(lookupPostcode(read, 'not a postcode')).toBeUndefined();
  });

  it('keep every unit of a district, from 0AA to 9ZZ, and places anywhere in the UK', () => {
    const places: [string, Coordinates][] = [
      ['SW1A 0AA', { latitude: 51.4998, longitude: -0.1247 }],
      ['SW1A 2AA', { latitude: 51.50354, longitude: -0.12768 }],
      ['SW1A 9ZZ', { latitude: 60.8, longitude: -8.9 }],
    ];
    expectSamePlaces(places, roundTrip('SW1A', places).read);
  });

  it('can be empty', () => {
    expect(roundTrip('NM9', []).read.size).toBe(0);
  });

  it('refuse a postcode of another district or not in the site form', () => {
    const place = { latitude: 53.4, longitude: -2.1 };
    expect(() => encodeDistrictFile('NM1', [['NM2 1AA', place]], '')).toThrow('NM2 1AA is not a postcode of district NM1');
    expect(() => encodeDistrictFile('NM1', [['nm1 1aa', place]], '')).toThrow(/not a postcode of district NM1/);
  });

  it('say what is wrong with data that is not a district file', () => {
    const good = encodeDistrictFile('NM1', [['NM1 4AL', { latitude: 53.4339, longitude: -2.1488 }]], '');
    const wrong: [unknown, RegExp][] = [
      [null, /not an object/],
      ['NM1', /not an object/],
      [{ ...good, format: 2 }, /its format is 2, not 1/],
      [{ ...good, district: 'nowhere' }, /does not name a postcode district/],
      [{ ...good, grid: [0.0004] }, /grid is not two sizes/],
      [{ ...good, grid: [0.0004, -1] }, /grid is not two sizes/],
      [{ ...good, postcodes: undefined }, /postcodes or coordinates are missing/],
      [{ ...good, postcodes: `${good.postcodes}*` }, /postcodes hold "\*"/],
      [{ ...good, coordinates: `${good.coordinates}*` }, /coordinates hold "\*"/],
      [{ ...good, coordinates: `${good.coordinates}g` }, /stop part way through a number/],
      [{ ...good, coordinates: good.coordinates.slice(0, 4) }, /more postcodes than coordinates/],
      [{ ...good, coordinates: `${good.coordinates}AA` }, /more coordinates than postcodes/],
      [{ ...good, postcodes: `${good.postcodes}${'A'.repeat(700)}B` }, /more postcodes than coordinates/],
    ];
    for (const [json, message] of wrong) expect(() => readDistrictFile(json), JSON.stringify(json)).toThrow(message);
  });
});
