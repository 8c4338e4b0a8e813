/**
 * The places data at national scale: 10,000 generated listings with one to three places each,
 * put in 100 towns across England (100 listings to a town), and again spread evenly (most squares
 * of the map have places). The index a search fetches first, each square's file, and what
 * one search for the 10 nearest fetches stay small.
 */
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { NearbySearch } from '../../src/lib/near/nearby-search.ts';
import { PAGE_SIZE } from '../../src/lib/near/nearest.ts';
import { placesByCell, type PlacesByCell } from '../../src/lib/near/places-by-cell.ts';
import { decodeCell, encodeCell, encodeIndex, type NearListing } from '../../src/lib/near/places-data.ts';
import { kindsOfHelp } from '../../src/lib/vocabulary/index.ts';

const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;

/** A seeded random number from 0 to 1. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** England, roughly: latitude 50.5 to 55, longitude -3.5 to 1.5. */
const ENGLAND = { south: 50.5, north: 55, west: -3.5, east: 1.5 };

const WORDS = ['Oak', 'Ash', 'Mill', 'Brook', 'Field', 'Green', 'Park', 'Bridge', 'Church', 'Market'];
const PLACES = ['Library', 'Community Centre', 'Family Hub', 'Job Centre', 'Church Hall', 'Community Cafe'];

/** 10,000 listings, each with two kinds of help and one to three places, put where `where` says. */
function listings(where: (random: () => number, i: number) => { latitude: number; longitude: number }): NearListing[] {
  const random = seeded(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: 10_000 }, (_, i) => {
    const kinds = [...new Set([kindsOfHelp.ids[i % kindsOfHelp.ids.length]!, pick(kindsOfHelp.ids)])];
    const count = 1 + Math.floor(random() * 3);
    const name = `${kindsOfHelp.label(kinds[0]!)} at ${pick(WORDS)}${pick(WORDS).toLowerCase()} ${pick(PLACES)} ${i + 1}`;
    return {
      name,
      path: `/services/${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/`,
      kinds,
      placeCount: count,
      places: Array.from({ length: count }, (_, j) => ({
        name: `${pick(WORDS)}${pick(WORDS).toLowerCase()} ${pick(PLACES)}${j ? ` ${j + 1}` : ''}`,
        ...where(random, i),
        area: `area-${i % 300}`,
        hours: [{ days: [pick(['monday', 'tuesday', 'wednesday'] as const), pick(['thursday', 'friday', 'saturday'] as const)], opens: pick(['09:00', '09:30', '13:00']), closes: '17:00' }],
      })),
    };
  });
}

/** What one search for the 10 nearest fetches: squares and compressed bytes. */
async function oneSearch({ index, cells }: PlacesByCell, from: { latitude: number; longitude: number }, kind?: string) {
  let fetched = 0;
  let bytes = 0;
  const search = new NearbySearch(from, index, async (cell) => {
    const file = encodeCell(cells.get(cell)!);
    fetched++;
    bytes += gz(file);
    return decodeCell(JSON.parse(JSON.stringify(file)));
  });
  const found = await search.find(PAGE_SIZE, { kind });
  return { fetched, bytes, found: found.results.length };
}

const sizes = (split: PlacesByCell) => ({ index: gz(encodeIndex(split.index)), largestSquare: Math.max(...[...split.cells.values()].map((listed) => gz(encodeCell(listed)))) });

const BIRMINGHAM = { latitude: 52.48, longitude: -1.9 };
const LONDON = { latitude: 51.51, longitude: -0.13 };

describe('the places data at 10,000 listings', () => {
  it('in 100 towns: an index under 2 KiB, each square under 12 KiB, and a search fetching at most 4 squares and under 16 KiB', async () => {
    const random = seeded(11);
    const towns = Array.from({ length: 100 }, () => ({ latitude: ENGLAND.south + random() * (ENGLAND.north - ENGLAND.south), longitude: ENGLAND.west + random() * (ENGLAND.east - ENGLAND.west) }));
    towns[0] = BIRMINGHAM;
    // Each listing in a town, within about 5 km of its centre.
    const split = placesByCell(listings((next, i) => ({ latitude: towns[i % 100]!.latitude + (next() - 0.5) * 0.09, longitude: towns[i % 100]!.longitude + (next() - 0.5) * 0.14 })));
    const { index, largestSquare } = sizes(split);
    console.log(`10,000 listings in 100 towns: ${split.cells.size} squares, index ${index} bytes compressed, largest square ${largestSquare} bytes`);
    expect(index).toBeLessThan(2 * 1024);
    expect(largestSquare).toBeLessThan(12 * 1024);
    const search = await oneSearch(split, BIRMINGHAM);
    console.log(`A search in a town: ${search.fetched} squares, ${search.bytes} bytes compressed`);
    expect(search.found).toBe(PAGE_SIZE);
    expect(search.fetched).toBeLessThanOrEqual(4);
    expect(search.bytes).toBeLessThan(16 * 1024);
  });

  it('spread evenly over England (most squares have places): an index under 8 KiB, each square under 4 KiB, and searches fetching under 8 KiB', async () => {
    const split = placesByCell(listings((next) => ({ latitude: ENGLAND.south + next() * (ENGLAND.north - ENGLAND.south), longitude: ENGLAND.west + next() * (ENGLAND.east - ENGLAND.west) })));
    const { index, largestSquare } = sizes(split);
    console.log(`10,000 listings spread evenly: ${split.cells.size} squares, index ${index} bytes compressed, largest square ${largestSquare} bytes`);
    expect(index).toBeLessThan(8 * 1024);
    expect(largestSquare).toBeLessThan(4 * 1024);
    for (const from of [BIRMINGHAM, LONDON])
      for (const kind of [undefined, 'assistive-technology']) {
        const search = await oneSearch(split, from, kind);
        console.log(`A search (${kind ?? 'any kind'}): ${search.fetched} squares, ${search.bytes} bytes compressed`);
        expect(search.found).toBe(PAGE_SIZE);
        expect(search.bytes).toBeLessThan(8 * 1024);
      }
  });
});
