/**
 * Text messages: how many segments (parts) a message takes, and fitting a list of entries into
 * a few segments without cutting one in half.
 *
 * A message in the GSM-7 alphabet fits 160 characters in one segment, or 153 in each segment of a
 * longer one; characters from its extension table (like € and [) take two. Any other character
 * (a curly apostrophe, an emoji, most non-Latin letters) makes the whole message UCS-2: 70 units
 * in one segment, or 67 in each of a longer one. Phones never split a two-unit character
 * between segments, so neither does the count.
 */

/** The GSM 03.38 basic character set (without the escape character). */
const GSM_BASIC = new Set('@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà');

/** The GSM 03.38 extension table: each takes two units (an escape and the character). */
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

export interface SmsCount {
  readonly encoding: 'GSM-7' | 'UCS-2';
  /** Septets for GSM-7, 16-bit units for UCS-2. */
  readonly units: number;
  readonly segments: number;
}

/** Packs characters of the given sizes into segments, never splitting one. */
function packSegments(sizes: readonly number[], single: number, multi: number): number {
  const units = sizes.reduce((sum, size) => sum + size, 0);
  if (units === 0) return 0;
  if (units <= single) return 1;
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > multi) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return segments;
}

/** How many segments a text message takes, and in which encoding. */
export function countSmsSegments(text: string): SmsCount {
  const characters = [...text];
  const gsm = characters.every((c) => GSM_BASIC.has(c) || GSM_EXTENSION.has(c));
  const sizes = gsm ? characters.map((c) => (GSM_EXTENSION.has(c) ? 2 : 1)) : characters.map((c) => c.length);
  const units = sizes.reduce((sum, size) => sum + size, 0);
  return gsm ? { encoding: 'GSM-7', units, segments: packSegments(sizes, 160, 153) } : { encoding: 'UCS-2', units, segments: packSegments(sizes, 70, 67) };
}

const PLAIN: readonly [RegExp, string][] = [
  [/[\u2018\u2019\u201a\u2032]/g, "'"],
  [/[\u201c\u201d\u201e\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u00a0\u2007\u202f\u2009\u200a]/g, ' '],
];

/** Swaps typographic quotes, dashes, ellipses and special spaces for plain ones, so a message stays GSM-7. */
export function toGsmText(text: string): string {
  return PLAIN.reduce((result, [pattern, plain]) => result.replace(pattern, plain), text);
}

/** A letter with an accent GSM-7 lacks, without it ("ŵ" to "w", "ą" to "a", "ł" to "l"); any other character as it is. */
function plainLetter(character: string): string {
  if (GSM_BASIC.has(character) || GSM_EXTENSION.has(character)) return character;
  const plain = character === 'ł' ? 'l' : character === 'Ł' ? 'L' : character.normalize('NFD').replace(/\p{M}/gu, '');
  return [...plain].every((c) => GSM_BASIC.has(c)) ? plain : character;
}

/**
 * Text in GSM-7 letters where it can be: accents GSM-7 lacks are dropped, as people often do in
 * Welsh and Polish text messages ("sie" for "się"), so a message holds 153 characters a segment
 * instead of 67. Other scripts (Urdu) are left as they are.
 */
export function toGsmLetters(text: string): string {
  return [...text].map(plainLetter).join('');
}

/** One entry in a message: a line of text, the heading it sits under, and how much it matters (lower first). */
export interface SmsEntry {
  readonly text: string;
  /** A shorter line to use when the whole one does not fit (like a place without its opening times). */
  readonly short?: string;
  readonly group?: string;
  readonly priority?: number;
}

/** Builds the message: header, then each kept entry in its own order (its group's heading before the first), then footer. */
function render(header: string, entries: readonly SmsEntry[], footer: string): string {
  const lines = [header];
  let group: string | undefined;
  for (const entry of entries) {
    if (entry.group !== undefined && entry.group !== group) lines.push(entry.group);
    group = entry.group;
    lines.push(entry.text);
  }
  lines.push(footer);
  return lines.join('\n');
}

/**
 * The message with as many entries as fit in `maxSegments`: entries are added in priority order
 * (an entry's `priority`, or its place in the list), and one that does not fit is left out whole.
 * The header and footer are always kept.
 */
export function fitSmsEntries(message: { header: string; entries: readonly SmsEntry[]; footer: string }, maxSegments: number): { text: string; kept: number; segments: number } {
  const byPriority = message.entries.map((entry, index) => ({ entry, index })).sort((a, b) => (a.entry.priority ?? a.index) - (b.entry.priority ?? b.index) || a.index - b.index);
  // Each kept entry, as its whole line or its short one.
  const kept = new Map<number, SmsEntry>();
  const rendered = () =>
    render(
      message.header,
      message.entries.flatMap((_, i) => (kept.has(i) ? [kept.get(i)!] : [])),
      message.footer,
    );
  for (const { entry, index } of byPriority) {
    for (const text of entry.short === undefined ? [entry.text] : [entry.text, entry.short]) {
      kept.set(index, { ...entry, text });
      if (countSmsSegments(rendered()).segments <= maxSegments) break;
      kept.delete(index);
    }
  }
  const text = rendered();
  return { text, kept: kept.size, segments: countSmsSegments(text).segments };
}
