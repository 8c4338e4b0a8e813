/**
 * Where the shortlist's files are, from the site's root. The shortlist page fetches one small
 * file per listing on the list (never the whole directory, and never the list itself).
 */

/** The folder of the per-listing files: "/shortlist/listings/". */
export const SHORTLIST_DATA_FOLDER = '/shortlist/listings/';

/** One listing's file for the shortlist page: "/shortlist/listings/eastbrook-library.json". */
export function shortlistEntryPath(id: string): string {
  return `${SHORTLIST_DATA_FOLDER}${encodeURIComponent(id)}.json`;
}

/**
 * A listing's id from the address of its page ("/services/eastbrook-library/" or
 * ".../index.html", under any base), or undefined for any other page.
 */
export function listingIdFromPath(path: string): string | undefined {
  const match = /\/services\/([^/]+)\/(?:index\.html)?$/.exec(path);
  try {
    return match ? decodeURIComponent(match[1]!) : undefined;
  } catch {
    return undefined;
  }
}

/** The shortlist page, from the site's root: routes.shortlist() for pages; the buttons' script imports this file alone to stay small. */
export const SHORTLIST_PAGE = '/shortlist/';
