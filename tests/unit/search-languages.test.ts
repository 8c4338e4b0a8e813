import { describe, expect, it } from 'vitest';
import { listingShelves } from '../../src/lib/search/listing-shelves.ts';
import { itemsOfPage, SHELF_PATH } from '../../src/lib/search/shelf-results.ts';
import { resultStatus, sayCount } from '../../src/lib/search/page-words.ts';
import { searchPageWords, SEARCH_TYPES } from '../../src/lib/search/page-words-of.ts';
import { htmlLang, searchIndexLanguage } from '../../src/lib/search/index-language.ts';
import { serviceSearchRecord, serviceSearchRecords } from '../../src/lib/directory/search-record.ts';
import { translator } from '../../src/lib/i18n/translate.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { HELP_SEARCH_TYPE } from '../../src/lib/search/help-type.ts';
import { knownWords } from '../../src/lib/search/did-you-mean.ts';
import { normaliseTyped } from '../../src/lib/search/query.ts';
import type { Service } from '../../src/schemas/service.ts';

describe("the search script's words, from the page's language", () => {
  it('says result counts with each language’s plural rules (Welsh two and few, Polish few and many)', () => {
    const cy = searchPageWords(translator('cy'));
    expect(sayCount(cy.count, 2, cy.locale)).toBe('2 ganlyniad');
    expect(sayCount(cy.count, 3, cy.locale)).toBe('3 chanlyniad');
    const pl = searchPageWords(translator('pl'));
    expect([1, 3, 5, 22].map((n) => sayCount(pl.count, n, pl.locale))).toEqual(['1 wynik', '3 wyniki', '5 wyników', '22 wyniki']);
    const en = searchPageWords(translator('en'));
    expect([1, 2].map((n) => sayCount(en.count, n, en.locale))).toEqual(['1 result', '2 results']);
  });

  it('says what English said before (results, an area first, the closest words, none)', () => {
    const en = searchPageWords(translator('en'));
    expect(resultStatus(en, { term: 'wifi', shown: 3, total: 3 })).toBe('3 results for "wifi".');
    expect(resultStatus(en, { term: 'wifi', shown: 1, total: 1, area: 'Westfield' })).toBe('1 result for "wifi", with Westfield first.');
    expect(resultStatus(en, { term: 'refurbshed', shown: 2, total: 2, closest: 'refurbished' })).toBe('No results for "refurbshed". 2 results for "refurbished", the closest words on this site.');
    expect(resultStatus(en, { term: 'zqx', shown: 0, total: 0 })).toBe('No results for "zqx".');
    expect(resultStatus(en, { term: 'wifi', shown: 10, total: undefined })).toBe('The first 10 results for "wifi".');
  });

  it('keeps what was typed in its own direction on a right-to-left page (Urdu), and only there', () => {
    const ur = searchPageWords(translator('ur'));
    expect(resultStatus(ur, { term: 'laptop', shown: 2, total: 2 }, true)).toBe('"\u2068laptop\u2069" کے لیے 2 نتائج۔');
    expect(resultStatus(ur, { term: 'laptop', shown: 0, total: 0 }, true)).toBe('"\u2068laptop\u2069" کے لیے کوئی نتیجہ نہیں ملا۔');
    expect(resultStatus(ur, { term: 'laptop', shown: 2, total: 2 })).toBe('"laptop" کے لیے 2 نتائج۔');
  });

  it('names every type of content the filter offers in each language, and keeps each type’s value as pages give it', () => {
    expect(SEARCH_TYPES.map(([value]) => value)).toContain(HELP_SEARCH_TYPE);
    for (const language of LANGUAGES.filter((l) => l.code !== 'en')) {
      const t = translator(language.code);
      expect(SEARCH_TYPES.filter(([, key]) => !t.has(key)).map(([, key]) => `${language.code}: ${key}`)).toEqual([]);
    }
    expect(translator('cy')('search.type.help')).toBe('Help a gwasanaethau');
  });
});

describe('search index languages', () => {
  it('names each language’s index as Pagefind does from the page’s lang', () => {
    expect(LANGUAGES.map((language) => [htmlLang(language.code), searchIndexLanguage(language.code)])).toEqual([
      ['en-GB', 'en-gb'],
      ['cy', 'cy'],
      ['ur', 'ur'],
      ['pl', 'pl'],
    ]);
  });

  it('puts a Welsh shelf under /cy/ with lang="cy", and its listings link to their Welsh pages', () => {
    const [shelf] = listingShelves([{ id: 'laptop-loans', name: 'Laptop loans', text: 'Benthyg gliniadur.' }], 10, { lang: 'cy', path: `/cy${SHELF_PATH}` });
    expect(shelf!.url).toBe(`/cy${SHELF_PATH}1/`);
    expect(shelf!.content).toContain('<html lang="cy">');
    // Pagefind names each part of a shelf by its heading's id.
    const heading = /<h2 id="([^"]+)">/.exec(shelf!.content)![1]!;
    const data = { url: shelf!.url, excerpt: '', meta: { title: 'Listings' }, filters: {}, sub_results: [{ title: 'Laptop loans', url: `${shelf!.url}#${heading}`, excerpt: '', locations: [1] }] };
    expect(itemsOfPage(data).map((item) => item.url)).toEqual(['/cy/services/laptop-loans/']);
    expect(itemsOfPage({ ...data, url: `/hub${shelf!.url}`, sub_results: data.sub_results.map((part) => ({ ...part, url: `/hub${part.url}` })) }, '/hub/').map((item) => item.url)).toEqual([
      '/hub/cy/services/laptop-loans/',
    ]);
  });

  const service = {
    name: 'Laptop loans',
    status: 'active',
    summary: 'Borrow a laptop.',
    description: 'Ask at the desk.',
    kinds: ['device-to-borrow'],
    organisation: 'library',
    areas: ['north'],
    translations: { cy: { status: 'draft', summary: 'Benthyg gliniadur.', description: 'Gofynnwch wrth y ddesg.' } },
  } as unknown as Service;
  const context = { areaIds: ['north', 'south'], areaName: (id: string) => id.toUpperCase(), organisationName: () => 'The Library' };

  it('writes one record per language, each at its language’s page, with the translated words where there are some', () => {
    const records = serviceSearchRecords({ id: 'laptop-loans', data: service }, context);
    expect(records.map((record) => [record.url, record.language])).toEqual([
      ['/services/laptop-loans/', 'en-gb'],
      ['/cy/services/laptop-loans/', 'cy'],
      ['/ur/services/laptop-loans/', 'ur'],
      ['/pl/services/laptop-loans/', 'pl'],
    ]);
    const [en, cy, ur] = records;
    expect(en!.content).toContain('Borrow a laptop.');
    expect(en!.content).toContain('Run by The Library.');
    expect(cy!.content).toContain('Benthyg gliniadur.');
    expect(cy!.content).toContain('Gofynnwch wrth y ddesg.');
    expect(cy!.content).not.toContain('Borrow a laptop.');
    expect(cy!.content).toContain(translator('cy')('search.record.runBy', { organisation: 'The Library' }));
    // Not translated into Urdu: the English summary.
    expect(ur!.content).toContain('Borrow a laptop.');
    expect(en).toEqual(serviceSearchRecord({ id: 'laptop-loans', data: service }, context));
  });
});

describe('words in other scripts', () => {
  it('keeps Urdu words whole, with their vowel marks', () => {
    expect(normaliseTyped('کمپیوٹر کی مدد')).toBe('کمپیوٹر کی مدد');
    expect(normaliseTyped('مُفت')).toBe('مُفت');
    expect(knownWords(['مُفت وائی فائی'], 'ur')).toEqual(['فائی', 'مُفت', 'وائی']);
  });
});
