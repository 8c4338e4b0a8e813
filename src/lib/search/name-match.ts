/**
 * Whether a result's name (or a short text) has every word searched for: someone who types a
 * place's name ("Riverside Tech Cafe") wants that place first, before a list or guide that
 * mentions it. Plain TypeScript: it runs in the browser and in tests.
 */

/** The words of a name as this compares them: lower case, letters and numbers, without accents ("café" is "cafe"). */
function wordsOf(text: string): string[] {
  return text
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** How short a word of the text may be and still stand for a longer word searched for ("laptop" for "laptops"), as the search finds both. */
const SHORTEST_STEM = 4;

/**
 * True when each word searched for starts a word of the name ("laptop" is in "Laptops to
 * borrow"; "wi-fi" is in "Free Wi-Fi"), or a word of the name of 4 letters or more starts it
 * ("laptops" is in "Laptop loans"). False when nothing was searched for.
 */
export function nameHasEveryWord(name: string, searched: readonly string[]): boolean {
  const wanted = searched.flatMap(wordsOf);
  return wanted.length > 0 && wordsMissing(name, wanted) === 0;
}

/** How many of the words searched for the text does not have (compared as nameHasEveryWord does). */
export function wordsMissing(text: string, searched: readonly string[]): number {
  const words = wordsOf(text);
  return searched.flatMap(wordsOf).filter((word) => !words.some((textWord) => textWord.startsWith(word) || (textWord.length >= SHORTEST_STEM && word.startsWith(textWord)))).length;
}
