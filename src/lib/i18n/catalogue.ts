/**
 * The shape of a language's catalogue: the words of the site's interface (buttons, headings,
 * notices, the referral card, text messages) in one language, one file per language in
 * ./catalogues/. English (./catalogues/en.ts) names every key; another language may leave a key
 * out, and then the English words are shown (the content check counts what is missing).
 *
 * A message is words with {placeholders}, like "Run by {organisation}.". A message that depends
 * on a number has one form per plural category of the language (Intl.PluralRules): English needs
 * "one" and "other"; Welsh has zero, one, two, few, many and other; Polish one, few, many, other.
 */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type PluralMessage = Partial<Record<PluralCategory, string>> & { readonly other: string };
export type Message = string | PluralMessage;

export interface LanguageDetails {
  /** The code in addresses and in lang="": "cy" gives /cy/ and lang="cy". */
  readonly code: string;
  /** The language's name in itself, as the language switcher shows it: "Cymraeg". */
  readonly name: string;
  /** The name in English, for notes to the site's editors: "Welsh". */
  readonly englishName: string;
  /** Right to left (Urdu, Arabic) or left to right. */
  readonly dir: 'ltr' | 'rtl';
  /** The locale for dates, times, numbers and plurals (Intl), like "cy-GB". */
  readonly locale: string;
  /** Whether a fluent speaker has reviewed the catalogue, or it is still a draft. */
  readonly status: 'draft' | 'reviewed';
}

/** The key for a term of a controlled list: "term.kindsOfHelp.free-wifi" (src/lib/i18n/terms.ts). */
export type TermKey = `term.${string}`;

export interface Catalogue<Key extends string = string> {
  readonly language: LanguageDetails;
  readonly messages: Readonly<Partial<Record<Key, Message>>>;
}
