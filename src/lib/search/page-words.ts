/**
 * The words the search page's script shows, in the page's language. The page writes them in a
 * JSON block (<script type="application/json" data-search-words>; page-words-of.ts takes them
 * from the catalogue); the script reads them there and says them with `say`, `sayCount` and
 * `resultStatus`. The names of the types of content come from the page's type filter. Nothing
 * here holds words of its own, so the script carries no English.
 */

/** A message whose words depend on a number: one form per plural category of its language. */
export interface CountMessage {
  /** The forms, by Intl.PluralRules category ("one", "few", "other"...). */
  readonly forms: Readonly<Record<string, string>>;
  /** The locale whose plural rules pick the form (English's when the language has no words for it yet). */
  readonly locale: string;
}

export interface SearchWords {
  /** The page's locale, for numbers. */
  readonly locale: string;
  readonly typeSomething: string;
  readonly searching: string;
  readonly noMore: string;
  readonly none: string;
  readonly count: CountMessage;
  readonly firstCount: CountMessage;
  readonly found: string;
  readonly foundInArea: string;
  readonly closest: string;
  readonly closestInArea: string;
}

/** Fills in {name} placeholders (a placeholder with no value stays, so a gap shows). */
export function say(message: string, values: Readonly<Record<string, string | number>> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The words for a number of things, in the form the language uses for that number, with {count} filled in. */
export function sayCount(message: CountMessage, count: number, pageLocale: string): string {
  const form = message.forms[new Intl.PluralRules(message.locale).select(count)] ?? message.forms.other ?? '';
  return say(form, { count: new Intl.NumberFormat(pageLocale).format(count) });
}

/** Keeps typed words in their own direction inside right-to-left words (Unicode first-strong isolate). */
const isolated = (text: string) => `\u2068${text}\u2069`;

/**
 * What the search says once it has results (or none). `total` is undefined when only the number
 * shown is known. On a right-to-left page (`rtl`), what was typed and the area's name keep their
 * own direction, so an English word and its quotation marks stay in order in Urdu.
 */
export function resultStatus(words: SearchWords, found: { term: string; shown: number; total: number | undefined; closest?: string | undefined; area?: string | undefined }, rtl = false): string {
  const own = rtl ? isolated : (text: string) => text;
  if (found.shown === 0) return say(words.none, { term: own(found.term) });
  const count = found.total === undefined ? sayCount(words.firstCount, found.shown, words.locale) : sayCount(words.count, found.total, words.locale);
  const values = { term: own(found.term), count, closest: own(found.closest ?? ''), area: own(found.area ?? '') };
  if (found.closest !== undefined) return `${say(words.none, values)} ${say(found.area ? words.closestInArea : words.closest, values)}`;
  return say(found.area ? words.foundInArea : words.found, values);
}
