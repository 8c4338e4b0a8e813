import { describe, expect, it } from 'vitest';
import { placeCoordinates, withPlaceCoordinates, type PlaceWithPostcode } from '../../src/lib/postcodes/place-coordinates.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWith, MINIMAL_SITE, replaceOnce } from '../support/content-fixture.ts';
import { PLACES_NAMED_ONE_BY_ONE } from '../../src/lib/content-check/check-postcodes.ts';

const table = new Map([['NM1 1AA', { latitude: 53.4325, longitude: -2.1525 }]]);

describe("a place's coordinates", () => {
  it('are its own when its listing gives them', () => {
    expect(placeCoordinates({ postcode: 'NM1 1AA', latitude: 53.5, longitude: -2.2 }, table)).toEqual({ latitude: 53.5, longitude: -2.2 });
  });

  it("are its postcode's from the table when it has none (or only one of the two), in any spacing", () => {
    expect(placeCoordinates({ postcode: 'NM1 1AA' }, table)).toEqual({ latitude: 53.4325, longitude: -2.1525 });
    expect(placeCoordinates({ postcode: 'nm11aa', latitude: 53.5 }, table)).toEqual({ latitude: 53.4325, longitude: -2.1525 });
  });

  it('are unknown when the postcode is not in the table', () => {
    expect(placeCoordinates({ postcode: 'NM9 9ZZ' }, table)).toBeUndefined();
    expect(placeCoordinates({ postcode: 'nowhere' }, table)).toBeUndefined();
  });
});

describe('a listing given its places\u2019 coordinates from the table (as the build does)', () => {
  const listing = {
    name: 'Library',
    locations: [
      { name: 'A', postcode: 'NM1 1AA' },
      { name: 'B', postcode: 'NM1 1AA', latitude: 53.5, longitude: -2.2 },
      { name: 'C', postcode: 'NM9 9ZZ' },
    ],
  };

  it('fills only the places with no coordinates whose postcode is in the table, and leaves the listing itself as it was', () => {
    const filled = withPlaceCoordinates(listing, table);
    expect(filled.locations).toEqual([
      { name: 'A', postcode: 'NM1 1AA', latitude: 53.4325, longitude: -2.1525 },
      { name: 'B', postcode: 'NM1 1AA', latitude: 53.5, longitude: -2.2 },
      { name: 'C', postcode: 'NM9 9ZZ' },
    ]);
    expect(filled.name).toBe('Library');
    expect(listing.locations[0]).toEqual({ name: 'A', postcode: 'NM1 1AA' });
  });

  it('gives back the same listing when there is nothing to fill', () => {
    const noPlaces: { name: string; locations?: PlaceWithPostcode[] } = { name: 'Phone line' };
    expect(withPlaceCoordinates(noPlaces, table)).toBe(noPlaces);
    expect(withPlaceCoordinates(listing, new Map())).toBe(listing);
    const placed = { locations: [listing.locations[1]!, listing.locations[2]!] };
    expect(withPlaceCoordinates(placed, table)).toBe(placed);
  });
});

describe('the content check warns about a place that cannot be found on a map', () => {
  const SERVICE = 'content/services/library-wifi.yaml';
  const COURSE = 'content/courses/tablet-basics.yaml';
  const placeWarnings = (changes: Parameters<typeof checkWith>[0]) =>
    checkWith(changes)
      .problems.filter((p) => p.severity === 'warning' && /near me/.test(p.message))
      .map((p) => ({ file: p.file, field: p.field, line: p.line, message: p.message }));

  it('says nothing when every place has coordinates or its postcode is in the table', () => {
    expect(placeWarnings([])).toEqual([]);
  });

  it('names the file, field and line, and says what to do, when the site has no postcode table', () => {
    const warnings = placeWarnings([{ file: 'postcodes/nm1.yaml', contents: null }]);
    expect(warnings).toEqual([
      {
        file: SERVICE,
        field: 'locations › item 1 › postcode',
        line: 18,
        message:
          'This place has no latitude and longitude, and the site has no postcode table (content/postcodes/), so it cannot be shown on a map or in "near me" distances. Add latitude and longitude (find the place on a map), or import your area\'s postcodes with npm run import:postcodes.',
      },
      {
        file: COURSE,
        field: 'location › postcode',
        line: expect.any(Number),
        message:
          'The site has no postcode table (content/postcodes/), so this course\'s place cannot be shown on a map or in "near me" distances. Import your area\'s postcodes with npm run import:postcodes.',
      },
    ]);
  });

  it('names the postcode that is not in the table', () => {
    const warnings = placeWarnings([{ file: 'postcodes/nm1.yaml', contents: (t) => replaceOnce(t, 'NM1 1AA,', 'NM1 1AB,') }]);
    expect(warnings.map((w) => [w.file, w.field])).toEqual([
      [SERVICE, 'locations › item 1 › postcode'],
      [COURSE, 'location › postcode'],
    ]);
    expect(warnings[0]!.message).toMatch(/^This place has no latitude and longitude, and its postcode NM1 1AA is not in the postcode table \(content\/postcodes\/\)/);
    expect(warnings[1]!.message).toMatch(/^The course's postcode NM1 1AA is not in the postcode table/);
  });

  it('on a large directory with no postcode table, names the first 20 places one by one and counts the rest in one warning', () => {
    const source = readFileSync(join(MINIMAL_SITE, 'content', 'services', 'library-wifi.yaml'), 'utf8');
    const copies = Array.from({ length: 30 }, (_, i) => ({ file: `services/library-wifi-${i + 1}.yaml`, contents: source }));
    const warnings = placeWarnings([{ file: 'postcodes/nm1.yaml', contents: null }, ...copies]);
    expect(warnings).toHaveLength(PLACES_NAMED_ONE_BY_ONE + 1);
    expect(warnings.slice(0, PLACES_NAMED_ONE_BY_ONE).every((w) => w.line !== undefined && w.field !== undefined)).toBe(true);
    // 32 places in all: the sample listing, its course and 30 copies.
    expect(warnings.at(-1)!.message).toMatch(
      /^12 more places \(in 12 files, like content\/services\/library-wifi-[0-9]+\.yaml, .*\) have no latitude and longitude, and their postcodes are not in the postcode table, so they cannot be shown on a map or in "near me" distances\. Import your area's postcodes with npm run import:postcodes\.$/,
    );
  });

  it('is only a warning: the content still passes', () => {
    expect(checkWith([{ file: 'postcodes/nm1.yaml', contents: null }]).ok).toBe(true);
  });

  it('says nothing about a place with its own latitude and longitude', () => {
    const warnings = placeWarnings([
      { file: 'postcodes/nm1.yaml', contents: null },
      { file: 'services/library-wifi.yaml', contents: (t) => replaceOnce(t, '    area: north\n', '    area: north\n    latitude: 52.5662\n    longitude: -1.8415\n') },
    ]);
    expect(warnings.map((w) => w.file)).toEqual([COURSE]);
  });

  it('leaves it to the error about the table when the table itself cannot be read', () => {
    const result = checkWith([{ file: 'postcodes/nm1.yaml', contents: (t) => replaceOnce(t, 'count: 1', 'count: one') }]);
    expect(result.problems.filter((p) => /near me/.test(p.message))).toEqual([]);
    expect(result.problems.find((p) => p.file === 'content/postcodes/nm1.yaml' && p.field === 'count')?.severity).toBe('error');
  });
});
