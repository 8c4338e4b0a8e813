/**
 * The controlled lists' words in Welsh, Urdu and Polish (keys term.<list>.<id> in src/lib/i18n/catalogues/<code>.ts):
 * every term of every list a citizen reads has its label, and its explanation where English has
 * one, in each language; no key names a term that does not exist; and no label is left in English.
 */
import { describe, expect, it } from 'vitest';
import { catalogueParts } from '../support/catalogue-words.ts';

const terms = catalogueParts('term');
import { TRANSLATED_LISTS, termKey, termLabel, type TranslatedList } from '../../src/lib/i18n/terms.ts';
import { translator } from '../../src/lib/i18n/translate.ts';
import type { Term, Vocabulary } from '../../src/lib/vocabulary/index.ts';

const LANGUAGES = { cy: terms.cy, ur: terms.ur, pl: terms.pl } as const;

/** Words that are the same in the language as in English (names of languages, mostly). */
const SAME_AS_ENGLISH: Record<keyof typeof LANGUAGES, readonly string[]> = {
  cy: ['term.languages.hi', 'term.languages.ps', 'term.languages.ti'],
  ur: [],
  pl: ['term.languages.hi', 'term.languages.ur'],
};

const lists = Object.entries(TRANSLATED_LISTS) as [TranslatedList, Vocabulary<Term>][];

describe('the controlled lists’ words in each language', () => {
  for (const [code, words] of Object.entries(LANGUAGES) as [keyof typeof LANGUAGES, Record<string, unknown>][]) {
    for (const [list, vocabulary] of lists) {
      it(`${code}: every term of ${list} has its label, and its explanation where English has one, not in English`, () => {
        const missing: string[] = [];
        const english: string[] = [];
        for (const term of vocabulary.terms) {
          const keys = [termKey(list, term.id), ...(term.description ? [termKey(list, term.id, 'description')] : [])];
          for (const key of keys) {
            const value = words[key];
            if (typeof value !== 'string' || value.trim() === '') missing.push(key);
            else if (value === (key.endsWith('.description') ? term.description : term.label) && !SAME_AS_ENGLISH[code].includes(key)) english.push(key);
          }
        }
        expect(missing).toEqual([]);
        expect(english).toEqual([]);
      });
    }

    it(`${code}: every key names a real term of a translated list`, () => {
      const real = new Set(lists.flatMap(([list, vocabulary]) => vocabulary.terms.flatMap((term) => [termKey(list, term.id), termKey(list, term.id, 'description')])));
      expect(Object.keys(words).filter((key) => !real.has(key))).toEqual([]);
    });
  }

  it('Urdu words are in Urdu script', () => {
    const notUrdu = Object.entries(terms.ur).filter(([, value]) => !/[\u0600-\u06FF]/.test(String(value)));
    expect(notUrdu).toEqual([]);
  });

  it('each language names the languages in its own words (Polish is "Pwyleg" in Welsh, "پولش" in Urdu)', () => {
    expect(termLabel(translator('cy'), 'languages', 'pl')).toBe('Pwyleg');
    expect(termLabel(translator('ur'), 'languages', 'pl')).toBe('پولش');
    expect(termLabel(translator('pl'), 'languages', 'cy')).toBe('Walijski');
    expect(termLabel(translator('en'), 'languages', 'cy')).toBe('Welsh');
  });
});
