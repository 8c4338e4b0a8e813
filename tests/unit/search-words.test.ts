import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/lib/edit-distance.ts';
import { closestWord, didYouMean, knownWords } from '../../src/lib/search/did-you-mean.ts';
import { LEADING_PAGES, mergeResults } from '../../src/lib/search/merge-results.ts';
import { normaliseTyped, planSearch } from '../../src/lib/search/query.ts';
import { wordsTheListReplaces } from '../../src/lib/search/words-the-list-replaces.ts';
import { parseContentYaml } from '../../src/lib/yaml.ts';
import { searchWordsSchema } from '../../src/schemas/search-words.ts';

const list = {
  words: [
    { search: 'broadband', for: ['brodband', 'broad band'] },
    { search: 'cheaper broadband', for: ['afford internet'] },
    { search: 'cheaper', for: ['afford'] },
    { search: 'laptop', for: ['labtop'] },
  ],
  ignore: ['i', "can't", 'me', 'my', 'help', 'use', 'for'],
};

describe('what the search searches for', () => {
  it('normalises case, curly apostrophes and punctuation', () => {
    expect(normaliseTyped('  I Can’t   afford INTERNET?! ')).toBe("i can't afford internet");
  });

  it('replaces misspellings, longest phrase first, and leaves out everyday words', () => {
    expect(planSearch('brodband', list)).toEqual({ query: 'broadband', words: ['broadband'], changed: true });
    expect(planSearch("I can't afford internet", list)).toEqual({ query: 'cheaper broadband', words: ['cheaper', 'broadband'], changed: true });
    expect(planSearch('afford a labtop', list).query).toBe('cheaper a laptop');
    expect(planSearch('help me use my phone', list).query).toBe('phone');
  });

  it('does not replace part of a word', () => {
    expect(planSearch('labtops', list).query).toBe('labtops');
  });

  it('keeps the words when every word is an everyday word', () => {
    expect(planSearch('help me', list).query).toBe('help me');
  });
});

describe('did you mean', () => {
  it('counts single-letter changes, a swap counting once', () => {
    expect(editDistance('librery', 'library')).toBe(1);
    expect(editDistance('labtop', 'laptop')).toBe(1);
    expect(editDistance('brodband', 'broadband')).toBe(1);
    expect(editDistance('form', 'from')).toBe(1);
    expect(editDistance('tablet', 'laptop', 2)).toBe(3);
  });

  it('suggests the closest known word, and nothing for short or known words', () => {
    const known = knownWords(['Free Wi-Fi at the Library', 'Borrow a laptop', 'Broadband advice']);
    expect(known).toEqual(['advice', 'borrow', 'broadband', 'free', 'laptop', 'library', 'wi-fi']);
    expect(closestWord('librery', known)).toBe('library');
    expect(closestWord('library', known)).toBeUndefined();
    expect(closestWord('wfi', known)).toBeUndefined();
    expect(didYouMean(['borow', 'labtop'], known)).toBe('borrow laptop');
    expect(didYouMean(['zebra'], known)).toBeUndefined();
  });
});

describe('the order of results', () => {
  it('puts whole matches first, then more words matched, then help before other pages, each result once', () => {
    const lesson = { id: 'lesson', score: 5 };
    const listing = { id: 'listing', score: 2 };
    const both = { id: 'both-words', score: 1 };
    const merged = mergeResults(
      [
        { whole: true, results: [] },
        { whole: false, results: [lesson, listing, both] },
        { whole: false, results: [both] },
      ],
      { helpIds: new Set(['listing']) },
    );
    expect(merged.map((r) => r.id)).toEqual(['both-words', 'listing', 'lesson']);
    expect(
      mergeResults(
        [
          { whole: true, results: [lesson, listing] },
          { whole: false, results: [lesson] },
        ],
        { helpIds: new Set() },
      ).map((r) => r.id),
    ).toEqual(['lesson', 'listing']);
  });

  it(`on a large directory, puts the ${LEADING_PAGES} best pages that are not listings before the shelves of listings, when they match as many words (before, at 25,000 listings "laptop" showed ten places and no list)`, () => {
    // Shelves that outscore the list and the guide (as at 25,000 listings).
    const shelves = Array.from({ length: 6 }, (_, n) => ({ id: `shelf-${n}`, score: 50 - n }));
    const list = { id: 'devices-to-borrow', score: 4 };
    const guide = { id: 'choosing-a-laptop', score: 3 };
    const module = { id: 'training-module', score: 2 };
    const wordOnly = { id: 'one-word-only', score: 40 };
    const runs = [
      { whole: true, results: [...shelves, list, guide, module] },
      { whole: false, results: [wordOnly] },
    ];
    const kinds = { helpIds: new Set(['devices-to-borrow', ...shelves.map((s) => s.id)]), shelfIds: new Set(shelves.map((s) => s.id)) };
    const order = mergeResults(runs, kinds).map((r) => r.id);
    expect(order.slice(0, LEADING_PAGES + 1)).toEqual(['devices-to-borrow', 'choosing-a-laptop', 'shelf-0']);
    // The rest keep their order: shelves by score, then the other pages, then what matched one word alone.
    expect(order.slice(LEADING_PAGES)).toEqual([...shelves.map((s) => s.id), 'training-module', 'one-word-only']);
    // A page that matched fewer words does not jump ahead of shelves that matched the whole search.
    const partOnly = mergeResults(
      [
        { whole: true, results: shelves },
        { whole: false, results: [list] },
      ],
      kinds,
    ).map((r) => r.id);
    expect(partOnly).toEqual([...shelves.map((s) => s.id), 'devices-to-borrow']);
    // Shelves so low that every page outscores them (as at 10,000 listings): the best
    // shelf still comes right after the leading pages, measured against the best shelf.
    const lowShelves = Array.from({ length: 3 }, (_, n) => ({ id: `low-shelf-${n}`, score: 0.3 - n / 10 }));
    const pages = Array.from({ length: 8 }, (_, n) => ({ id: `page-${n}`, score: 5 - n / 2 }));
    const low = mergeResults([{ whole: true, results: [...pages, ...lowShelves] }], {
      helpIds: new Set(lowShelves.map((s) => s.id)),
      shelfIds: new Set(lowShelves.map((s) => s.id)),
    }).map((r) => r.id);
    expect(low.slice(0, 3)).toEqual(['page-0', 'page-1', 'low-shelf-0']);
    // Without shelves (a small directory, or one area), the order is by score alone.
    expect(
      mergeResults(runs, { helpIds: kinds.helpIds })
        .map((r) => r.id)
        .slice(0, 2),
    ).toEqual(['shelf-0', 'shelf-1']);
  });
});

describe('the word list of the fixture site (a copy of the shipped one)', () => {
  it('is valid, and turns the misspellings people reported into words the site uses', () => {
    const words = searchWordsSchema.parse(parseContentYaml(readFileSync('tests/fixtures/site/content/search-words.yaml', 'utf8')));
    expect(planSearch('brodband', words).query).toBe('broadband');
    expect(planSearch('labtop', words).query).toBe('laptop');
    expect(planSearch('librery', words).query).toBe('library');
    expect(planSearch("I can't afford internet", words).query).toBe('cheaper broadband');
    expect(planSearch('wifi', words).query).toBe('wi-fi');
  });

  it('refuses upper case and symbols, with a message that says what to write', () => {
    const result = searchWordsSchema.safeParse({ words: [{ search: 'Broadband!', for: ['brodband'] }], ignore: [] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain('lower case');
  });
});

describe("the words a search for the site's own names keeps", () => {
  const list = {
    words: [
      { search: 'cheaper', for: ['afford', 'cheap'] },
      { search: 'sim data', for: ['sim card', 'sim'] },
      { search: 'computer', for: ['computers', 'pc'] },
    ],
    ignore: ['help'],
  };

  it('names the word an entry takes away, and the phrase that took it', () => {
    expect(wordsTheListReplaces('Cheap refurbished devices', list)).toEqual([{ word: 'cheap', typed: 'cheap', search: 'cheaper' }]);
    expect(wordsTheListReplaces('Free SIM card or data', list)).toEqual([{ word: 'card', typed: 'sim card', search: 'sim data' }]);
  });

  it('keeps a word searched as its singular or plural, a word an entry keeps, and everyday words the list leaves out', () => {
    expect(wordsTheListReplaces('Computers you can use', list)).toEqual([]);
    expect(wordsTheListReplaces('Free SIM or data', list)).toEqual([]);
    expect(wordsTheListReplaces('Help on the phone', list)).toEqual([]);
    expect(wordsTheListReplaces('Cheaper broadband', list)).toEqual([]);
  });

  it('does not count everyday words that the search leaves out anyway ("help on the phone" searched as "phone")', () => {
    const phone = { search: 'phone', for: ['help on the phone'] };
    expect(wordsTheListReplaces('Help on the phone', { words: [phone], ignore: ['help', 'on', 'the'] })).toEqual([]);
    expect(wordsTheListReplaces('Help on the phone', { words: [phone], ignore: [] }).map((replaced) => replaced.word)).toEqual(['help', 'on', 'the']);
  });
});
