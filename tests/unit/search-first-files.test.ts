/**
 * The files a first search asks for ahead (src/lib/search/first-search-files.ts): the language
 * index Pagefind will choose for the page, and every file of the core and merged indexes.
 */
import { describe, expect, it } from 'vitest';
import { entryFileAddress, firstSearchFiles, pagefindLanguageIndex, type PagefindEntry } from '../../src/lib/search/first-search-files.ts';

const entry: PagefindEntry = {
  languages: {
    'en-gb': { hash: 'en-gb_111', wasm: 'en-gb', page_count: 40 },
    cy: { hash: 'cy_222', wasm: null, page_count: 12 },
    pl: { hash: 'pl_333', wasm: 'pl', page_count: 50 },
  },
};

describe('which language index a search page loads (as Pagefind chooses it)', () => {
  it('is the index of the page language, whatever its case', () => {
    expect(pagefindLanguageIndex(entry, 'en-GB')?.hash).toBe('en-gb_111');
    expect(pagefindLanguageIndex(entry, 'cy')?.hash).toBe('cy_222');
  });
  it('is the language without its region when only that is there', () => {
    expect(pagefindLanguageIndex(entry, 'cy-GB')?.hash).toBe('cy_222');
  });
  it('is the index with the most pages when the language has none (not the first one listed)', () => {
    expect(pagefindLanguageIndex(entry, 'ur')?.hash).toBe('pl_333');
  });
  it('is nothing for an index with no languages', () => {
    expect(pagefindLanguageIndex({ languages: {} }, 'en-GB')).toBeUndefined();
  });
});

describe('the files a first search needs', () => {
  const merged: PagefindEntry = { languages: { 'en-gb': { hash: 'en-gb_999', wasm: 'en-gb', page_count: 3 }, cy: { hash: 'cy_888', wasm: null, page_count: 3 } } };

  it("names the core's entry, word rules and WebAssembly, and apart from them each merged index's entry and word rules", () => {
    const files = firstSearchFiles('/', 'en-GB', { folder: 'pagefind/', entry }, [{ folder: 'pagefind-main/', entry: merged }], 'abc123');
    expect(files).toEqual({
      tag: 'abc123',
      core: ['/pagefind/pagefind-entry.json?ts=abc123', '/pagefind/pagefind.en-gb_111.pf_meta', '/pagefind/wasm.en-gb.pagefind'],
      merged: ['/pagefind-main/pagefind-entry.json?ts=abc123', '/pagefind-main/pagefind.en-gb_999.pf_meta'],
    });
  });

  it('names no merged files when nothing is merged (a directory searched whole)', () => {
    expect(firstSearchFiles('/', 'en-GB', { folder: 'pagefind/', entry }, [], 'abc123').merged).toEqual([]);
  });

  it('names the WebAssembly with no word stemming for a language Pagefind has no stemming for, under the site base', () => {
    const files = firstSearchFiles('/hub/', 'cy', { folder: 'pagefind/', entry }, [{ folder: 'pagefind-listings/', entry: merged }], 't');
    expect(files.core[0]).toBe('/hub/pagefind/pagefind-entry.json?ts=t');
    expect(files.core).toContain('/hub/pagefind/wasm.unknown.pagefind');
    expect(files.merged).toEqual(['/hub/pagefind-listings/pagefind-entry.json?ts=t', '/hub/pagefind-listings/pagefind.cy_888.pf_meta']);
    expect([...files.core, ...files.merged].filter((file) => file.includes('wasm'))).toHaveLength(1);
  });

  it("writes the entry file's address as Pagefind asks for it with a tag", () => {
    expect(entryFileAddress('/', 'pagefind/', '0f3a')).toBe('/pagefind/pagefind-entry.json?ts=0f3a');
  });
});
