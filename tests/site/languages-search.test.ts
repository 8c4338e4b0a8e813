/**
 * Search in each language (issue 16), over the test fixture site: Pagefind keeps an index per
 * language, every listing has a record in each language's index that links to its page in that
 * language, pages are indexed under their own <html lang>, and the search page in each language
 * speaks that language (its page, and the words its script shows).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { join, relative } from 'node:path';
import { EVERY_BUILT_SITE, SHIPPED_SITE, SPLIT_TEST_SITE, TEST_SITE } from '../support/built-site.ts';
import { staticImportsOf } from '../../scripts/lib/module-graph.ts';
import { CORE_SEARCH_BUNDLE } from '../../src/lib/search-split.ts';
import { SEARCH_FILES_ATTRIBUTE, type PagefindEntry, type SearchFilesBlock } from '../../src/lib/search/first-search-files.ts';
import { indexedRecords, indexLanguages } from '../support/search-index-files.ts';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { isAvailable } from '../../src/lib/directory/listing.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { inLanguage, languageOfPath } from '../../src/lib/i18n/paths.ts';
import { translator } from '../../src/lib/i18n/translate.ts';
import type { Message } from '../../src/lib/i18n/catalogue.ts';
import { catalogueParts } from '../support/catalogue-words.ts';

const searchWords = catalogueParts('search');
import { routes } from '../../src/lib/routes.ts';
import { htmlLang, searchIndexLanguage } from '../../src/lib/search/index-language.ts';
import { translatedField } from '../../src/lib/i18n/translated-fields.ts';

const content = checkContent({ root: FIXTURE_SITE, today: '2026-11-23' });
const listings = content.entries.get('services')!.filter((entry) => isAvailable(entry.data));
const bundle = join(TEST_SITE.dist, 'pagefind');
const OTHER = LANGUAGES.filter((language) => language.code !== 'en');

describe('search index per language (fixture site)', () => {
  it('has an index for each language the site is published in, and no other', () => {
    expect(indexLanguages(bundle)).toEqual(LANGUAGES.map((language) => searchIndexLanguage(language.code)).sort());
  });

  for (const language of LANGUAGES) {
    it(`${language.englishName}: every available listing has one record in the ${searchIndexLanguage(language.code)} index, at its ${language.englishName} page, with its ${language.englishName} summary where it has one`, () => {
      expect(listings.length).toBeGreaterThan(0);
      const records = indexedRecords(bundle, searchIndexLanguage(language.code));
      const problems: string[] = [];
      for (const listing of listings) {
        const url = inLanguage(language.code, routes.service(listing.id));
        const found = records.filter((record) => record.url === url);
        if (found.length !== 1) problems.push(`${listing.id}: ${found.length} records at ${url}`);
        const summary = translatedField(listing.data.translations, language.code, 'summary', listing.data.summary)!.text;
        if (found[0] && !found[0].content.includes(summary)) problems.push(`${listing.id}: the record lacks "${summary}"`);
      }
      expect(problems).toEqual([]);
    });

    it(`${language.englishName}: every listing's record links to a page that was built`, () => {
      const files = new Set(TEST_SITE.files());
      const missing = listings.map((listing) => inLanguage(language.code, routes.service(listing.id))).filter((url) => !files.has(`${url.slice(1)}index.html`));
      expect(missing).toEqual([]);
    });
  }

  it('the listings of one language are not in another language’s index', () => {
    const problems = LANGUAGES.flatMap((language) =>
      indexedRecords(bundle, searchIndexLanguage(language.code))
        .filter((record) => /\/services\//.test(record.url))
        .filter((record) => !record.url.startsWith(inLanguage(language.code, '/services/')))
        .map((record) => `${record.url} in ${language.code}`),
    );
    expect(problems).toEqual([]);
  });

  it('indexes every page marked for search under its own <html lang>', () => {
    const byLanguage = new Map(indexLanguages(bundle).map((language) => [language, new Set(indexedRecords(bundle, language).map((record) => record.url))]));
    const searched = TEST_SITE.pages().filter((page) => page.html.includes('data-pagefind-body'));
    expect(searched.length).toBeGreaterThan(0);
    const misplaced = searched
      .map((page) => ({ url: page.url, lang: (page.document.querySelector('html')?.getAttribute('lang') ?? '').toLowerCase() }))
      .filter(({ url, lang }) => !byLanguage.get(lang)?.has(url))
      .map(({ url, lang }) => `${url} (lang ${lang})`);
    expect(misplaced).toEqual([]);
  });
});

/** The literal words of an English message (between its placeholders) that a translated page must not show: pieces with a word of 3 letters or more. */
function englishPieces(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  return forms.flatMap((form) =>
    form
      .split(/\{\w+\}/)
      .map((piece) => piece.trim().replace(/^[\s,.:;"“”]+|[\s,.:;"“”]+$/g, ''))
      .filter((piece) => /\p{L}{3,}/u.test(piece)),
  );
}

/** The keys of the search's words a language translates (its words differ from English), with the English pieces it must not show. Record words are in the index, not the page. */
function translatedPieces(code: string): { key: string; pieces: string[] }[] {
  const own = searchWords[code as 'cy' | 'ur' | 'pl'] as Partial<Record<string, Message>>;
  return Object.entries(searchWords.en)
    .filter(([key]) => !key.startsWith('search.record.'))
    .filter(([key, english]) => own[key] !== undefined && JSON.stringify(own[key]) !== JSON.stringify(english))
    .map(([key, english]) => ({ key, pieces: englishPieces(english) }));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const searchPage = (code: string) => TEST_SITE.pages().find((page) => page.url === inLanguage(code, routes.search()));

describe('the search page in each language (fixture site)', () => {
  for (const language of LANGUAGES) {
    it(`${language.englishName}: is built at ${inLanguage(language.code, routes.search())} with lang="${htmlLang(language.code)}" dir="${language.dir}", its title in ${language.englishName}, and the word list of its language`, () => {
      const page = searchPage(language.code);
      expect(page, `${inLanguage(language.code, routes.search())} was not built`).toBeDefined();
      const html = page!.document.querySelector('html')!;
      expect(html.getAttribute('lang')).toBe(htmlLang(language.code));
      expect(html.getAttribute('dir')).toBe(language.dir);
      expect(page!.document.querySelector('h1')?.textContent.trim()).toBe(translator(language.code)('search.page.title'));
      const form = page!.document.querySelector('form[data-search-form]')!;
      expect(form.getAttribute('data-known-words-file')).toBe(inLanguage(language.code, routes.searchKnownWords()));
      // The word list is in the page; the words for "did you mean" are a file of their own, fetched only when a search finds nothing.
      const words = JSON.parse(page!.document.querySelector('script[data-search-word-list]')!.textContent) as Record<string, unknown>;
      expect(Object.keys(words).sort()).toEqual(['ignore', 'words']);
      const known = JSON.parse(readFileSync(join(TEST_SITE.dist, inLanguage(language.code, routes.searchKnownWords()).slice(1)), 'utf8')) as { known: string[] };
      expect(known.known.length).toBeGreaterThan(0);
    });
  }

  for (const language of LANGUAGES)
    it(`${language.englishName}: its "type" list offers exactly the kinds of page there are to find in ${language.englishName}`, () => {
      const inLanguage_ = TEST_SITE.pages().filter((page) => languageOfPath(page.url) === language.code);
      const indexed = new Set(inLanguage_.flatMap((page) => page.document.querySelectorAll('meta[name="search-type"]').map((meta) => meta.getAttribute('content')!)));
      const offered = searchPage(language.code)!
        .document.querySelectorAll('#search-type option')
        .map((option) => option.getAttribute('value')!)
        .filter(Boolean);
      expect(indexed.size).toBeGreaterThan(1);
      expect([...offered].sort()).toEqual([...indexed].sort());
    });

  for (const language of OTHER) {
    it(`${language.englishName}: shows none of the search's English words it has its own words for (page and the words its script gets)`, () => {
      const page = searchPage(language.code);
      expect(page, `${inLanguage(language.code, routes.search())} was not built`).toBeDefined();
      const main = parse(page!.document.querySelector('main')!.toString());
      // Content in English (the helpline's hours, shown as written) is marked lang="en"; it is not the catalogue's.
      for (const english of main.querySelectorAll('[lang="en"]')) english.remove();
      // Scripts in the page (the Listen control's loader) are code, not words shown.
      for (const script of main.querySelectorAll('script')) script.remove();
      // The words the script shows: the values in the page's data-search-words block.
      const values = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(values) : []);
      const scriptWords = values(JSON.parse(page!.document.querySelector('script[data-search-words]')!.textContent)).join('\n');
      const shown = `${main.textContent}\n${scriptWords}\n${page!.document.querySelector('title')!.textContent}\n${page!.document.querySelector('meta[name="description"]')!.getAttribute('content')}`;
      const pieces = translatedPieces(language.code);
      expect(pieces.length).toBeGreaterThan(20);
      const left = pieces.flatMap(({ key, pieces }) => pieces.filter((piece) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(piece)}($|[^\\p{L}])`, 'u').test(shown)).map((piece) => `${key}: "${piece}"`));
      expect(left).toEqual([]);
    });
  }

  it('names the areas file on the search page in every language, and that file lists every area of the directory, by id and name, in the order of their names', () => {
    // In the order of their names, as every list of areas on the site.
    const areas = content.entries
      .get('areas')!
      .map((entry) => entry.data as { id: string; name: string })
      .sort((a, b) => a.name.localeCompare(b.name));
    const file = JSON.parse(readFileSync(join(TEST_SITE.dist, routes.searchAreas().slice(1)), 'utf8')) as [string, string][];
    expect(areas.length).toBeGreaterThan(3);
    expect(file).toEqual(areas.map((area) => [area.id, area.name]));
    for (const language of LANGUAGES) {
      const form = searchPage(language.code)!.document.querySelector('form[data-search-form]')!;
      expect(form.getAttribute('data-areas-file')).toBe(routes.searchAreas());
      // The page itself carries no area names: the script adds them.
      expect(form.querySelectorAll('#search-area option').map((option) => option.getAttribute('value'))).toEqual(['']);
    }
  });

  it('the triage page carries no area names either: its area list names the same areas file (at 176 areas the names took it over 14 KiB)', () => {
    const triage = TEST_SITE.pages().find((page) => page.url === routes.triage())!;
    const select = triage.document.querySelector('#triage-area')!;
    expect(select.getAttribute('data-areas-file')).toBe(routes.searchAreas());
    expect(select.querySelectorAll('option')).toHaveLength(0);
    for (const area of content.entries.get('areas')!) expect(triage.document.querySelector('main')!.innerHTML).not.toContain(`value="${(area.data as { id: string }).id}"`);
  });

  it("the search page's scripts carry none of the search's English words (they come from the page)", () => {
    const page = searchPage('en');
    expect(page).toBeDefined();
    const scripts = page!.document
      .querySelectorAll('script[src]')
      .map((script) => readFileSync(join(TEST_SITE.dist, script.getAttribute('src')!.replace(/^\//, '')), 'utf8'))
      .join('\n');
    expect(scripts.length).toBeGreaterThan(0);
    const statusPieces = Object.entries(searchWords.en)
      .filter(([key]) => key.startsWith('search.status.') || key === 'search.more')
      .flatMap(([key, message]) =>
        englishPieces(message)
          .filter((piece) => piece.includes(' '))
          .map((piece) => ({ key, piece })),
      );
    expect(statusPieces.length).toBeGreaterThan(5);
    expect(statusPieces.filter(({ piece }) => scripts.includes(piece)).map(({ key, piece }) => `${key}: "${piece}"`)).toEqual([]);
  });

  for (const builtSite of [TEST_SITE, SPLIT_TEST_SITE, SHIPPED_SITE]) {
    it(`${builtSite.name}: each language's search page preloads, from its <head>, the modules its script imports and the core index's files (its own language's word rules), and its data-search-files block names the merged indexes' files (before, its script asked for the core's files once it had run); each is there`, () => {
      const problems: string[] = [];
      const core = JSON.parse(readFileSync(join(builtSite.dist, CORE_SEARCH_BUNDLE, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
      for (const language of LANGUAGES) {
        const url = inLanguage(language.code, routes.search());
        const document = builtSite.pages().find((page) => page.url === url)?.document;
        const block = document?.querySelector(`script[${SEARCH_FILES_ATTRIBUTE}]`);
        if (!document || !block) {
          problems.push(`${url}: no data-search-files block`);
          continue;
        }
        const files = JSON.parse(block.text) as SearchFilesBlock;
        const split = document.querySelector('[data-split="areas"]') !== null;
        const script = document.querySelector('script[type="module"][src]')!.getAttribute('src')!;
        const imports = staticImportsOf(join(builtSite.dist, script.slice(1))).map((file) => `/${relative(builtSite.dist, file)}`);
        const modules = document.querySelectorAll('link[rel="modulepreload"]').map((link) => link.getAttribute('href')!);
        if (modules.join() !== imports.join()) problems.push(`${url}: preloads modules ${modules.join()}, not the modules its script imports, ${imports.join()}`);
        const coreFiles = document.querySelectorAll('link[rel="preload"][as="fetch"]').map((link) => link.getAttribute('href')!);
        const index = core.languages[searchIndexLanguage(language.code)];
        const wantedCore = [
          `/${CORE_SEARCH_BUNDLE}pagefind-entry.json?ts=${files.tag}`,
          `/${CORE_SEARCH_BUNDLE}pagefind.${index?.hash}.pf_meta`,
          `/${CORE_SEARCH_BUNDLE}wasm.${index?.wasm ?? 'unknown'}.pagefind`,
        ];
        if (coreFiles.join() !== wantedCore.join()) problems.push(`${url}: preloads ${coreFiles.join()}, not the core index's files ${wantedCore.join()}`);
        // Fetched with the page's own credentials, as Pagefind's fetch() asks for them, or the browser fetches each twice.
        for (const link of document.querySelectorAll('link[rel="preload"]'))
          if (link.getAttribute('crossorigin') !== '') problems.push(`${url}: preloads ${link.getAttribute('href')} without crossorigin`);
        if (split !== files.merged.length > 0) problems.push(`${url}: names ${files.merged.length} merged files on a site ${split ? '' : 'not '}searched area by area`);
        for (const file of [...modules, ...coreFiles, ...files.merged]) if (!existsSync(join(builtSite.dist, file.slice(1).split('?')[0]!))) problems.push(`${url}: names ${file}, which is not there`);
      }
      expect(problems).toEqual([]);
    });
  }

  for (const builtSite of [TEST_SITE, SPLIT_TEST_SITE, SHIPPED_SITE]) {
    it(`${builtSite.name}: each language's search page preloads Pagefind's code from its <head>, as a script fetched as its script imports it (before, its script asked once it had run: on Slow 4G at 25,000 listings, "laptop" showed 1,048 ms after Enter)`, () => {
      const problems: string[] = [];
      const wanted = `/${CORE_SEARCH_BUNDLE}pagefind.js`;
      for (const language of LANGUAGES) {
        const url = inLanguage(language.code, routes.search());
        const head = builtSite
          .pages()
          .find((page) => page.url === url)
          ?.document.querySelector('head');
        const preloads = head?.querySelectorAll(`link[rel="preload"][href="${wanted}"]`) ?? [];
        if (preloads.length !== 1) problems.push(`${url}: preloads ${wanted} ${preloads.length} times, not once`);
        // A module is fetched with the page's credentials ("crossorigin"): a preload without it would not be used, and the code would come twice.
        else if (preloads[0]!.getAttribute('as') !== 'script' || preloads[0]!.getAttribute('crossorigin') !== '')
          problems.push(`${url}: preloads ${wanted} as "${preloads[0]!.getAttribute('as')}", not as a script with crossorigin`);
      }
      if (!existsSync(join(builtSite.dist, wanted))) problems.push(`${wanted} is not there`);
      expect(problems).toEqual([]);
    });
  }

  for (const builtSite of EVERY_BUILT_SITE) {
    it(`${builtSite.name}: the search page's script loads no other module (before, it loaded the site's addresses and the postcode reader, 2 KB more for every first search; and then the bundler's helper for preloading, 1.1 KB with its request, around Pagefind's import, which has nothing to preload)`, () => {
      const document = builtSite.pages().find((page) => page.url === routes.search())!.document;
      const script = document.querySelector('script[type="module"][src]')!.getAttribute('src')!;
      const imports = staticImportsOf(join(builtSite.dist, script.slice(1))).map((file) => relative(builtSite.dist, file));
      expect(imports).toEqual([]);
    });
  }
});
