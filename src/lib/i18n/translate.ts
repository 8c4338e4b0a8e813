/**
 * Words in the reader's language: `translator("cy")` looks keys up in the Welsh catalogue,
 * falls back to English for a key Welsh does not have yet, fills in {placeholders}, and picks
 * the plural form for a number with the language's own rules (Intl.PluralRules).
 */
import type { Message, PluralCategory } from './catalogue.ts';
import { messages as english, type MessageKey } from './catalogues/en.ts';
import { languageByCode, type SiteLanguage } from './languages.ts';

export type { MessageKey };
export type Values = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly language: SiteLanguage;
  /** The words for a key, with {placeholders} filled in. */
  (key: MessageKey, values?: Values): string;
  /** The words for a number of things, in the plural form the language uses for that number ({count} is filled in). */
  plural(key: MessageKey, count: number, values?: Values): string;
  /** Whether the language has its own words for the key (false: the English words are shown). */
  has(key: MessageKey): boolean;
  /** The language the words for a key are in: the reader's, or "en" where it has none yet. */
  langOf(key: MessageKey): string;
  /** The reader's language's words for a key English does not list (the terms of the controlled lists: src/lib/i18n/terms.ts); undefined when it has none. */
  lookup(key: string): string | undefined;
}

/** Fills in {name} placeholders; a placeholder with no value is left as it is, so a gap is visible. */
export function fillIn(text: string, values: Values = {}): string {
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

function pick(message: Message, category: PluralCategory): string {
  return typeof message === 'string' ? message : (message[category] ?? message.other);
}

const cache = new Map<string, Translator>();

export function translator(code: string | undefined): Translator {
  const language = languageByCode(code);
  const known = cache.get(language.code);
  if (known) return known;
  const made = translatorFor(language);
  cache.set(language.code, made);
  return made;
}

/** A translator for a language and its catalogue (translator() keeps one per language). */
export function translatorFor(language: SiteLanguage): Translator {
  const own = language.catalogue.messages as Partial<Record<MessageKey, Message>>;
  const rules = new Intl.PluralRules(language.locale);
  const englishRules = new Intl.PluralRules('en-GB');
  const numbers = new Intl.NumberFormat(language.locale);
  const find = (key: MessageKey): { message: Message; rules: Intl.PluralRules } => {
    const message = own[key];
    return message === undefined ? { message: english[key], rules: englishRules } : { message, rules };
  };
  const t = ((key: MessageKey, values?: Values) => fillIn(pick(find(key).message, 'other'), values)) as Translator;
  Object.assign(t, {
    language,
    plural: (key: MessageKey, count: number, values: Values = {}) => {
      const found = find(key);
      return fillIn(pick(found.message, found.rules.select(count) as PluralCategory), { count: numbers.format(count), ...values });
    },
    has: (key: MessageKey) => own[key] !== undefined,
    langOf: (key: MessageKey) => (own[key] !== undefined ? language.code : 'en'),
    lookup: (key: string) => {
      const message = (own as Record<string, Message | undefined>)[key];
      return message === undefined ? undefined : pick(message, 'other');
    },
  });
  return t;
}
