/**
 * The postcode district files (/postcodes/<district>.json) and the coordinates the build gives
 * places from the postcode table. The district files are checked on every built site (they hold
 * for any content); that every place has coordinates is checked on the fixture site, whose table
 * has every postcode its places use.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DISTRICT_FILE_BUDGET } from '../../scripts/lib/district-file-size.ts';
import { loadContent } from '../../src/lib/content-check/index.ts';
import { orukServiceId } from '../../src/lib/openreferral/index.ts';
import { postcodeDistrictUrl, readDistrictFile, type Coordinates } from '../../src/lib/postcodes/district-file.ts';
import { joinPostcodeTables, splitByDistrict } from '../../src/lib/postcodes/table.ts';
import { EVERY_BUILT_SITE, TEST_SITE } from '../support/built-site.ts';

/** The furthest a place may move by being written to a district file, in metres. */
const MOST_MOVED = 35;

function metresApart(a: Coordinates, b: Coordinates): number {
  return Math.hypot(a.latitude - b.latitude, (a.longitude - b.longitude) * Math.cos((a.latitude * Math.PI) / 180)) * 111_320;
}

for (const site of EVERY_BUILT_SITE) {
  describe(`postcode district files, ${site.name}`, () => {
    site.requireBuilt();
    const content = loadContent(site.root);
    const table = joinPostcodeTables(content.entriesOf('postcodes').map((part) => part.data));
    const districts = splitByDistrict(table);
    const folder = join(site.dist, 'postcodes');
    const built = existsSync(folder) ? readdirSync(folder).sort() : [];

    it(`are one file per district of the postcode table (${districts.size} districts, ${table.size} postcodes), at the address the near page fetches`, () => {
      expect(built).toEqual([...districts.keys()].map((district) => postcodeDistrictUrl(district).replace('/postcodes/', '')).sort());
      expect(table.size).toBeGreaterThan(0);
    });

    for (const [district, places] of districts) {
      it(`${postcodeDistrictUrl(district)} decodes to every postcode of the district, each within ${MOST_MOVED} m, within ${DISTRICT_FILE_BUDGET / 1024} KiB compressed`, () => {
        const text = readFileSync(join(site.dist, postcodeDistrictUrl(district)), 'utf8');
        const json = JSON.parse(text) as { district: string; source: string };
        expect(json.district).toBe(district);
        expect(json.source).toContain(content.entriesOf('postcodes')[0]!.data.attribution);
        const read = readDistrictFile(json);
        expect([...read.keys()].sort()).toEqual(places.map(([postcode]) => postcode));
        expect(places.filter(([postcode, place]) => metresApart(place, read.get(postcode)!) > MOST_MOVED).map(([postcode]) => postcode)).toEqual([]);
        expect(gzipSync(text).length).toBeLessThanOrEqual(DISTRICT_FILE_BUDGET);
      });
    }
  });
}

describe(`every place of every listing has coordinates after the build, ${TEST_SITE.name}`, () => {
  TEST_SITE.requireBuilt();
  const content = loadContent(TEST_SITE.root);
  const table = joinPostcodeTables(content.entriesOf('postcodes').map((part) => part.data));
  const services = content.entriesOf('services').filter((entry) => entry.data.locations?.length);

  it('has places without their own latitude and longitude to fill (so the test means something)', () => {
    const without = services.flatMap((entry) => entry.data.locations!).filter((place) => place.latitude === undefined);
    expect(without.length).toBeGreaterThan(10);
  });

  for (const entry of services) {
    it(`${entry.id}: each place in its open data has a latitude and longitude (its own, or its postcode's)`, () => {
      const oruk = JSON.parse(readFileSync(join(TEST_SITE.dist, 'openreferral', 'services', `${orukServiceId(entry)}.json`), 'utf8')) as {
        service_at_locations: { location: { latitude?: number; longitude?: number; addresses: { postal_code: string }[] } }[];
      };
      const built = oruk.service_at_locations.map(({ location }) => ({ postcode: location.addresses[0]!.postal_code, latitude: location.latitude, longitude: location.longitude }));
      const expected = entry.data.locations!.map((place) => ({
        postcode: place.postcode,
        latitude: place.latitude ?? table.get(place.postcode)?.latitude,
        longitude: place.longitude ?? table.get(place.postcode)?.longitude,
      }));
      expect(built).toEqual(expected);
      expect(built.filter((place) => typeof place.latitude !== 'number' || typeof place.longitude !== 'number')).toEqual([]);
    });
  }
});
