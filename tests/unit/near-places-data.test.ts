import { describe, expect, it } from 'vitest';
import { cellOf } from '../../src/lib/near/grid.ts';
import { placesByCell } from '../../src/lib/near/places-by-cell.ts';
import { decodeCell, decodeIndex, encodeCell, encodeIndex, PLACES_FORMAT, type NearListing } from '../../src/lib/near/places-data.ts';
import { nearListings, type ListingForNearMe } from '../../src/lib/near/places-from-directory.ts';

const library: NearListing = {
  name: 'Free Wi-Fi at Eastbrook Library',
  path: '/services/eastbrook-library/',
  kinds: ['free-wifi', 'public-computers'],
  placeCount: 1,
  places: [
    {
      name: 'Eastbrook Library',
      latitude: 53.4334,
      longitude: -2.1181,
      area: 'eastbrook',
      hours: [
        { days: ['monday', 'tuesday', 'thursday', 'friday'], opens: '09:30', closes: '17:00' },
        { days: ['sunday'], opens: '10:00', closes: '13:00' },
      ],
    },
  ],
};
const buddies: NearListing = {
  name: 'Digital Buddies',
  path: '/services/digital-buddies/',
  kinds: ['one-to-one-help'],
  placeCount: 3,
  places: [
    { name: 'Riverside Library', latitude: 53.41, longitude: -2.13, area: 'riverside', hours: [] },
    { name: 'Upper Hollin Library', latitude: 53.52, longitude: -2.16, area: 'hillside', hours: [{ days: ['tuesday'], opens: '10:00', closes: '12:00' }] },
  ],
};

const throughJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('the places files: written compactly and read back', () => {
  it('reads back every listing, place, coordinate and opening time it wrote', () => {
    expect(decodeCell(throughJson(encodeCell([library, buddies])))).toEqual([library, buddies]);
  });
  it('keeps coordinates to 5 decimal places (about a metre)', () => {
    const precise = { ...library, places: [{ ...library.places[0]!, latitude: 53.123456789, longitude: -2.987654321 }] };
    const [back] = decodeCell(throughJson(encodeCell([precise])));
    expect(back!.places[0]).toMatchObject({ latitude: 53.12346, longitude: -2.98765 });
  });
  it('writes days as digits and leaves out hours a place does not have', () => {
    const [, encodedBuddies] = encodeCell([library, buddies]);
    expect(encodedBuddies![4][0]).toEqual(['Riverside Library', 53.41, -2.13, 'riverside']);
    expect(encodeCell([library])[0]![4][0]![4]).toEqual([
      ['0134', '09:30', '17:00'],
      ['6', '10:00', '13:00'],
    ]);
  });
  it('refuses a square file that is not a list of listings, and days that are not days', () => {
    expect(() => decodeCell({})).toThrow('not a list of listings');
    expect(() => decodeCell([['Name', '/services/x/', [], 1, [['Place', 53, -2, 'a', [['9', '10:00', '12:00']]]]]])).toThrow('"9" is not a set of days');
  });
  it('reads back the index, and refuses one of another format (an old copy, say)', () => {
    const index = {
      kinds: ['free-wifi', 'one-to-one-help'],
      cells: new Map([
        ['534_-15', [0, 1]],
        ['535_-15', [1]],
      ]),
      districts: ['NM1', 'NM2'],
    };
    expect(decodeIndex(throughJson(encodeIndex(index)))).toEqual(index);
    expect(encodeIndex(index).format).toBe(PLACES_FORMAT);
    // Each square's kinds are one number, a bit for each kind.
    expect(encodeIndex(index).cells).toEqual({ '534_-15': 3, '535_-15': 2 });
    expect(() => decodeIndex(null)).toThrow(`This is not a places index in format ${PLACES_FORMAT}.`);
    expect(() => decodeIndex({ ...encodeIndex(index), format: PLACES_FORMAT + 1 })).toThrow('not a places index');
    expect(() => decodeIndex({ ...encodeIndex(index), districts: undefined })).toThrow('not a places index');
  });
});

describe('splitting the places into squares of the map', () => {
  const { index, cells } = placesByCell([library, buddies], ['NM1', 'NM3']);
  it('puts every place in its own square, once', () => {
    const placed = [...cells].flatMap(([cell, listings]) => listings.flatMap((listing) => listing.places.map((place) => ({ cell, listing: listing.path, place: place.name }))));
    const expected = [library, buddies].flatMap((listing) => listing.places.map((place) => ({ cell: cellOf(place), listing: listing.path, place: place.name })));
    expect(placed.sort((a, b) => a.place.localeCompare(b.place))).toEqual(expected.sort((a, b) => a.place.localeCompare(b.place)));
  });
  it('gives a listing with places in two squares to both, each with its places there and its full count of places', () => {
    expect(cells.get('535_-15')).toEqual([{ ...buddies, places: [buddies.places[1]] }]);
    expect(cells.get('534_-15')!.map((listing) => [listing.path, listing.placeCount, listing.places.length])).toEqual([
      [library.path, 1, 1],
      [buddies.path, 3, 1],
    ]);
  });
  it('lists each square that has places with the kinds of help in it, and the postcode districts', () => {
    expect(index.districts).toEqual(['NM1', 'NM3']);
    expect(index.kinds).toEqual(['free-wifi', 'one-to-one-help', 'public-computers']);
    expect(index.cells).toEqual(
      new Map([
        ['534_-15', [0, 1, 2]],
        ['535_-15', [1]],
      ]),
    );
  });
});

describe('the places of the directory', () => {
  const location = { address: ['1 Road'], town: 'Northmere', postcode: 'NM1 1AA', area: 'eastbrook' };
  const service = (id: string, status: 'active' | 'temporarily-closed' | 'inactive', locations?: ListingForNearMe['data']['locations']): ListingForNearMe => ({
    id,
    data: { name: `Service ${id}`, status, kinds: ['free-wifi'], locations },
  });
  it('takes every place with coordinates of every available listing, and nothing closed', () => {
    const listings = nearListings([
      service('open', 'active', [
        { ...location, name: 'Hall', latitude: 53.4, longitude: -2.1, openingHours: [{ days: ['monday'], opens: '10:00', closes: '12:00' }] },
        { ...location, name: 'No coordinates' },
      ]),
      service('closed', 'temporarily-closed', [{ ...location, name: 'Shut', latitude: 53.4, longitude: -2.1 }]),
      service('gone', 'inactive', [{ ...location, name: 'Gone', latitude: 53.4, longitude: -2.1 }]),
      service('phone-only', 'active'),
      service('unplaced', 'active', [{ ...location, name: 'Nowhere known' }]),
    ]);
    expect(listings).toEqual([
      {
        name: 'Service open',
        path: '/services/open/',
        kinds: ['free-wifi'],
        placeCount: 2,
        places: [{ name: 'Hall', latitude: 53.4, longitude: -2.1, area: 'eastbrook', hours: [{ days: ['monday'], opens: '10:00', closes: '12:00' }] }],
      },
    ]);
  });
});
