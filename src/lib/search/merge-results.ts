/**
 * Puts search results in the order citizens need: results that match more of the words first,
 * then help and services before training and partner pages, then by Pagefind's own score.
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

/** How much more a listing or help page counts than another page with the same score. */
export const HELP_WEIGHT = 3;

/**
 * Merges the whole search and the word-by-word searches, each result once: those that match
 * the whole search first, then those that match more of the words alone. `helpIds` are the
 * results that are listings or pages about help.
 */
export function mergeResults<R extends ScoredResult>(runs: readonly SearchRun<R>[], helpIds: ReadonlySet<string>): R[] {
  const merged = new Map<string, { result: R; whole: boolean; words: number; score: number }>();
  for (const run of runs) {
    for (const result of run.results) {
      const score = result.score * (helpIds.has(result.id) ? HELP_WEIGHT : 1);
      const found = merged.get(result.id) ?? { result, whole: false, words: 0, score: 0 };
      if (run.whole) found.whole = true;
      else found.words += 1;
      found.score = Math.max(found.score, score);
      merged.set(result.id, found);
    }
  }
  return [...merged.values()].sort((a, b) => Number(b.whole) - Number(a.whole) || b.words - a.words || b.score - a.score).map((entry) => entry.result);
}
