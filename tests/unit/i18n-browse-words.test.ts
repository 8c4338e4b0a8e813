/**
 * The words of the lists of help and the near-me page in each language
 * (keys browse.* in src/lib/i18n/catalogues/<code>.ts): the count of a list and of a result's other places
 * in each language's plural forms, list headings built from the controlled lists' words, and
 * what the near-me script says, from its words file, in Welsh, Urdu and Polish.
 */
import { describe, expect, it } from 'vitest';
import { catalogueParts } from '../support/catalogue-words.ts';

const { en, cy, ur, pl } = catalogueParts('browse');
import { translator } from '../../src/lib/i18n/translate.ts';
import { nearWords } from '../../src/lib/near/near-words.ts';
import { MAX_MILES } from '../../src/lib/near/nearby-search.ts';
import { milesAway, otherPlacesWords, resultsStatus } from '../../src/lib/near/words.ts';
import { directoryWordsIn, listHeadingIn } from '../../src/lib/views/directory-words.ts';
import { listHeading } from '../../src/lib/directory/list-pages.ts';
import { directoryFacets } from '../../src/lib/directory/facets.ts';

describe('the count of a list in each language’s plural forms', () => {
  it('English: one and other', () => {
    expect([0, 1, 2, 12].map((n) => translator('en').plural('browse.list.total', n))).toEqual(['0 places and services', '1 place or service', '2 places and services', '12 places and services']);
  });
  it('Welsh: zero, one, two, few, many and other', () => {
    expect([0, 1, 2, 3, 6, 7, 12].map((n) => translator('cy').plural('browse.list.total', n))).toEqual([
      '0 o leoedd a gwasanaethau',
      '1 lle neu wasanaeth',
      '2 le neu wasanaeth',
      '3 lle neu wasanaeth',
      '6 lle neu wasanaeth',
      '7 o leoedd a gwasanaethau',
      '12 o leoedd a gwasanaethau',
    ]);
  });
  it('Polish: one, few and many', () => {
    expect([1, 2, 4, 5, 12, 22, 25].map((n) => translator('pl').plural('browse.list.total', n))).toEqual([
      '1 miejsce lub usługa',
      '2 miejsca lub usługi',
      '4 miejsca lub usługi',
      '5 miejsc lub usług',
      '12 miejsc lub usług',
      '22 miejsca lub usługi',
      '25 miejsc lub usług',
    ]);
  });
  it('Urdu: one and other', () => {
    expect([1, 2, 12].map((n) => translator('ur').plural('browse.list.total', n))).toEqual(['1 جگہ یا سروس', '2 جگہیں اور سروسز', '12 جگہیں اور سروسز']);
  });
  it('every plural message has every form its language uses', () => {
    const categories = (locale: string) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const [code, words] of Object.entries({ cy, ur, pl })) {
      const locale = translator(code).language.locale;
      for (const [key, message] of Object.entries(words)) {
        if (typeof en[key as keyof typeof en] === 'string') continue;
        for (const category of categories(locale)) if (typeof message !== 'object' || !(category in message)) missing.push(`${code} ${key} ${category}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('list headings', () => {
  const areaName = (id: string) => ({ eastbrook: 'Eastbrook' })[id] ?? id;
  const filters = [
    { kind: 'free-wifi' },
    { area: 'eastbrook' },
    { kind: 'free-wifi', area: 'eastbrook' },
    { kind: 'free-wifi', area: 'area-not-known' },
    { area: 'area-not-known' },
    { cost: 'free' },
    { cost: 'not-known' },
    { audience: 'older-people' },
    { support: 'sight-loss' },
    { language: 'pl' },
  ];

  it('are in English as they were (the same words as listHeading)', () => {
    const words = directoryWordsIn(translator('en'), areaName);
    for (const f of filters) expect(listHeadingIn(translator('en'), f, words.valueLabel)).toBe(listHeading(f, (facet, value) => directoryFacets({ ids: [], nameOf: areaName })[facet].labelOf(value)));
  });

  it('are in Welsh, Urdu and Polish, with the lists’ terms in the language', () => {
    const heading = (code: string, f: (typeof filters)[number]) => listHeadingIn(translator(code), f, directoryWordsIn(translator(code), areaName).valueLabel);
    expect(heading('cy', { kind: 'free-wifi', area: 'eastbrook' })).toBe('Wi-Fi am ddim yn Eastbrook');
    expect(heading('cy', { audience: 'older-people' })).toBe('Help ar gyfer: pobl hŷn');
    expect(heading('cy', { language: 'pl' })).toBe('Help mewn iaith: Pwyleg');
    expect(heading('ur', { kind: 'free-wifi', area: 'eastbrook' })).toBe('Eastbrook میں مفت وائی فائی');
    expect(heading('pl', { cost: 'free' })).toBe('Pomoc bezpłatna dla wszystkich');
    expect(heading('pl', { area: 'area-not-known' })).toBe('Pomoc w nieznanej okolicy');
  });
});

describe('what the near-me script says, in each language', () => {
  it('English is word for word what it said before', () => {
    const words = nearWords(translator('en'));
    expect(resultsStatus({ shown: 0, more: false, postcode: undefined, kindLabel: 'Free Wi-Fi', openNow: true }, words)).toBe(
      `No places found within ${MAX_MILES} miles of you. Kind of help: Free Wi-Fi. Open now only. Try again without Open now, or with any kind of help.`,
    );
    expect([milesAway(0.04, words), milesAway(1.26, words)]).toEqual(['Less than 0.1 miles away', '1.3 miles away']);
  });

  it('Welsh: the results, distances and other places in Welsh', () => {
    const words = nearWords(translator('cy'));
    expect(resultsStatus({ shown: 10, more: true, postcode: 'NM3 4EF' }, words)).toBe('Yn dangos y 10 lle agosaf i NM3 4EF.');
    expect(resultsStatus({ shown: 0, more: false, postcode: undefined, openNow: true }, words)).toBe(
      `Dim lleoedd o fewn ${MAX_MILES} milltir i chi. Ar agor nawr yn unig. Rhowch gynnig arall heb Ar agor nawr.`,
    );
    expect(milesAway(1.26, words)).toBe('1.3 milltir i ffwrdd');
    expect([2, 3, 4, 8].map((n) => otherPlacesWords(n, words))).toEqual(['Hefyd mewn 1 lle arall', 'Hefyd mewn 2 le arall', 'Hefyd mewn 3 lle arall', 'Hefyd mewn 7 o leoedd eraill']);
  });

  it('Polish: a decimal comma and four plural forms', () => {
    const words = nearWords(translator('pl'));
    expect(milesAway(1.26, words)).toBe('1,3 mili stąd');
    expect([2, 3, 6].map((n) => otherPlacesWords(n, words))).toEqual(['Także w 1 innym miejscu', 'Także w 2 innych miejscach', 'Także w 5 innych miejscach']);
  });

  it('Urdu: in Urdu, with the postcode kept as written', () => {
    const words = nearWords(translator('ur'));
    expect(resultsStatus({ shown: 1, more: false, postcode: 'NM3 4EF' }, words)).toBe(`NM3 4EF سے ${MAX_MILES} میل کے اندر واحد جگہ دکھائی جا رہی ہے۔`);
    expect(otherPlacesWords(3, words)).toBe('2 اور جگہوں پر بھی');
  });
});
