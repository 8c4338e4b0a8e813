import { describe, expect, it } from 'vitest';
import { LISTINGS_PER_SHELF, listingShelves } from '../../src/lib/search/listing-shelves.ts';
import { itemsOfPage, SHELF_PATH, type FoundPageData } from '../../src/lib/search/shelf-results.ts';
import { servicePath } from '../../src/lib/routes.ts';
import { resultFeed, type FoundPage } from '../../src/lib/search/result-feed.ts';
import { HELP_SEARCH_TYPE, markAsFilters, NOT_HELP_MARK } from '../../src/lib/search/help-type.ts';
import { areaFilters, areaMark, withOnlyAreaMark } from '../../src/lib/search/area-mark.ts';
import { areaSearchBundle, LISTINGS_SEARCH_BUNDLE, LOCAL_SEARCH_BUNDLE, MAIN_SEARCH_BUNDLE, mergeOptionsOf } from '../../src/lib/search-split.ts';

const listing = (n: number) => ({ id: `listing-${n}`, name: `Listing ${n} <Wi-Fi & "laptops">`, text: `Summary of listing ${n}.` });

describe('listing shelves (every listing in short, for a search with no area on a large directory)', () => {
  it("puts every listing on exactly one shelf, in order, each under a heading whose id is its page's address, with no filter stored on a shelf", () => {
    const listings = Array.from({ length: 23 }, (_, i) => listing(i));
    const shelves = listingShelves(listings);
    expect(shelves).toHaveLength(Math.ceil(23 / LISTINGS_PER_SHELF));
    const ids = shelves.flatMap((shelf) => [...shelf.content.matchAll(/<h2 id="([^"]+)">/g)].map((m) => m[1]));
    expect(ids).toEqual(listings.map((l) => servicePath(l.id)));
    for (const shelf of shelves) {
      expect(shelf.url.startsWith(SHELF_PATH)).toBe(true);
      // A stored filter would be a file listing every shelf, fetched by every first search.
      expect(shelf.content).not.toContain('data-pagefind-filter');
      expect(shelf.content).not.toMatch(/<Wi-Fi|& "/);
    }
    expect(new Set(shelves.map((s) => s.url)).size).toBe(shelves.length);
  });

  it('are marked as help and as shelves when their index is merged, and no other index is', () => {
    expect(mergeOptionsOf(LISTINGS_SEARCH_BUNDLE)).toEqual({ mergeFilter: { type: [HELP_SEARCH_TYPE], listings: ['in-short'] } });
    for (const bundle of [MAIN_SEARCH_BUNDLE, LOCAL_SEARCH_BUNDLE, areaSearchBundle('westfield')]) expect(mergeOptionsOf(bundle)).toEqual({});
  });

  const shelfData = (parts: FoundPageData['sub_results']): FoundPageData => ({
    url: `${SHELF_PATH}3/`,
    excerpt: '',
    meta: { title: 'Listings' },
    // Shelves store no filters: each listing on one is help all the same.
    filters: {},
    sub_results: parts,
  });

  it('turns each part of a shelf that matched into a result that links to the listing, and leaves other pages as they are', () => {
    const data = shelfData([
      { title: 'Laptop loans', url: `${SHELF_PATH}3/#/services/laptop-loans/`, excerpt: '<mark>laptop</mark> loans', locations: [0] },
      { title: 'Wi-Fi', url: `${SHELF_PATH}3/#/services/free-wifi/`, excerpt: 'free wifi', locations: [] },
      { title: 'Listings', url: `${SHELF_PATH}3/`, excerpt: '', locations: [4] },
    ]);
    expect(itemsOfPage(data)).toEqual([{ url: '/services/laptop-loans/', title: 'Laptop loans', excerpt: '<mark>laptop</mark> loans', filters: { type: [HELP_SEARCH_TYPE] } }]);
    const page: FoundPageData = { url: '/guides/connectivity/', excerpt: 'x', meta: { title: 'Connectivity' }, filters: {} };
    expect(itemsOfPage(page)).toEqual([{ url: '/guides/connectivity/', title: 'Connectivity', excerpt: 'x', filters: {} }]);
  });

  it('gives the listings of a shelf best match first: the one with the most of the words searched for, then the order of the shelf', () => {
    const part = (id: string, scores: number[]) => ({
      title: id,
      url: `${SHELF_PATH}3/#/services/${id}/`,
      excerpt: '',
      locations: scores.map((_, i) => i),
      weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
    });
    // Searching "drop-in digital help at Eastbrook": two listings share one word of it; the third has them all.
    const data = shelfData([part('hillside-help', [1.2]), part('eastbrook-drop-in-digital-help', [2.1, 1.2, 3.4, 2.2]), part('riverside-help', [1.2])]);
    expect(itemsOfPage(data).map((item) => item.url)).toEqual(['/services/eastbrook-drop-in-digital-help/', '/services/hillside-help/', '/services/riverside-help/']);
    // Without scores, the number of words found decides.
    const counted = shelfData([
      { title: 'A', url: `${SHELF_PATH}3/#/services/a/`, excerpt: '', locations: [3] },
      { title: 'B', url: `${SHELF_PATH}3/#/services/b/`, excerpt: '', locations: [1, 5, 9] },
    ]);
    expect(itemsOfPage(counted).map((item) => item.title)).toEqual(['B', 'A']);
  });

  it('shows only the listings that have every word, when the search asks for it, wherever the words are in the listing (before, "Citizens Online" showed each listing that said "online")', () => {
    // A shelf as Pagefind gives it: its words, and each part's places in them (found or not).
    const listings = [
      { id: 'jobcentre', text: 'Universal Credit help. Get help with your claim online.' },
      { id: 'kent', text: 'Digital champions. Run by Citizens Online.' },
      { id: 'advice', text: 'Citizens Advice drop-in. Ask about benefits and debt.' },
      { id: 'cafe', text: 'Riverside Tech Café. Get help to go online.' },
      // Its area comes last, after more words than an excerpt holds.
      { id: 'laptops', text: `Low-cost laptops for tenants. ${'Tenants can buy a refurbished laptop or tablet for a low price and pay in small amounts. '.repeat(2)}Where: Riverside.` },
      { id: 'van', text: 'Mobile library with Wi-Fi in the Hillside villages. The library van brings free Wi-Fi.' },
    ];
    const content = listings.map((listing) => listing.text).join(' ');
    const contentWords = content.split(' ');
    const shelfFor = (searched: string[]): FoundPageData => {
      let start = 0;
      const parts = listings.map((listing) => {
        const own = listing.text.split(' ').map((_, i) => start + i);
        start += own.length;
        const locations = own.filter((at) =>
          searched.some((word) =>
            contentWords[at]!.toLowerCase()
              .normalize('NFD')
              .replace(/[^a-z-]/g, '')
              .startsWith(word),
          ),
        );
        return { title: listing.id, url: `${SHELF_PATH}3/#/services/${listing.id}/`, excerpt: '', locations };
      });
      return { ...shelfData(parts), content, wanted: searched };
    };
    const shown = (searched: string[]) => itemsOfPage(shelfFor(searched)).map((item) => item.title);
    expect(shown(['citizens', 'online'])).toEqual(['kent']);
    expect(shown(['laptop', 'riverside'])).toEqual(['laptops']);
    // Accents do not count ("cafe").
    expect(shown(['riverside', 'cafe'])).toEqual(['cafe']);
    // Of 3 words or more, one may be missing (the word list searches "mobile" as "phone").
    expect(shown(['phone', 'library', 'wi-fi', 'hillside'])).toEqual(['van']);
    expect(shown(['phone', 'library', 'computer', 'hillside'])).toEqual([]);
    // Without it (a search of one word, or a shelf found by one word alone), every part that matched.
    expect(itemsOfPage({ ...shelfFor(['online']), wanted: undefined }).map((item) => item.title)).toEqual(['jobcentre', 'kent', 'cafe']);
  });

  it("links only to this site's pages: a part whose heading names anything but a path here gives no result", () => {
    const part = (anchor: string) => ({ title: anchor, url: `${SHELF_PATH}3/#${anchor}`, excerpt: '', locations: [1] });
    const data = shelfData([
      part('//another.example/services/x/'),
      part('javascript:alert(1)'),
      part('%E0%A4%A'),
      part('/\\another.example/'),
      part('https://another.example/'),
      part('/services/laptop-loans/'),
    ]);
    expect(itemsOfPage(data).map((item) => item.url)).toEqual(['/services/laptop-loans/']);
  });

  it('keeps the path the site is published under', () => {
    const data = { ...shelfData([{ title: 'Laptop loans', url: `/hub${SHELF_PATH}3/#/services/laptop-loans/`, excerpt: '', locations: [1] }]), url: `/hub${SHELF_PATH}3/` };
    expect(itemsOfPage(data, '/hub/').map((item) => item.url)).toEqual(['/hub/services/laptop-loans/']);
  });
});

describe('result feed (ten at a time, an area first, each result once)', () => {
  const page = (url: string, counter?: { fetched: number }): FoundPage<string> => ({
    data: async () => {
      if (counter) counter.fetched += 1;
      return url;
    },
  });
  const item = (url: string) => [{ url, title: url, excerpt: '', filters: {} }];

  it('gives the first source before the second, skips results already given, and searches the second only when needed', async () => {
    let secondSearched = 0;
    const counter = { fetched: 0 };
    const first = async () => ['/a/', '/b/'].map((u) => page(u, counter));
    const second = async () => {
      secondSearched += 1;
      return ['/b/', '/c/', '/d/'].map((u) => page(u, counter));
    };
    const feed = resultFeed([first, second], item);
    expect((await feed.next(1)).map((i) => i.url)).toEqual(['/a/']);
    expect(secondSearched).toBe(0);
    expect(counter.fetched).toBe(1);
    expect(feed.done).toBe(false);
    expect((await feed.next(10)).map((i) => i.url)).toEqual(['/b/', '/c/', '/d/']);
    expect(secondSearched).toBe(1);
    expect(feed.done).toBe(true);
    expect(await feed.next(10)).toEqual([]);
  });

  it('counts one page that stands for many results (a shelf) as many, and stops at the number asked for', async () => {
    const shelf = async () => [page('shelf')];
    const feed = resultFeed([shelf], () => Array.from({ length: 12 }, (_, i) => item(`/s${i}/`)[0]!));
    expect(await feed.next(10)).toHaveLength(10);
    expect(feed.done).toBe(false);
    expect(await feed.next(10)).toHaveLength(2);
    expect(feed.done).toBe(true);
  });

  it('puts the results it picks first before the others fetched with them, and never moves one already given', async () => {
    const pages = async () => ['/a/', '/b/', '/c/', '/d/', '/e/'].map((url) => page(url));
    const picked = new Set(['/c/', '/e/']);
    const feed = resultFeed([pages], item, (found) => picked.has(found.url));
    // The first three pages are fetched together: /c/ goes first among them.
    expect((await feed.next(3)).map((i) => i.url)).toEqual(['/c/', '/a/', '/b/']);
    expect((await feed.next(10)).map((i) => i.url)).toEqual(['/e/', '/d/']);
    // Without a pick, the order is the search's.
    expect((await resultFeed([pages], item).next(5)).map((i) => i.url)).toEqual(['/a/', '/b/', '/c/', '/d/', '/e/']);
  });

  it('is done at once when nothing is found anywhere', async () => {
    const feed = resultFeed<string>([async () => [], async () => []], item);
    expect(await feed.next(10)).toEqual([]);
    expect(feed.done).toBe(true);
  });
});

describe('marks as filters (markAsFilters)', () => {
  it('gives each name of a mark its one value as a list, as the filters of a page or record hold them', () => {
    expect(markAsFilters(NOT_HELP_MARK)).toEqual({ 'not-help': ['yes'] });
    expect(markAsFilters({ listings: 'in-short', other: 'x' })).toEqual({ listings: ['in-short'], other: ['x'] });
    expect(markAsFilters({})).toEqual({});
  });
});

describe("areas' marks (area-mark.ts)", () => {
  it("gives each area a filter of its own, searched with 'yes', beside the areas' names", () => {
    expect(areaMark('westfield')).toEqual({ 'in-westfield': 'yes' });
    const names: Record<string, string> = { westfield: 'Westfield', 'oakley-green': 'Oakley Green' };
    expect(areaFilters(['westfield', 'oakley-green'], (id) => names[id]!)).toEqual({ area: ['Westfield', 'Oakley Green'], 'in-westfield': ['yes'], 'in-oakley-green': ['yes'] });
    expect(areaFilters([], (id) => id)).toEqual({ area: [] });
  });

  it("keeps only one area's mark for that area's own index, and every other filter", () => {
    const filters = { type: ['Help and services'], area: ['Westfield', 'Oakley Green'], 'in-westfield': ['yes'], 'in-oakley-green': ['yes'], kind: ['Free Wi-Fi'] };
    expect(withOnlyAreaMark(filters, 'oakley-green')).toEqual({ type: ['Help and services'], area: ['Westfield', 'Oakley Green'], 'in-oakley-green': ['yes'], kind: ['Free Wi-Fi'] });
  });
});
