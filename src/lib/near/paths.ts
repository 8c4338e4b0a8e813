/**
 * The addresses of the "find help near you" page and the places data it fetches. They live here
 * (and src/lib/routes.ts lists them) so the page's script can import them without the whole
 * routes list.
 */

/** The page that finds help near a postcode or a person's location. */
export function nearMePath(): string {
  return '/find-help/near/';
}

/** Which grid squares have places, fetched first by the near-me page. */
export function nearPlacesIndexPath(): string {
  return '/find-help/near/places/index.json';
}

/** The places in one grid square (see grid.ts for how squares are named). */
export function nearPlacesCellPath(cell: string): string {
  return `/find-help/near/places/${cell}.json`;
}

/** The near-me script's words, in one language: fetched with the first search (put it in a language with inLanguage). */
export function nearWordsPath(): string {
  return '/find-help/near/words.json';
}
