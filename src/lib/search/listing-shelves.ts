/**
 * On a large directory, a search with no area chosen looks through every listing in short (its
 * name, summary, kinds of help, who runs it and its areas). The listings are put on "shelves":
 * one search record holds a few listings, each a section under a heading whose id is the
 * listing's id. Pagefind then keeps one entry per shelf, not per listing, in the file every
 * first search loads, and finds each listing as a part (a "sub-result") of its shelf. The search
 * page turns each part that matched back into a result of its own, linking to the listing.
 * Shelves store no filters (see SHELF_FILTERS).
 */
import { servicePath } from '../routes.ts';
import { HELP_SEARCH_TYPE } from './help-type.ts';

/** How many listings one shelf holds: small enough that the file for each shelf a search shows stays about 1 KiB. */
export const LISTINGS_PER_SHELF = 10;

/**
 * The filters of every listing on a shelf: each is help. Shelves do not store them (a stored
 * filter is a file listing every shelf, which every first search fetched: about 5 KB at 25,000
 * listings). The search page gives them to the shelves' index when it merges it
 * (mergeOptionsOf in src/lib/search-split.ts), and to each listing it finds on a shelf
 * (itemsOfPage: Pagefind does not add them to a result's data).
 */
export const SHELF_FILTERS: Readonly<Record<string, readonly string[]>> = { type: [HELP_SEARCH_TYPE] };

/** Where shelves are, in search results (they are records of the search index, not pages of the site). */
export const SHELF_PATH = '/search/shelves/';

/** One listing as its shelf holds it. */
export interface ShelvedListing {
  /** The listing's id, as in content/services/<id>.yaml. */
  readonly id: string;
  readonly name: string;
  /** The words searched for it besides its name. */
  readonly text: string;
}

/** A shelf as the search index gets it: an address and a small HTML page. */
export interface Shelf {
  readonly url: string;
  readonly content: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Which language's index the shelves are for: the shelves' <html lang>, and where they are (SHELF_PATH, under the language's folder: "/cy/search/shelves/"). */
export interface ShelfLanguage {
  readonly lang: string;
  readonly path: string;
}

/** The listings on shelves of `perShelf`, in the order given, for a language's index (English by default). */
export function listingShelves(listings: readonly ShelvedListing[], perShelf = LISTINGS_PER_SHELF, language: ShelfLanguage = { lang: 'en-gb', path: SHELF_PATH }): Shelf[] {
  const shelves: Shelf[] = [];
  for (let start = 0; start < listings.length; start += perShelf) {
    const sections = listings
      .slice(start, start + perShelf)
      .map((listing) => `<section><h2 id="${escapeHtml(listing.id)}">${escapeHtml(listing.name)}</h2><p>${escapeHtml(listing.text)}</p></section>`)
      .join('');
    shelves.push({
      url: `${language.path}${shelves.length + 1}/`,
      content: `<!doctype html><html lang="${escapeHtml(language.lang)}"><head><title>Listings</title></head><body><main data-pagefind-body>${sections}</main></body></html>`,
    });
  }
  return shelves;
}

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
  readonly sub_results?: readonly { readonly title: string; readonly url: string; readonly excerpt: string; readonly locations?: readonly number[] }[];
}

/**
 * The results one found page stands for: itself, or, for a shelf, each listing on it that
 * matched the search, at its page in the shelf's language (a shelf under /cy/ links to /cy/services/...).
 * `base` is the path the site is published under, as Pagefind's URLs start with it.
 */
export function itemsOfPage(data: FoundPageData, base = '/'): FoundItem[] {
  const root = base.replace(/\/$/, '');
  const path = data.url.startsWith(`${root}/`) ? data.url.slice(root.length) : data.url;
  const shelfAt = path.indexOf(SHELF_PATH);
  // A shelf's address is SHELF_PATH, under the folder of its language if it has one ("/cy").
  const languageFolder = shelfAt >= 0 ? path.slice(0, shelfAt) : undefined;
  if (languageFolder === undefined || !/^(\/[a-z]{2,3})?$/.test(languageFolder)) return [{ url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt, filters: data.filters }];
  return (data.sub_results ?? [])
    .filter((part) => part.url.includes('#') && (part.locations?.length ?? 0) > 0)
    .map((part) => ({
      url: `${root}${languageFolder}${servicePath(decodeURIComponent(part.url.slice(part.url.indexOf('#') + 1)))}`,
      title: part.title,
      excerpt: part.excerpt,
      filters: { ...data.filters, ...SHELF_FILTERS },
    }));
}
