/** The search's name for listings and pages about help, as its type filter shows it. */
export const HELP_SEARCH_TYPE = 'Help and services';

/**
 * A filter that only the pages that are not help carry (guides, training, courses and the rest):
 * a search with it tells the search page which results are not help, so that help counts for more.
 * The type filter could tell the same, but its file lists every page, and every first search
 * fetched it (2.2 KB at 1,000 listings); this one lists only the pages that are not help.
 */
export const NOT_HELP_MARK: Readonly<Record<string, string>> = { 'not-help': 'yes' };

/** A mark as a page's or record's filters hold it (each filter a list of values): { 'not-help': ['yes'] }. */
export function markAsFilters(mark: Readonly<Record<string, string>>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(mark).map(([name, value]) => [name, [value]]));
}
