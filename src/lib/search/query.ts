/**
 * Turns what someone types into the search into what the site searches for. People type
 * misspellings ("brodband"), other words ("labtop", "wifi") and whole questions ("I can't afford
 * internet"). The site's word list (content/search-words.yaml) says what to search for instead,
 * and which everyday words to leave out. Plain TypeScript: it runs in the browser and in tests.
 */

/** The word list as the search page gets it (from content/search-words.yaml, checked). */
export interface SearchWordList {
  /** Each entry: what to search for, and what people type instead. */
  readonly words: readonly { readonly search: string; readonly for: readonly string[] }[];
  /** Everyday words that tell the search nothing. */
  readonly ignore: readonly string[];
}

/** What to search for. */
export interface SearchPlan {
  /** The whole search, as Pagefind gets it, like "cheaper broadband". */
  readonly query: string;
  /** Its words one by one: each is also searched alone when the whole search finds little. */
  readonly words: readonly string[];
  /** True when the word list changed what was typed (so the page can say what it searched for). */
  readonly changed: boolean;
}

/** Lower case, plain apostrophes, and only letters (with their marks, as in Urdu), numbers, hyphens and apostrophes between spaces. */
export function normaliseTyped(typed: string): string {
  return typed
    .toLocaleLowerCase('en-GB')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^\p{L}\p{M}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every typed word or phrase, longest first, with what to search for instead. */
function replacements(list: SearchWordList): [string, string][] {
  const pairs = list.words.flatMap((entry) => entry.for.map((typed) => [normaliseTyped(typed), entry.search] as [string, string]));
  return pairs.filter(([typed]) => typed.length > 0).sort((a, b) => b[0].length - a[0].length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Plans a search: replaces words and phrases from the list, then leaves out everyday words. */
export function planSearch(typed: string, list: SearchWordList): SearchPlan {
  const original = normaliseTyped(typed);
  let text = ` ${original} `;
  for (const [from, to] of replacements(list)) {
    text = text.replace(new RegExp(`(?<= )${escapeRegExp(from)}(?= )`, 'gu'), to);
  }
  const ignore = new Set(list.ignore.map(normaliseTyped));
  const all = text.trim().split(' ').filter(Boolean);
  const kept = all.filter((word) => !ignore.has(word) && !ignore.has(word.replace(/'s$/, '')));
  const words = [...new Set(kept.length > 0 ? kept : all)];
  const query = words.join(' ');
  return { query, words, changed: query !== original };
}
