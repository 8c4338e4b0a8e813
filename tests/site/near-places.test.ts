/**
 * The places data of the near-me page (/find-help/near/places/): every place of every available
 * listing that has coordinates (its own, or its postcode's from the postcode table) is in it
 * exactly once, in the right square, with its listing's name, page, kinds and opening hours; no
 * closed, inactive or waiting listing is; and the index names exactly the squares that have files,
 * and the postcode districts that have files.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { isAvailable } from '../../src/lib/directory/listing.ts';
import { cellOf } from '../../src/lib/near/grid.ts';
import { nearPlacesCellPath, nearPlacesIndexPath } from '../../src/lib/near/paths.ts';
import { decodeCell, decodeIndex, type NearListing } from '../../src/lib/near/places-data.ts';
import { postcodeDistrictUrl } from '../../src/lib/postcodes/district-file.ts';
import { placeCoordinates } from '../../src/lib/postcodes/place-coordinates.ts';
import { joinPostcodeTables } from '../../src/lib/postcodes/table.ts';
import { routes } from '../../src/lib/routes.ts';
import { isWaitingForReview } from '../../src/lib/waiting-for-review.ts';
import type { Service } from '../../src/schemas/service.ts';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';

for (const site of EVERY_BUILT_SITE)
  describe(`the near-me places data lists every place once, ${site.name}`, () => {
    const content = checkContent({ root: site.root, today: '2026-11-23' });
    const table = joinPostcodeTables(content.entries.get('postcodes').map((part) => part.data as { postcodes: string[] }));
    const services = content.entries.get('services').map((entry) => ({ id: entry.id, data: entry.data as Service }));
    const listed = (service: (typeof services)[number]) => isAvailable(service.data) && !isWaitingForReview(service.data);

    const read = (path: string) => JSON.parse(readFileSync(join(site.dist, path), 'utf8')) as unknown;
    const index = decodeIndex(read(nearPlacesIndexPath()));
    const cells = [...index.cells.keys()].map((cell) => ({ cell, listings: decodeCell(read(nearPlacesCellPath(cell))) }));
    const found = cells.flatMap(({ cell, listings }) => listings.flatMap((listing) => listing.places.map((place) => ({ cell, listing, place }))));

    /** One line per place, as the content says it should be in the data. */
    const expected = services.filter(listed).flatMap((service) =>
      (service.data.locations ?? []).flatMap((location) => {
        const at = placeCoordinates(location, table);
        return at ? [`${routes.service(service.id)} | ${location.name} | ${at.latitude.toFixed(5)},${at.longitude.toFixed(5)}`] : [];
      }),
    );
    const line = ({ listing, place }: (typeof found)[number]) => `${listing.path} | ${place.name} | ${place.latitude.toFixed(5)},${place.longitude.toFixed(5)}`;

    it('has places to check, and a listing that is not available that has a place with coordinates (so leaving it out is tested)', () => {
      expect(expected.length).toBeGreaterThan(10);
      if (site.name.startsWith('test fixture')) {
        const notListed = services.filter((service) => !listed(service) && (service.data.locations ?? []).some((location) => placeCoordinates(location, table)));
        expect(notListed.length).toBeGreaterThan(0);
      }
    });

    it('has every place of every available listing that has coordinates, exactly once, and nothing else', () => {
      expect(found.map(line).sort()).toEqual([...expected].sort());
    });

    it('has no closed, inactive or waiting listing', () => {
      const notListed = new Set(services.filter((service) => !listed(service)).map((service) => routes.service(service.id)));
      expect(found.filter(({ listing }) => notListed.has(listing.path)).map(line)).toEqual([]);
    });

    it("gives each place its listing's name, kinds and number of places, and its own area and opening times", () => {
      const byPath = new Map(services.map((service) => [routes.service(service.id), service.data]));
      const problems = found.flatMap(({ listing, place }) => {
        const service = byPath.get(listing.path)!;
        const location = (service.locations ?? []).find((l) => l.name === place.name)!;
        const want: Pick<NearListing, 'name' | 'kinds' | 'placeCount'> = { name: service.name, kinds: service.kinds, placeCount: service.locations?.length ?? 0 };
        const wantHours = (location.openingHours ?? []).map(({ days, opens, closes }) => ({ days, opens, closes }));
        return JSON.stringify({ name: listing.name, kinds: listing.kinds, placeCount: listing.placeCount }) === JSON.stringify(want) &&
          place.area === location.area &&
          JSON.stringify(place.hours) === JSON.stringify(wantHours)
          ? []
          : [`${listing.path} ${place.name}`];
      });
      expect(problems).toEqual([]);
    });

    it('puts each place in the square it is in, and the index lists each square with a file, with the kinds of help in it', () => {
      expect(found.filter(({ cell, place }) => cellOf(place) !== cell).map(line)).toEqual([]);
      const folder = join(site.dist, nearPlacesCellPath('x').replace(/^\/|x\.json$/g, ''));
      expect(existsSync(folder)).toBe(true);
      const files = readdirSync(folder).filter((file) => file !== 'index.json');
      expect(files.sort()).toEqual(cells.map(({ cell }) => `${cell}.json`).sort());
      for (const { cell, listings } of cells)
        expect(
          index.cells
            .get(cell)!
            .map((k) => index.kinds[k])
            .sort(),
          cell,
        ).toEqual([...new Set(listings.flatMap((l) => l.kinds))].sort());
    });

    it('names every postcode district the site has a file for, and no other', () => {
      const folder = join(site.dist, postcodeDistrictUrl('x').replace(/^\/|x\.json$/g, ''));
      const files = readdirSync(folder).map((file) => file.replace(/\.json$/, ''));
      expect(files.length).toBeGreaterThan(0);
      expect([...index.districts].sort()).toEqual(files.sort());
    });
  });
