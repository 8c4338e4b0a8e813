/**
 * The search script's words for one language, taken from the catalogue when the page is built
 * (the page writes them into a JSON block; see page-words.ts). A key the language has no words
 * for yet is given in English, with English plural rules.
 */
import type { Message } from '../i18n/catalogue.ts';
import { messages as english, type MessageKey } from '../i18n/catalogues/en.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import type { Translator } from '../i18n/translate.ts';
import { HELP_SEARCH_TYPE } from './help-type.ts';
import type { CountMessage, SearchWords } from './page-words.ts';
import type { SearchWordList } from './query.ts';

/** Each kind of page the search's type filter offers (the value pages give in their search-type), with the key of its words. */
export const SEARCH_TYPES = [
  [HELP_SEARCH_TYPE, 'search.type.help'],
  ['Course', 'search.type.course'],
  ['Case study', 'search.type.caseStudy'],
  ['Guidance', 'search.type.guidance'],
  ['Training', 'search.type.training'],
  ['Data set', 'search.type.dataset'],
  ['Report', 'search.type.report'],
  ['Charter', 'search.type.charter'],
  ['Information', 'search.type.information'],
] as const satisfies readonly (readonly [string, MessageKey])[];

/**
 * The kinds of page built in every language: help (listings and lists) and the citizens' other
 * pages. Courses, training and the partners' pages are in English only, so the search page in
 * another language offers only these (its index has nothing else).
 */
const IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set([HELP_SEARCH_TYPE, 'Information']);

/** The type filter's choices on the search page in a language. */
export function searchTypesIn(code: string): readonly (typeof SEARCH_TYPES)[number][] {
  return code === DEFAULT_LANGUAGE ? SEARCH_TYPES : SEARCH_TYPES.filter(([type]) => IN_EVERY_LANGUAGE.has(type));
}

function countMessage(t: Translator, key: MessageKey): CountMessage {
  const own = (t.language.catalogue.messages as Partial<Record<MessageKey, Message>>)[key];
  const message: Message = own ?? english[key];
  return { forms: typeof message === 'string' ? { other: message } : { ...message }, locale: own === undefined ? 'en-GB' : t.language.locale };
}

/** Everyday words from the language's catalogue: lower case, separated by spaces. */
export function everydayWords(t: Translator): string[] {
  return t.has('search.words.everyday') ? t('search.words.everyday').split(/\s+/).filter(Boolean) : [];
}

/**
 * The word list the search page in a language uses: the site's list (content/search-words.yaml,
 * English misspellings and everyday words, as listings not yet translated are searched in English
 * on every page), with the language's own everyday words from its catalogue.
 */
export function searchWordListIn(list: SearchWordList | undefined, t: Translator): SearchWordList {
  return { words: list?.words ?? [], ignore: [...(list?.ignore ?? []), ...everydayWords(t)] };
}

export function searchPageWords(t: Translator): SearchWords {
  return {
    locale: t.language.locale,
    typeSomething: t('search.status.typeSomething'),
    searching: t('search.status.searching'),
    noMore: t('search.status.noMore'),
    none: t('search.status.none'),
    count: countMessage(t, 'search.status.count'),
    firstCount: countMessage(t, 'search.status.firstCount'),
    found: t('search.status.found'),
    foundInArea: t('search.status.foundInArea'),
    closest: t('search.status.closest'),
    closestInArea: t('search.status.closestInArea'),
  };
}
