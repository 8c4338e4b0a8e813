/**
 * Splits text into sentences for reading aloud, one at a time. Plain string work, so it runs the
 * same in the browser and in the unit tests.
 *
 * A sentence ends at ".", "!", "?" or "…" (with any closing quote or bracket) followed by a space
 * or the end of the text, except:
 * - after short forms that do not end a sentence ("e.g.", "i.e.", "Mr.", "St.", "No. 5", "approx."),
 * - after a single capital letter (an initial, as in "J. Smith"), or a number that starts the
 *   sentence ("1. Where are the settings?"),
 * - when the next word starts with a small letter ("Wi-Fi, etc. and more").
 * Numbers like "0.5 miles" or "£2.50" never split, because no space follows the point.
 */

/** Where one sentence is in a text: from `start` up to (not including) `end`, without spaces at its ends. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** Short forms that never end a sentence: the next word belongs to the same sentence. */
const NEVER_ENDS = new Set(['e.g', 'eg', 'i.e', 'ie', 'mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'prof', 'rev', 'no', 'nos', 'tel', 'approx', 'vs', 'cf', 'ref', 'fig', 'dept', 'ave', 'rd', 'sq', 'mt']);

const TERMINATOR = /[.!?…]+["'”’)\]]*(?=\s|$)/g;
const HAS_WORDS = /[\p{L}\p{N}]/u;

/** The word just before position `at` (the end of the word, before its full stop). */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && !/[\s("'“‘[]/.test(text[start - 1]!)) start -= 1;
  return text.slice(start, at);
}

function endsSentence(text: string, match: RegExpExecArray, from: number): boolean {
  const after = text.slice(match.index + match[0].length).trimStart();
  if (after === '') return true;
  // The next word starts with a small letter: the sentence goes on ("etc. and", "e.g. a library").
  if (/^\p{Ll}/u.test(after)) return false;
  if (match[0] !== '.') return true;
  const word = wordBefore(text, match.index);
  if (NEVER_ENDS.has(word.toLowerCase())) return false;
  // An initial, as in "J. Smith".
  if (/^\p{Lu}$/u.test(word)) return false;
  // A question's or step's number, as in "1. Where are the settings?"
  if (/^\s*\d+$/.test(text.slice(from, match.index))) return false;
  return true;
}

/** The sentences of a text, in order. Pieces with no letters or numbers (a lone "•") are left out. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let from = 0;
  const add = (to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start]!)) start += 1;
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    if (HAS_WORDS.test(text.slice(start, end))) spans.push({ start, end });
    from = to;
  };
  for (const match of text.matchAll(TERMINATOR)) {
    if (endsSentence(text, match, from)) add(match.index + match[0].length);
  }
  add(text.length);
  return spans;
}

/** Short forms read out in full, so a voice does not spell them out. */
const SAY_IN_FULL: readonly [RegExp, string][] = [
  [/\be\.g\.(?=\s|$)/gi, 'for example'],
  [/\bi\.e\.(?=\s|$)/gi, 'that is'],
  [/\betc\.(?=\s|$)/gi, 'etcetera'],
];

/**
 * The words a voice says for a sentence: spaces made single, a few short forms said in full, web
 * addresses said as their site's name only ("https://example.org/a/b#x" as "example.org"; a
 * referral link's long ending means nothing read aloud), and UK phone numbers ("0300 123 4567")
 * read digit by digit in their groups, as people say them.
 */
export function wordsToSay(sentence: string): string {
  let words = sentence.replace(/\s+/g, ' ').trim();
  for (const [form, full] of SAY_IN_FULL) words = words.replace(form, full);
  words = words.replace(/\bhttps?:\/\/(?:www\.)?([^\s/?#]+)[^\s]*?(?=[.,;:!?)]?(?:\s|$))/gi, '$1');
  return words.replace(/(?<![\d.,£$])(?:\+44\s?|0)\d{2,4}(?:[ -]?\d{3,4}){1,2}(?!\d|[.,]\d)/g, (phone) =>
    phone
      .split(/[ -]/)
      .map((group) => group.split('').join(' '))
      .join(', '),
  );
}
