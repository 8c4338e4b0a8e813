/**
 * The interface words in each language: the translator (fallback to English, placeholders,
 * plural forms by the language's own rules), language paths, messages with markup in them, and
 * the catalogue check that counts and names missing keys.
 */
import { describe, expect, it } from 'vitest';
import { coverageOf, catalogueCoverage, expectedKeys } from '../../src/lib/i18n/coverage.ts';
import { checkCatalogues, catalogueSummary } from '../../src/lib/content-check/check-catalogues.ts';
import { fillIn, translator, translatorFor } from '../../src/lib/i18n/translate.ts';
import { inLanguage, languageOfPath, languageParams, withoutLanguage } from '../../src/lib/i18n/paths.ts';
import { messageParts } from '../../src/lib/i18n/message-parts.ts';
import { LANGUAGES, languageByCode, OTHER_LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { formatDate, formatList, formatTime, weekdayName } from '../../src/lib/i18n/formats.ts';
import { timeInLocale } from '../../src/lib/directory/open-state.ts';
import { termLabel } from '../../src/lib/i18n/terms.ts';
import { kindsOfHelp } from '../../src/lib/vocabulary/index.ts';
import type { Catalogue } from '../../src/lib/i18n/catalogue.ts';
import { ENGLISH_LISTEN_WORDS, listenWords, packListenWords, unpackListenWords } from '../../src/lib/read-aloud/listen-words.ts';

describe('the shipped catalogues', () => {
  for (const language of catalogueCoverage()) {
    it(`${language.englishName} has words for every key English has, and every term (0 missing of ${language.total})`, () => {
      expect(language.missing).toEqual([]);
    });
  }

  it('name each language in itself, with its direction: Urdu right to left, the others left to right', () => {
    expect(LANGUAGES.map((l) => [l.code, l.name, l.dir])).toEqual([
      ['en', 'English', 'ltr'],
      ['cy', 'Cymraeg', 'ltr'],
      ['ur', 'اردو', 'rtl'],
      ['pl', 'Polski', 'ltr'],
    ]);
  });

  it('mark the translations as drafts until a fluent speaker reviews them', () => {
    expect(OTHER_LANGUAGES.map((l) => l.status)).toEqual(['draft', 'draft', 'draft']);
  });

  /** Values a page gives beside English's own, for languages that say it another way ("Northmere Libraries' details" has no possessive in Welsh). */
  const OFFERED_TOO: Record<string, readonly string[]> = { 'service.checked.by': ['{organisation}'] };

  it('use a placeholder in a translation only where English has it (or the page offers it too)', () => {
    const english = languageByCode('en').catalogue.messages as Record<string, unknown>;
    const wrong: string[] = [];
    for (const language of OTHER_LANGUAGES) {
      for (const [key, message] of Object.entries(language.catalogue.messages)) {
        if (key.startsWith('term.')) continue;
        const theirs = new Set(JSON.stringify(message).match(/\{\w+\}/g) ?? []);
        const ours = new Set(JSON.stringify(english[key] ?? '').match(/\{\w+\}/g) ?? []);
        for (const name of theirs) if (!ours.has(name) && !OFFERED_TOO[key]?.includes(name)) wrong.push(`${language.code} ${key} ${name}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('the catalogue check', () => {
  const english = languageByCode('en').catalogue;
  const welsh = languageByCode('cy').catalogue;

  it('names a key that a language lacks, and says the English words show until it is translated', () => {
    const [first, second] = expectedKeys();
    const messages = { ...welsh.messages } as Record<string, unknown>;
    delete messages[first!];
    delete messages[second!];
    const coverage = coverageOf({ language: welsh.language, messages } as Catalogue);
    expect(coverage.missing).toEqual(expect.arrayContaining([first, second]));
    const [problem] = checkCatalogues([coverage]);
    expect(problem?.severity).toBe('warning');
    expect(problem?.file).toBe('src/lib/i18n/catalogues/cy.ts');
    expect(problem?.message).toContain(first!);
    expect(problem?.message).toContain('show in English');
    expect(catalogueSummary([coverage])).toMatch(/^Welsh \(cy\): \d+ of \d+ interface words, \d+ missing/);
  });

  it('says nothing about a language with every key', () => {
    const full = Object.fromEntries(expectedKeys().map((key) => [key, 'x']));
    expect(checkCatalogues([coverageOf({ language: welsh.language, messages: full })])).toEqual([]);
    expect(coverageOf(english).code).toBe('en');
  });
});

describe('the translator', () => {
  it('gives the language’s own words, and English for a key the language lacks', () => {
    expect(translator('cy')('layout.skipLink')).toBe('Neidio i’r prif gynnwys');
    expect(translator('en')('layout.skipLink')).toBe('Skip to main content');
    expect(translator(undefined)('layout.skipLink')).toBe('Skip to main content');
    expect(translator('xx').language.code).toBe('en');
  });

  it('fills in placeholders, and leaves one with no value in sight', () => {
    expect(fillIn('Run by {operator}.', { operator: 'Northmere' })).toBe('Run by Northmere.');
    expect(fillIn('Call {phone}.', {})).toBe('Call {phone}.');
  });

  it('picks plural forms by each language’s rules (Welsh has six, Polish four), and writes the number in the language', () => {
    const forms = { zero: 'Z {count}', one: 'O {count}', two: 'T {count}', few: 'F {count}', many: 'M {count}', other: 'X {count}' };
    const withForms = (code: string) => {
      const language = languageByCode(code);
      return translatorFor({ ...language, catalogue: { ...language.catalogue, messages: { 'layout.skipLink': forms } } });
    };
    expect([0, 1, 2, 3, 6, 7].map((n) => withForms('cy').plural('layout.skipLink', n))).toEqual(['Z 0', 'O 1', 'T 2', 'F 3', 'M 6', 'X 7']);
    expect([1, 2, 5, 22, 1225].map((n) => withForms('pl').plural('layout.skipLink', n))).toEqual(['O 1', 'F 2', 'M 5', 'F 22', 'M 1225']);
    expect(withForms('en').plural('layout.skipLink', 1234)).toBe('X 1,234');
  });

  it('shows a term of a controlled list in the language, or in English until it is translated', () => {
    for (const term of kindsOfHelp.terms) {
      expect(termLabel(translator('en'), 'kindsOfHelp', term.id)).toBe(term.label);
      const welsh = translator('cy').lookup(`term.kindsOfHelp.${term.id}`);
      expect(termLabel(translator('cy'), 'kindsOfHelp', term.id)).toBe(welsh ?? term.label);
    }
  });
});

describe('language paths', () => {
  it('keep English at the root and put each other language under its code, both ways', () => {
    for (const path of ['/', '/find-help/', '/services/eastbrook-library/']) {
      expect(inLanguage('en', path)).toBe(path);
      for (const language of OTHER_LANGUAGES) {
        const there = inLanguage(language.code, path);
        expect(there).toBe(`/${language.code}${path}`);
        expect(languageOfPath(there)).toBe(language.code);
        expect(withoutLanguage(there)).toBe(path);
      }
      expect(languageOfPath(path)).toBe('en');
    }
    expect(languageOfPath('/cymru/')).toBe('en');
    expect(languageParams()).toEqual([{ lang: undefined }, { lang: 'cy' }, { lang: 'ur' }, { lang: 'pl' }]);
  });
});

describe('a message with parts of the page in it', () => {
  it('splits at the placeholders asked for, and keeps the others as words', () => {
    expect(messageParts('Call {phone}, {hours}.', ['phone'])).toEqual([{ text: 'Call ' }, { slot: 'phone' }, { text: ', {hours}.' }]);
    expect(messageParts('{link} ابھی', ['link'])).toEqual([{ slot: 'link' }, { text: ' ابھی' }]);
  });
});

describe('dates, times and lists', () => {
  it('are written the way each language writes them', () => {
    expect(formatDate('en', '2026-12-03')).toBe('3 December 2026');
    expect(formatDate('cy', '2026-12-03')).toBe('3 Rhagfyr 2026');
    expect(formatDate('pl', '2026-12-03')).toBe('3 grudnia 2026');
    expect(formatDate('ur', '2026-12-03')).toContain('دسمبر');
    expect(formatTime('en', '10:00')).toBe('10am');
    expect(formatTime('en', '13:30')).toBe('1:30pm');
    expect(formatTime('en', '12:00')).toBe('midday');
    expect(formatTime('cy', '13:30')).toBe('13:30');
    expect(formatTime('ur', '09:05')).toBe('09:05');
    expect(weekdayName('cy', 0)).toBe('Dydd Llun');
    expect(weekdayName('pl', 6)).toBe('niedziela');
    expect(formatList('en', ['a', 'b', 'c'])).toBe('a, b and c');
    expect(formatList('pl', ['a', 'b'])).toBe('a i b');
  });

  it('tell the time with the one clock the browser scripts use too, in every language, at every quarter hour', () => {
    // There were two English clocks: this one wrote midnight as "12am", the pages' and scripts' as "midnight".
    expect(formatTime('en', '00:00')).toBe('midnight');
    for (const language of LANGUAGES)
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        expect(formatTime(language.code, clock), `${language.code} ${clock}`).toBe(timeInLocale(language.locale, clock));
      }
  });
});

describe('the read-aloud player’s words', () => {
  it('travel on the Listen button in each language and come back whole; English when missing or broken', () => {
    for (const language of LANGUAGES) {
      const words = listenWords(translator(language.code));
      expect(unpackListenWords(packListenWords(words))).toEqual(words);
      expect(words.pause).toBe(translator(language.code)('listen.pause'));
    }
    expect(unpackListenWords(undefined)).toEqual(ENGLISH_LISTEN_WORDS);
    expect(unpackListenWords('a|b')).toEqual(ENGLISH_LISTEN_WORDS);
    expect(listenWords(translator('en'))).toEqual(ENGLISH_LISTEN_WORDS);
  });
});
