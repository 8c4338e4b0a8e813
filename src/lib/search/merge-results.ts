/**
 * Puts search results in the order citizens need: results that match more of the words first,
 * then help and services before training and partner pages, then by Pagefind's own score. On a
 * large directory, the best pages that are not listings (a list of places, a guide) come before
 * the listings found on shelves.
 */

/** A result as the search finds it: Pagefind's id and score. */
export interface ScoredResult {
  readonly id: string;
  readonly score: number;
}

/** One search that was run: the whole search, or one of its words alone. */
export interface SearchRun<R extends ScoredResult> {
  readonly results: readonly R[];
  readonly whole: boolean;
}

/** What the search knows about its results before it fetches them. */
export interface ResultKinds {
  /** Results that are listings or pages about help. */
  readonly helpIds: ReadonlySet<string>;
  /** Results that are shelves of listings (a large directory's listings in short: see shelf-results.ts). */
  readonly shelfIds?: ReadonlySet<string>;
}

/** How much more a listing or help page counts than another page with the same score. */
export const HELP_WEIGHT = 3;

/**
 * How many pages that are not listings come before the shelves of listings, when they match as
 * many of the words. Pagefind scores a shelf by how its words stand among all the shelves, so the
 * same weight for shelves gave opposite results by size: with three times the weight, a search
 * for "laptop" with no area chosen showed no place at 10,000 listings and only places at 25,000.
 * Two pages first, then the best shelf, whatever the size of the directory.
 */
export const LEADING_PAGES = 2;

/**
 * Merges the whole search and the word-by-word searches, each result once: those that match
 * the whole search first, then those that match more of the words alone. With shelves among
 * the results, each result's score is taken against the best of its kind (shelves, other pages),
 * so the best shelf comes level with the best page at any size of directory; and within the best
 * group, the LEADING_PAGES best results that are not shelves come first.
 */
export function mergeResults<R extends ScoredResult>(runs: readonly SearchRun<R>[], kinds: ResultKinds): R[] {
  const merged = new Map<string, { result: R; whole: boolean; words: number; score: number }>();
  const isShelf = (result: R) => kinds.shelfIds?.has(result.id) ?? false;
  for (const run of runs) {
    // Shelves and other pages are scored on scales of their own (a shelf's score depends on how
    // many shelves there are), so each is measured against the best of its own kind in this run.
    const best = { shelf: 0, page: 0 };
    for (const result of run.results) {
      const kind = isShelf(result) ? 'shelf' : 'page';
      best[kind] = Math.max(best[kind], result.score);
    }
    for (const result of run.results) {
      const bestOfKind = best[isShelf(result) ? 'shelf' : 'page'];
      const relative = kinds.shelfIds?.size && bestOfKind > 0 ? result.score / bestOfKind : result.score;
      const score = relative * (kinds.helpIds.has(result.id) ? HELP_WEIGHT : 1);
      const found = merged.get(result.id) ?? { result, whole: false, words: 0, score: 0 };
      if (run.whole) found.whole = true;
      else found.words += 1;
      found.score = Math.max(found.score, score);
      merged.set(result.id, found);
    }
  }
  const sorted = [...merged.values()].sort((a, b) => Number(b.whole) - Number(a.whole) || b.words - a.words || b.score - a.score);
  const best = sorted[0];
  if (!best || !kinds.shelfIds?.size) return sorted.map((entry) => entry.result);
  const leading = sorted.filter((entry) => entry.whole === best.whole && entry.words === best.words && !isShelf(entry.result)).slice(0, LEADING_PAGES);
  return [...leading, ...sorted.filter((entry) => !leading.includes(entry))].map((entry) => entry.result);
}
