/**
 * When the directory is large, listings are searched area by area, so the first search stays
 * light. The search is then made of several Pagefind indexes ("bundles"):
 *   - the core (pagefind/): Pagefind's code and one tiny record (the search page), always loaded;
 *   - every page but the listings (pagefind-main/), merged in when no area is chosen;
 *   - one bundle per area with its listings (pagefind-areas/<area>/), and the pages that belong
 *     to areas, like courses (pagefind-local/), merged in when someone chooses an area;
 *   - every listing, in short (pagefind-listings/), merged in when no area is chosen, so a search
 *     finds any listing wherever it is. Its records are "shelves" of a few listings each, one
 *     section per listing (see src/lib/search/listing-shelves.ts): Pagefind's file of what its
 *     pages are grows with the number of pages, and 25,000 pages would make the first search
 *     too heavy for a phone.
 * Below this many listings, there is one index for the whole site, in pagefind/.
 */
import { SHELF_MERGE_FILTERS } from './search/shelf-results.ts';

export const SPLIT_SEARCH_ABOVE = 2000;

/** Whether a directory with this many available listings is searched area by area. `SEARCH_SPLIT_ABOVE` changes the threshold (tests use it). */
export function isSplitByArea(listings: number, env: Record<string, string | undefined> = process.env): boolean {
  const value = Number(env.SEARCH_SPLIT_ABOVE);
  return listings > (Number.isInteger(value) && value >= 0 ? value : SPLIT_SEARCH_ABOVE);
}

/** The folder, under the site, of the core index: Pagefind's code, and on a small directory the whole index. */
export const CORE_SEARCH_BUNDLE = 'pagefind/';

/** The folder, under the site, of the pages that are not listings, on a large directory. */
export const MAIN_SEARCH_BUNDLE = 'pagefind-main/';

/** The folder, under the site, of the pages that belong to areas (like courses), on a large directory. */
export const LOCAL_SEARCH_BUNDLE = 'pagefind-local/';

/** The folder, under the site, of every listing in short, on a large directory. */
export const LISTINGS_SEARCH_BUNDLE = 'pagefind-listings/';

/**
 * The bundles merged into the core for a search: with an area chosen, that area's listings and
 * the pages that belong to areas; with none, every page but the listings and every listing in
 * short. A small directory's single index has everything, so nothing is merged.
 */
export function mergedSearchBundles(split: boolean, area: string): string[] {
  if (!split) return [];
  return area ? [areaSearchBundle(area), LOCAL_SEARCH_BUNDLE] : [MAIN_SEARCH_BUNDLE, LISTINGS_SEARCH_BUNDLE];
}

/** Pagefind's options for an index merged into the core (the one this site uses). */
export interface MergeOptions {
  readonly mergeFilter?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Pagefind's options for merging a bundle into the core: the listings in short get their filters
 * (SHELF_MERGE_FILTERS in src/lib/search/shelf-results.ts). They get no weight of their own: the
 * search page measures each shelf against the best shelf (mergeResults in src/lib/search/merge-results.ts).
 */
export function mergeOptionsOf(bundle: string): MergeOptions {
  return bundle === LISTINGS_SEARCH_BUNDLE ? { mergeFilter: SHELF_MERGE_FILTERS } : {};
}

/** The folder, under the site, of one area's search index of listings. */
export function areaSearchBundle(area: string): string {
  return `pagefind-areas/${area}/`;
}
