/**
 * "Did you mean": for a word the search does not know, the closest word it does know. The
 * known words come from the search index's own text (written by the build), so a suggestion
 * always finds something.
 */
import { editDistance } from '../edit-distance.ts';

/** The known word closest to `word` (one change for short words, two for words of 7 letters or more), or undefined. */
export function closestWord(word: string, known: readonly string[]): string | undefined {
  if (word.length < 4 || known.includes(word)) return undefined;
  const limit = word.length >= 7 ? 2 : 1;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(word, candidate, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/** The search with each unknown word replaced by its closest known word, or undefined when nothing changes. */
export function didYouMean(words: readonly string[], known: readonly string[]): string | undefined {
  let changed = false;
  const suggested = words.map((word) => {
    const closest = closestWord(word, known);
    if (closest) changed = true;
    return closest ?? word;
  });
  return changed ? suggested.join(' ') : undefined;
}

/** The words worth suggesting from some text in a language (its locale): lower case, 4 letters or more, each once, in order. Letters may carry marks (Urdu's vowel signs). */
export function knownWords(texts: readonly string[], locale = 'en-GB'): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.toLocaleLowerCase(locale).match(/[\p{L}][\p{L}\p{M}'-]{3,}/gu) ?? []) words.add(word.replace(/'s$/, ''));
  return [...words].sort();
}
