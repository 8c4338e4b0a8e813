/**
 * What the search page makes of a found page: a result of its own, or, for a shelf of listings
 * (see ./listing-shelves.ts), one result for each listing on it that matched. The search page's
 * script loads this file, so it imports nothing that the page does not need.
 */
import { HELP_SEARCH_TYPE, markAsFilters } from './help-type.ts';
import { wordsMissing } from './name-match.ts';

/**
 * The filters of every listing on a shelf: each is help. Shelves do not store them (a stored
 * filter is a file listing every shelf, which every first search fetched: about 5 KB at 25,000
 * listings). The search page gives them to the shelves' index when it merges it
 * (mergeOptionsOf in src/lib/search-split.ts), and to each listing it finds on a shelf
 * (itemsOfPage: Pagefind does not add them to a result's data).
 */
export const SHELF_FILTERS: Readonly<Record<string, readonly string[]>> = { type: [HELP_SEARCH_TYPE] };

/**
 * A filter that only shelves have, given when their index is merged (with SHELF_FILTERS): a
 * search with it tells which results are shelves before any is fetched, so the page can put
 * the best other pages first (LEADING_PAGES in merge-results.ts).
 */
export const SHELF_MARK: Readonly<Record<string, string>> = { listings: 'in-short' };

/** The filters given to the index of shelves when it is merged: their type, and the mark. */
export const SHELF_MERGE_FILTERS: Readonly<Record<string, readonly string[]>> = {
  ...SHELF_FILTERS,
  ...markAsFilters(SHELF_MARK),
};

/** Where shelves are, in search results (they are records of the search index, not pages of the site). */
export const SHELF_PATH = '/search/shelves/';

/** A search result as the page shows it. */
export interface FoundItem {
  readonly url: string;
  readonly title: string;
  readonly excerpt: string;
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

/** What Pagefind gives for one result (the fields used here). */
export interface FoundPageData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: { readonly title?: string };
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly sub_results?: readonly FoundPart[];
  /** The page's words, as Pagefind counts them: a part's `locations` are places in this, split at spaces. */
  readonly content?: string;
  /**
   * Set by the search page, not Pagefind: the words each listing on a shelf must have. A search
   * of several words finds a shelf when its listings have them between them ("Citizens Online":
   * one listing says "citizens", another "online"); only a listing that has them all is shown, or
   * all but one of 3 or more (the word list may have changed one: "mobile" is searched as "phone").
   */
  readonly wanted?: readonly string[];
}

/** How many of the wanted words a listing on a shelf may lack, for a search of this many words. */
const mayLack = (words: number) => (words >= 3 ? 1 : 0);

/** A part of a found page under one heading (on a shelf: one listing), as Pagefind gives it. */
export interface FoundPart {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  /** Where the words searched for are in the part. */
  readonly locations?: readonly number[];
  /** The same, each with how well it matched. */
  readonly weighted_locations?: readonly { readonly balanced_score?: number }[];
}

/** How well a part matched: the scores of the words found in it, or, without them, how many were found. */
const partScore = (part: FoundPart) => (part.weighted_locations ?? []).reduce((sum, found) => sum + (found.balanced_score ?? 0), 0) || (part.locations?.length ?? 0);

/**
 * The results one found page stands for: itself, or, for a shelf, each listing on it that
 * matched the search, at its page in the shelf's language (a shelf under /cy/ links to /cy/services/...),
 * best match first (Pagefind gives a page's parts in the order they are on it, and a listing
 * whose whole name was searched for came after others on its shelf that shared one word of it),
 * and, when the search asks for it (`wanted`), only those that have the words searched for.
 * `base` is the path the site is published under, as Pagefind's URLs start with it.
 */
export function itemsOfPage(data: FoundPageData, base = '/'): FoundItem[] {
  const root = base.replace(/\/$/, '');
  const path = data.url.startsWith(`${root}/`) ? data.url.slice(root.length) : data.url;
  const shelfAt = path.indexOf(SHELF_PATH);
  // A shelf's address is SHELF_PATH, under the folder of its language if it has one ("/cy").
  const languageFolder = shelfAt >= 0 ? path.slice(0, shelfAt) : undefined;
  if (languageFolder === undefined || !/^(\/[a-z]{2,3})?$/.test(languageFolder)) return [{ url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt, filters: data.filters }];
  const wanted = data.wanted ?? [];
  // The words Pagefind found in each part, read at their places in the page (its excerpt is too
  // short to hold them all: a listing's areas come last).
  const words = wanted.length > 0 ? (data.content ?? '').split(/[\r\n\s]+/g) : [];
  const foundIn = (part: FoundPart) => (part.locations ?? []).map((location) => words[location] ?? '').join(' ');
  return (data.sub_results ?? [])
    .filter((part) => part.url.includes('#') && (part.locations?.length ?? 0) > 0)
    .filter((part) => wanted.length === 0 || wordsMissing(foundIn(part), wanted) <= mayLack(wanted.length))
    .map((part, order) => ({ part, order, score: partScore(part), path: listingPathOf(part) }))
    .filter((found) => found.path !== undefined)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ part, path }) => ({
      url: `${root}${languageFolder}${path}`,
      title: part.title,
      excerpt: part.excerpt,
      filters: { ...data.filters, ...SHELF_FILTERS },
    }));
}

/**
 * The listing's address a shelf's part names (its heading's id, after the "#"): a path on this
 * site, or undefined for anything else, so a damaged index cannot make a result link elsewhere
 * ("//another.example/", "javascript:").
 */
function listingPathOf(part: FoundPart): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(part.url.slice(part.url.indexOf('#') + 1));
  } catch {
    return undefined;
  }
  return /^\/[^/\\]/.test(path) && !/[\s<>"]/.test(path) ? path : undefined;
}
