/**
 * "Did you mean": for a word the search does not know, the closest word it does know. The
 * known words come from the search index's own text (written by the build), so a suggestion
 * always finds something.
 */

/** How many single-letter changes (add, remove, change, swap two) turn `a` into `b`, up to `limit` + 1. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}

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

/** The words worth suggesting from some text: lower case, 4 letters or more, each once, in order. */
export function knownWords(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.toLocaleLowerCase('en-GB').match(/[\p{L}][\p{L}'-]{3,}/gu) ?? []) words.add(word.replace(/'s$/, ''));
  return [...words].sort();
}
