/**
 * The words for the site's controlled lists (kinds of help, audiences, costs...) in the reader's
 * language. The lists keep their English words in src/lib/vocabulary/; another language's
 * catalogue gives a term's words under the key "term.<list>.<id>" (and "term.<list>.<id>.description"),
 * like "term.kindsOfHelp.free-wifi". A term a language has no words for is shown in English.
 */
import {
  accessModes,
  audiences,
  costTypes,
  kindsOfHelp,
  languages,
  needs,
  barriers,
  specificSupport,
  supportModes,
  serviceStatuses,
  weekdays,
  type Term,
  type Vocabulary,
} from '../vocabulary/index.ts';
import type { Translator } from './translate.ts';

/** The controlled lists citizens and champions read, by the name their catalogue keys use. */
export const TRANSLATED_LISTS = { kindsOfHelp, audiences, costTypes, supportModes, accessModes, specificSupport, languages, needs, barriers, serviceStatuses, weekdays } as const satisfies Record<
  string,
  Vocabulary<Term>
>;
export type TranslatedList = keyof typeof TRANSLATED_LISTS;

/** The catalogue key for a term's words: "term.kindsOfHelp.free-wifi". */
export const termKey = (list: TranslatedList, id: string, part: 'label' | 'description' = 'label'): string => `term.${list}.${id}${part === 'description' ? '.description' : ''}`;

/** A term's words in the reader's language, or in English where the language has none yet. */
export function termLabel(t: Translator, list: TranslatedList, id: string): string {
  return t.lookup(termKey(list, id)) ?? (TRANSLATED_LISTS[list] as Vocabulary<Term>).label(id);
}

/** A term's one-sentence explanation in the reader's language, or in English; undefined when it has none. */
export function termDescription(t: Translator, list: TranslatedList, id: string): string | undefined {
  return t.lookup(termKey(list, id, 'description')) ?? (TRANSLATED_LISTS[list] as Vocabulary<Term>).find(id)?.description;
}

/** Every key a full catalogue has for the lists' terms (for the catalogue check). */
export function allTermKeys(): string[] {
  return Object.entries(TRANSLATED_LISTS).flatMap(([list, vocabulary]) =>
    (vocabulary as Vocabulary<Term>).terms.flatMap((term) => [termKey(list as TranslatedList, term.id), ...(term.description ? [termKey(list as TranslatedList, term.id, 'description')] : [])]),
  );
}
