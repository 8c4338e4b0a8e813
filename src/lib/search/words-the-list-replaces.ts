/**
 * Which words of a text the search's word list would take away: someone who types the site's
 * own words (a kind of help's name, like "Cheap refurbished devices", or an area's name) must be
 * searched for those words. An entry that turns "cheap" into "cheaper" makes the search for
 * "Cheap refurbished devices" look for "cheaper" instead, and miss its own list. The content
 * check uses this to name the entry to change. Everyday words the list leaves out on purpose
 * ("help", "on", "the") are not counted: the list's own ignore list says so.
 */
import { normaliseTyped, planSearch, type SearchWordList } from './query.ts';

/** A word the word list takes out of a text, and the entry's phrase that took it. */
export interface ReplacedWord {
  /** The word of the text, as typed (lower case), like "cheap". */
  readonly word: string;
  /** The phrase from the entry's "for" list that matched, like "cheap". */
  readonly typed: string;
  /** What the entry searches for instead, like "cheaper". */
  readonly search: string;
}

/** True when `searched` still finds `word`: the same word, or its plural or singular ("computers", "computer"). */
function stillSearched(word: string, searched: readonly string[]): boolean {
  return searched.some((kept) => kept === word || kept === `${word}s` || word === `${kept}s` || kept === `${word}es` || word === `${kept}es`);
}

/** The words of `text` that a search for it would no longer look for, because of the list's replacements. */
export function wordsTheListReplaces(text: string, list: SearchWordList): ReplacedWord[] {
  const typed = normaliseTyped(text);
  const searched = planSearch(typed, { words: list.words, ignore: [] }).words;
  const spaced = ` ${typed} `;
  const everyday = new Set(list.ignore.map(normaliseTyped));
  const found: ReplacedWord[] = [];
  for (const word of new Set(typed.split(' ').filter(Boolean))) {
    if (everyday.has(word) || stillSearched(word, searched)) continue;
    // The entry that took it: the longest phrase that holds the word and is in the text, as planSearch tries the longest first.
    const matches = list.words
      .flatMap((entry) => entry.for.map((phrase) => ({ typed: normaliseTyped(phrase), search: entry.search })))
      .filter((match) => match.typed.split(' ').includes(word) && spaced.includes(` ${match.typed} `))
      .sort((a, b) => b.typed.length - a.typed.length);
    const match = matches[0];
    if (match) found.push({ word, ...match });
  }
  return found;
}
