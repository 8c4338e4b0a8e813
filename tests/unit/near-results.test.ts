import { describe, expect, it } from 'vitest';
import { milesBetween } from '../../src/lib/near/distance.ts';
import { MAX_MILES, NearbySearch } from '../../src/lib/near/nearby-search.ts';
import { nearestFirst, PAGE_SIZE, type NearFilters } from '../../src/lib/near/nearest.ts';
import { placesByCell } from '../../src/lib/near/places-by-cell.ts';
import { decodeCell, encodeCell, type NearListing, type NearPlace } from '../../src/lib/near/places-data.ts';
import { otherPlacesWords, resultsStatus } from '../../src/lib/near/words.ts';
import { nearWords } from '../../src/lib/near/near-words.ts';
import { translator } from '../../src/lib/i18n/translate.ts';

/** The English page's words for its script, as the English words file has them. */
const ENGLISH = nearWords(translator('en'));

const HOME = { latitude: 53.4, longitude: -2.12 };
const place = (name: string, latitude: number, longitude: number, hours: NearPlace['hours'] = []): NearPlace => ({ name, latitude, longitude, area: 'eastbrook', hours });
const listing = (name: string, kinds: string[], places: NearPlace[]): NearListing => ({
  name,
  path: `/services/${name.toLowerCase().replace(/\W+/g, '-')}/`,
  kinds,
  placeCount: places.length,
  places,
});

/** 25 listings in a line going north from HOME, 0.01 degrees (0.69 miles) apart; even ones have free Wi-Fi, odd ones drop-in help. */
const line = Array.from({ length: 25 }, (_, i) =>
  listing(`Listing ${String(i).padStart(2, '0')}`, [i % 2 === 0 ? 'free-wifi' : 'drop-in-help'], [place(`Place ${i}`, HOME.latitude + 0.005 + i * 0.01, HOME.longitude)]),
);

/** A Monday morning in November (UK time is UTC then). */
const MONDAY_MORNING = new Date('2026-11-23T10:30:00Z');

describe('nearest first', () => {
  it('orders results by distance, each with its distance in miles', () => {
    const shuffled = [line[7]!, line[2]!, line[19]!, line[0]!, line[11]!];
    const results = nearestFirst(shuffled, HOME);
    expect(results.map((r) => r.listing.name)).toEqual(['Listing 00', 'Listing 02', 'Listing 07', 'Listing 11', 'Listing 19']);
    for (const result of results) expect(result.miles).toBe(milesBetween(HOME, result.place));
  });
  it('at the same distance, orders by listing name and then by place name', () => {
    const spot = [53.41, -2.12] as const;
    const results = nearestFirst([listing('Zebra club', ['free-wifi'], [place('Hall', ...spot)]), listing('Apple club', ['free-wifi'], [place('Hall', ...spot)])], HOME);
    expect(results.map((r) => r.listing.name)).toEqual(['Apple club', 'Zebra club']);
    const twoRooms = nearestFirst([listing('Club', ['free-wifi'], [place('Room B', ...spot), place('Room A', ...spot)])], HOME);
    expect(twoRooms.map((r) => r.place.name)).toEqual(['Room A']);
  });
  it('shows a listing once, at its nearest place, even when its places came in from different squares', () => {
    const far = listing('Buddies', ['one-to-one-help'], [place('Far library', 53.6, -2.12), place('Near library', 53.401, -2.12)]);
    const split = placesByCell([far]).cells;
    const fromSquares = [...split.values()].flat();
    expect(fromSquares).toHaveLength(2);
    const results = nearestFirst(fromSquares, HOME);
    expect(results.map((r) => [r.listing.name, r.place.name])).toEqual([['Buddies', 'Near library']]);
  });
  it('keeps only listings of the kind of help chosen', () => {
    const results = nearestFirst(line, HOME, { kind: 'drop-in-help' });
    expect(results).toHaveLength(12);
    expect(results.every((r) => r.listing.kinds.includes('drop-in-help'))).toBe(true);
    expect(nearestFirst(line, HOME, { kind: 'not-a-kind' })).toEqual([]);
  });
  it('with "open now", keeps only places open at that moment, so a listing shows at its nearest open place', () => {
    const weekdays = [{ days: ['monday', 'tuesday'] as const, opens: '09:30', closes: '17:00' }];
    const tuesdays = [{ days: ['tuesday'] as const, opens: '09:30', closes: '17:00' }];
    const listings = [
      listing(
        'Open library',
        ['free-wifi'],
        [
          place('Shut branch', 53.401, -2.12, tuesdays),
          place(
            'Open branch',
            53.45,
            -2.12,
            weekdays.map((h) => ({ ...h, days: [...h.days] })),
          ),
        ],
      ),
      listing(
        'Tuesday club',
        ['free-wifi'],
        [
          place(
            'Club',
            53.402,
            -2.12,
            tuesdays.map((h) => ({ ...h, days: [...h.days] })),
          ),
        ],
      ),
      listing('Book first', ['free-wifi'], [place('Office', 53.403, -2.12)]),
    ];
    const open = nearestFirst(listings, HOME, { openAt: MONDAY_MORNING });
    expect(open.map((r) => [r.listing.name, r.place.name])).toEqual([['Open library', 'Open branch']]);
    // At 5pm the library closes.
    expect(nearestFirst(listings, HOME, { openAt: new Date('2026-11-23T17:00:00Z') })).toEqual([]);
    // Without the choice, every listing shows at its nearest place.
    expect(nearestFirst(listings, HOME).map((r) => r.place.name)).toEqual(['Shut branch', 'Club', 'Office']);
  });
});

/** A search over `listings` that fetches from their squares, through the real file encoding, and records what it fetched. */
function searchOver(listings: readonly NearListing[], from = HOME) {
  const { index, cells } = placesByCell(listings);
  const fetched: string[] = [];
  const search = new NearbySearch(from, index, async (cell) => {
    fetched.push(cell);
    return decodeCell(JSON.parse(JSON.stringify(encodeCell(cells.get(cell) ?? []))));
  });
  return { search, fetched, cells };
}

const names = (results: readonly { listing: NearListing }[]) => results.map((r) => r.listing.name);

describe('finding the nearest, 10 at a time, fetching only the squares it needs', () => {
  it('shows the 10 nearest first, then 10 more, then the last 5, the same as looking at every place', async () => {
    const { search } = searchOver(line);
    const all = nearestFirst(line, HOME);
    const first = await search.find(PAGE_SIZE);
    expect(PAGE_SIZE).toBe(10);
    expect(names(first.results)).toEqual(names(all.slice(0, 10)));
    expect(first.more).toBe(true);
    const second = await search.find(2 * PAGE_SIZE);
    expect(names(second.results)).toEqual(names(all.slice(0, 20)));
    expect(second.more).toBe(true);
    const third = await search.find(3 * PAGE_SIZE);
    expect(names(third.results)).toEqual(names(all));
    expect(third.more).toBe(false);
  });
  it('fetches only the squares that could hold the results wanted, and each square once', async () => {
    // Home is in square 534_-15. Square 535_-15 starts 6.9 miles north, and 536_-15 13.8 miles:
    // the 11 nearest (the 11th is 7.3 miles away) are in the first two.
    const { search, fetched } = searchOver(line);
    await search.find(PAGE_SIZE);
    expect(fetched.sort()).toEqual(['534_-15', '535_-15']);
    await search.find(PAGE_SIZE, { kind: 'free-wifi' });
    await search.find(3 * PAGE_SIZE);
    expect(fetched.sort()).toEqual(['534_-15', '535_-15', '536_-15']);
  });
  it('skips squares without the kind of help chosen', async () => {
    const wifiFarAway = listing('Far Wi-Fi', ['free-wifi'], [place('Far hall', 53.65, -2.12)]);
    const helpNearby = listing('Near help', ['drop-in-help'], [place('Near hall', 53.401, -2.12)]);
    const { search, fetched } = searchOver([wifiFarAway, helpNearby]);
    const found = await search.find(PAGE_SIZE, { kind: 'free-wifi' });
    expect(names(found.results)).toEqual(['Far Wi-Fi']);
    expect(fetched).toEqual(['536_-15']);
  });
  it(`looks no further than ${MAX_MILES} miles, and fetches no square beyond`, async () => {
    const near = listing('Near', ['free-wifi'], [place('Near hall', 53.401, -2.12)]);
    const far = listing('Far', ['free-wifi'], [place('Far hall', HOME.latitude + MAX_MILES / 69 + 0.2, -2.12)]);
    const { search, fetched } = searchOver([near, far]);
    const found = await search.find(PAGE_SIZE);
    expect(names(found.results)).toEqual(['Near']);
    expect(found.more).toBe(false);
    expect(fetched).toEqual(['534_-15']);
  });
  it('applies "open now" and a kind of help to the places already fetched', async () => {
    const { search } = searchOver(line);
    const filters: NearFilters = { kind: 'drop-in-help', openAt: MONDAY_MORNING };
    expect((await search.find(PAGE_SIZE, filters)).results).toEqual([]);
    const dropIn = await search.find(PAGE_SIZE, { kind: 'drop-in-help' });
    expect(names(dropIn.results)).toEqual(names(nearestFirst(line, HOME, { kind: 'drop-in-help' }).slice(0, 10)));
    expect(dropIn.more).toBe(true);
  });
  it('gives the same answer as looking at every place, for places scattered over several squares (fixed-seed random)', async () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const scattered = Array.from({ length: 120 }, (_, i) =>
      listing(
        `Scattered ${i}`,
        [random() < 0.5 ? 'free-wifi' : 'drop-in-help'],
        [place(`Spot ${i}`, 53.2 + random() * 0.6, -2.5 + random() * 0.8), place(`Other spot ${i}`, 53.2 + random() * 0.6, -2.5 + random() * 0.8)],
      ),
    );
    for (const from of [HOME, { latitude: 53.25, longitude: -2.45 }, { latitude: 53.79, longitude: -1.71 }]) {
      for (const kind of [undefined, 'free-wifi']) {
        const { search } = searchOver(scattered, from);
        const truth = nearestFirst(scattered, from, { kind }).filter((r) => r.miles <= MAX_MILES);
        for (const count of [10, 20, 30]) {
          const found = await search.find(count, { kind });
          expect(found.results.map((r) => [r.listing.name, r.place.name])).toEqual(truth.slice(0, count).map((r) => [r.listing.name, r.place.name]));
          expect(found.more).toBe(truth.length > count);
        }
      }
    }
  });
  it('counts a listing once even when two searches fetch its square at the same moment', async () => {
    const { search, fetched } = searchOver(line);
    const [a, b] = await Promise.all([search.find(PAGE_SIZE), search.find(PAGE_SIZE)]);
    expect(names(a.results)).toEqual(names(b.results));
    expect(new Set(a.results.map((r) => r.listing.path)).size).toBe(10);
    expect(new Set(fetched)).toEqual(new Set(['534_-15', '535_-15']));
  });
});

describe('what the page says about its results', () => {
  it('says how many show, near where, with which filters', () => {
    expect(resultsStatus({ shown: 10, more: true, postcode: 'NM3 4EF' }, ENGLISH)).toBe('Showing the 10 nearest places to NM3 4EF.');
    expect(resultsStatus({ shown: 20, more: true, postcode: undefined, kindLabel: 'Free Wi-Fi', openNow: true }, ENGLISH)).toBe(
      'Showing the 20 nearest places to you. Kind of help: Free Wi-Fi. Open now only.',
    );
    expect(resultsStatus({ shown: 7, more: false, postcode: 'NM3 4EF' }, ENGLISH)).toBe(`Showing all 7 places within ${MAX_MILES} miles of NM3 4EF, nearest first.`);
    expect(resultsStatus({ shown: 1, more: false, postcode: 'NM3 4EF' }, ENGLISH)).toBe(`Showing the only place within ${MAX_MILES} miles of NM3 4EF.`);
  });
  it('says what to try when nothing is found', () => {
    expect(resultsStatus({ shown: 0, more: false, postcode: 'NM3 4EF' }, ENGLISH)).toBe(`No places found within ${MAX_MILES} miles of NM3 4EF.`);
    expect(resultsStatus({ shown: 0, more: false, postcode: 'NM3 4EF', openNow: true }, ENGLISH)).toBe(
      `No places found within ${MAX_MILES} miles of NM3 4EF. Open now only. Try again without Open now.`,
    );
    expect(resultsStatus({ shown: 0, more: false, postcode: undefined, kindLabel: 'Free Wi-Fi', openNow: true }, ENGLISH)).toBe(
      `No places found within ${MAX_MILES} miles of you. Kind of help: Free Wi-Fi. Open now only. Try again without Open now, or with any kind of help.`,
    );
  });
  it("counts a listing's other places", () => {
    expect(otherPlacesWords(1, ENGLISH)).toBeUndefined();
    expect(otherPlacesWords(2, ENGLISH)).toBe('Also at 1 other place');
    expect(otherPlacesWords(4, ENGLISH)).toBe('Also at 3 other places');
  });
});
