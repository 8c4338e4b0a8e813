/**
 * On a large directory, a search with no area chosen looks through every listing in short (its
 * name, summary, kinds of help, who runs it and its areas). The listings are put on "shelves":
 * one search record holds a few listings, each a section under a heading whose id is the
 * listing's page address ("/services/eastbrook-library/", made here by servicePath, so the search
 * page's script needs no copy of the site's addresses). Pagefind then keeps one entry per shelf,
 * not per listing, in the file every first search loads, and finds each listing as a part (a
 * "sub-result") of its shelf. The search page turns each part that matched back into a result of
 * its own, linking to the listing (itemsOfPage in ./shelf-results.ts, which the page's script
 * loads; this file is for the build). Shelves store no filters (see SHELF_FILTERS there).
 */
import { servicePath } from '../routes.ts';
import { SHELF_PATH } from './shelf-results.ts';

/**
 * How many listings one shelf holds. More shelves make the file every first search loads larger
 * (about 7 bytes a shelf: 16.6 KiB at 25,000 listings with 10 to a shelf, 9.1 KiB with 20); more
 * listings on a shelf make the file for each shelf a search shows larger (about 1.1 KiB with 10,
 * 1.6 KiB with 20). 20 kept the first search at 25,000 listings within 150 KiB.
 */
export const LISTINGS_PER_SHELF = 20;

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
      .map((listing) => `<section><h2 id="${escapeHtml(servicePath(listing.id))}">${escapeHtml(listing.name)}</h2><p>${escapeHtml(listing.text)}</p></section>`)
      .join('');
    shelves.push({
      url: `${language.path}${shelves.length + 1}/`,
      content: `<!doctype html><html lang="${escapeHtml(language.lang)}"><head><title>Listings</title></head><body><main data-pagefind-body>${sections}</main></body></html>`,
    });
  }
  return shelves;
}
