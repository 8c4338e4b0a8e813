import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataYear, postcodeAttribution } from '../../src/lib/postcodes/licence.ts';
import { postcodeFileReader, type PostcodeFileReader } from '../../src/lib/postcodes/postcode-file.ts';
import { describeImport, importBox, PostcodeImport } from '../../src/lib/postcodes/postcode-import.ts';
import { boxAround, boxAroundGeoJson, isInBox, widenBox, type Box } from '../../src/lib/postcodes/site-bounds.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'postcodes');
/** Round the fixture site's boundaries (tests/fixtures/site/content/areas.geojson), roughly. */
const NORTHMERE: Box = { south: 53.39, north: 53.475, west: -2.215, east: -2.09 };

function runImport(name: string, within: Box): PostcodeImport {
  const [first, ...rest] = readFileSync(join(FIXTURES, name), 'utf8').split(/\r?\n/);
  const reader = postcodeFileReader(first!, name) as PostcodeFileReader;
  const run = new PostcodeImport(reader, within);
  (reader.header ? rest : [first!, ...rest]).forEach((line, index) => run.add(line, index + (reader.header ? 2 : 1)));
  return run;
}

describe('which part of the map the import keeps', () => {
  const geojson = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'a' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-2.2, 53.4],
              [-2.1, 53.4],
              [-2.1, 53.45],
              [-2.2, 53.4],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { id: 'b' },
        geometry: {
          type: 'MultiPolygon',
          coordinates: [
            [
              [
                [-2.25, 53.46],
                [-2.2, 53.46],
                [-2.2, 53.47],
                [-2.25, 53.46],
              ],
            ],
          ],
        },
      },
    ],
  };

  it('is the box round the area boundaries when there are some, whatever their kind of polygon', () => {
    expect(boxAroundGeoJson(geojson)).toEqual({ south: 53.4, north: 53.47, west: -2.25, east: -2.1 });
    const chosen = importBox(geojson, [{ latitude: 50, longitude: 0 }], 0);
    expect(chosen).toEqual({ box: { south: 53.4, north: 53.47, west: -2.25, east: -2.1 }, basis: 'the area boundaries in content/areas.geojson, plus 0 km on every side' });
  });

  it("is the box round the listings' places when there are no boundaries, and says so", () => {
    const chosen = importBox(
      undefined,
      [
        { latitude: 53.41, longitude: -2.15 },
        { latitude: 53.44, longitude: -2.12 },
      ],
      3,
    );
    expect('basis' in chosen && chosen.basis).toBe('the latitude and longitude of the 2 places in your listings (there is no content/areas.geojson), plus 3 km on every side');
    expect('box' in chosen && chosen.box.south).toBeCloseTo(53.41 - 3 / 111.32, 6);
  });

  it('says what to do when there is neither', () => {
    expect(importBox(undefined, [], 3)).toEqual({
      problem: expect.stringMatching(/^The import cannot tell where your site is: there is no content\/areas\.geojson and no listing gives a latitude and longitude\./),
    });
    expect(importBox({ type: 'FeatureCollection', features: [] }, [], 3)).toHaveProperty('problem');
  });

  it('widens a box by the margin in km on every side (about 1 km north and east at 53°N)', () => {
    const wide = widenBox({ south: 53, north: 53, west: -2, east: -2 }, 1);
    expect((wide.north - 53) * 111.32).toBeCloseTo(1, 6);
    expect((wide.east + 2) * 111.32 * Math.cos((53 * Math.PI) / 180)).toBeCloseTo(1, 6);
    expect(isInBox(wide, { latitude: 53.005, longitude: -2.01 })).toBe(true);
    expect(isInBox(wide, { latitude: 53.01, longitude: -2 })).toBe(false);
    expect(boxAround([])).toBeUndefined();
  });
});

describe('the import of an ONS Postcode Directory file', () => {
  it('keeps live postcodes inside the area and counts what it leaves out and why', () => {
    const run = runImport('onspd-northmere.csv', NORTHMERE);
    expect([...run.table.keys()].sort()).toEqual(['NM1 1AA', 'NM1 4AL', 'NM2 3RL', 'NM3 4EF', 'NM4 2WD', 'NM6 5HX']);
    expect(run.counts).toEqual({ kept: 6, terminated: 2, outside: 2, noCoordinates: 1, unreadable: 0, repeated: 0 });
    expect(describeImport(run, 'onspd-northmere.csv', 'the box')).toEqual([
      'Read onspd-northmere.csv (ONS Postcode Directory).',
      'Kept the postcodes inside the box.',
      'Kept: 6 live postcodes.',
      'Left out: 2 no longer in use (terminated), 2 outside your area, 1 with no coordinates.',
    ]);
  });

  it('keeps a postcode just over the border when the margin reaches it', () => {
    expect(runImport('onspd-northmere.csv', widenBox(NORTHMERE, 3)).table.has('M1 1AE')).toBe(true);
  });

  it('counts a postcode given twice once, and names the first lines it could not read', () => {
    const reader = postcodeFileReader('pcds,doterm,lat,long', 'x.csv') as PostcodeFileReader;
    const run = new PostcodeImport(reader, NORTHMERE);
    ['"NM1 4AL","",53.4339,-2.1488', '"NM1 4AL","",53.4339,-2.1488', 'broken', 'broken', '', '"BT1 1AA","",53.42,-2.15'].forEach((line, i) => run.add(line, i + 2));
    expect(run.counts).toMatchObject({ kept: 2, repeated: 1, unreadable: 2 });
    const report = describeImport(run, 'x.csv', 'the box');
    expect(report).toContain('Left out: 0 no longer in use (terminated), 0 outside your area, 0 with no coordinates, 1 given twice.');
    expect(report).toContain('Could not read 2 lines (lines 4, 5): check the file is whole.');
    expect(report.at(-1)).toMatch(/^1 of the postcodes are in Northern Ireland \(BT\).*separate licence/);
  });

  it('lists at most five unreadable lines by number', () => {
    const run = new PostcodeImport(postcodeFileReader('pcds,doterm,lat,long', 'x.csv') as PostcodeFileReader, NORTHMERE);
    for (let line = 2; line < 10; line++) run.add('broken', line);
    expect(describeImport(run, 'x.csv', 'the box')).toContain('Could not read 8 lines (lines 2, 3, 4, 5, 6...): check the file is whole.');
  });

  it('says plainly when nothing was kept', () => {
    const run = runImport('onspd-northmere.csv', { south: 50, north: 50.1, west: 0, east: 0.1 });
    expect(run.counts.kept).toBe(0);
    expect(describeImport(run, 'onspd-northmere.csv', 'the box').at(-1)).toBe('No postcode was kept, so nothing was written. Check the file covers your area.');
  });
});

describe('the import of an OS Code-Point Open file', () => {
  it('keeps live postcodes inside the area, with no terminated ones (Code-Point Open has only live postcodes)', () => {
    const run = runImport('code-point-nm.csv', NORTHMERE);
    expect([...run.table.keys()].sort()).toEqual(['NM1 4AL', 'NM2 3RL', 'NM3 4EF', 'NM4 2WD', 'NM6 5HX']);
    expect(run.counts).toEqual({ kept: 5, terminated: 0, outside: 1, noCoordinates: 1, unreadable: 0, repeated: 0 });
    expect(describeImport(run, 'code-point-nm.csv', 'the box')[0]).toBe('Read code-point-nm.csv (OS Code-Point Open).');
  });
});

describe('the licence words', () => {
  it("are the ONS Postcode Directory's for ONSPD, with the data's year", () => {
    const words = postcodeAttribution('onspd', 2026);
    expect(words).toMatch(/^Source: Office for National Statistics licensed under the Open Government Licence v3\.0\./);
    expect(words).toContain('Contains OS data © Crown copyright and database right 2026.');
    expect(words).toContain('Contains Royal Mail data © Royal Mail copyright and database right 2026.');
  });

  it("are Ordnance Survey's for Code-Point Open", () => {
    expect(postcodeAttribution('codePoint', 2025)).toBe(
      'Contains OS data © Crown copyright and database right 2025. Contains Royal Mail data © Royal Mail copyright and database right 2025. Contains National Statistics data © Crown copyright and database right 2025.',
    );
  });

  it("take the year from the file's name, or else from the day it was imported", () => {
    expect(dataYear('ONSPD_NOV_2025_UK.csv', '2026-03-01')).toBe(2025);
    expect(dataYear('codepo_gb_2024-02.csv', '2026-03-01')).toBe(2024);
    expect(dataYear('nm.csv', '2026-03-01')).toBe(2026);
    expect(dataYear('ONSPD_12345.csv', '2026-03-01')).toBe(2026);
  });
});
