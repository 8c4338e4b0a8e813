/**
 * Text from other directories: HTML tags stripped, entities decoded, and lengths kept within
 * what our schema allows. Our own text passes through unchanged.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  pound: '£',
  euro: '€',
  copy: '©',
  reg: '®',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  middot: '·',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  ccedil: 'ç',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  shy: '',
};

/** Turns `&amp;`, `&#163;` and `&#x2019;` into the characters they stand for. Unknown entities stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    const name = code.toLowerCase();
    return Object.hasOwn(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name]! : whole;
  });
}

const TAG = /<\/?[a-z][^<>]*>/gi;
const BLOCK_END = /<\/(p|div|h[1-6]|ul|ol|table|blockquote|section|article)\s*>/gi;
const LINE_BREAK = /<(br|li|tr)\b[^<>]*>/gi;

/**
 * Plain text from text that may hold HTML: tags removed (paragraphs become blank lines, list items
 * and `<br>` new lines), entities decoded, spaces tidied. Text with no tags keeps its line breaks.
 */
export function plainText(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  let text = String(value).replace(/\r\n?/g, '\n');
  if (/<\/?[a-z][^<>]*>|<!--/i.test(text)) {
    text = text
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/\s+/g, ' ')
      .replace(BLOCK_END, '\n\n')
      .replace(LINE_BREAK, '\n')
      .replace(TAG, '');
  }
  return decodeEntities(text)
    .replace(/[\u00a0\t ]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text on one line: like plainText, with every line break turned into a space. */
export function oneLine(value: unknown): string {
  return plainText(value).replace(/\s*\n+\s*/g, ' ');
}

/**
 * Shortens text to at most `max` characters, ending at a word and with "…". Returns the text and
 * whether it was cut.
 */
export function fitText(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const room = text.slice(0, max - 1);
  const lastSpace = room.lastIndexOf(' ');
  const cutAt = lastSpace > max / 2 ? lastSpace : max - 1;
  return { text: `${room.slice(0, cutAt).replace(/[\s,;:.–-]+$/, '')}…`, cut: true };
}

/**
 * Splits an Open Referral description into our summary and description.
 *
 * Our export writes the summary as the first paragraph, then a blank line, then the description,
 * so a first paragraph of up to `summaryMax` characters followed by more text becomes the summary.
 * Otherwise the summary is the first sentence (shortened if needed) and the description is all of
 * the text.
 */
export function splitSummary(text: string, summaryMax: number): { summary: string; description: string } {
  const blank = text.indexOf('\n\n');
  if (blank > 0) {
    const first = text.slice(0, blank).trim();
    const rest = text.slice(blank + 2).trim();
    if (first.length <= summaryMax && rest) return { summary: first, description: rest };
  }
  const sentence = /^[\s\S]*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return { summary: fitText(oneLine(sentence), summaryMax).text, description: text };
}

/** Compares names loosely: "Eastbrook  Library" and "eastbrook library" are the same name. */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && looseName(a) === looseName(b);
}

/** A name with case, accents, "&"/"and" and punctuation ignored, for matching. */
export function looseName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
