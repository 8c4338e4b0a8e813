import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FIXTURE_CONTENT, FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { serveFolder } from '../../scripts/lib/static-server.ts';
import { useBrowserOnBuiltSite, watchPage } from '../support/browser.ts';
import { SPLIT_TEST_SITE, TEST_SITE } from '../support/built-site.ts';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { courseAreas, isCourseListed } from '../../src/lib/courses.ts';
import { areasServed } from '../../src/lib/directory/listing.ts';
import { directoryNames } from '../../src/lib/directory/names.ts';
import { serviceSearchRecord } from '../../src/lib/directory/search-record.ts';
import { CORE_SEARCH_BUNDLE, LISTINGS_SEARCH_BUNDLE } from '../../src/lib/search-split.ts';
import { routes } from '../../src/lib/routes.ts';
import { kindsOfHelp } from '../../src/lib/vocabulary/index.ts';
import { planSearch } from '../../src/lib/search/query.ts';
import { areaMarkName } from '../../src/lib/search/area-mark.ts';
import { NOT_HELP_MARK } from '../../src/lib/search/help-type.ts';
import { parseContentYaml } from '../../src/lib/yaml.ts';
import { searchWordsSchema } from '../../src/schemas/search-words.ts';
import { listingsWithRareNameWords, syntheticDirectory } from '../../scripts/lib/synthetic-feed.ts';
import { closeSearchIndexer, writeListingsInShort } from '../../scripts/lib/search-index.ts';
import { addSearchPreloads } from '../../scripts/lib/search-preloads.ts';
import { SEARCH_FILES_ATTRIBUTE, type SearchFilesBlock } from '../../src/lib/search/first-search-files.ts';

const content = checkContent({ root: FIXTURE_SITE, today: '2026-11-23' });
const site = useBrowserOnBuiltSite();
const areaIds = content.entries.get('areas')!.map((area) => area.id);

async function search(page: Page, term: string): Promise<string[]> {
  await page.getByLabel('Search the site').fill(term);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect
    .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 })
    .toMatch(new RegExp(`(results? for|No results for) "${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  return page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

/** Kinds of help as people type them, that many places on both test sites give. */
const KINDS_OF_HELP_TYPED = ['laptop', 'wifi', 'help with forms', 'free sim'];

/**
 * With no area chosen on a large directory, a search for a kind of help shows both: a page that
 * is not a listing (the list of places, a guide) in its first 3 results, and at least 3 places in
 * its first 10. Listings are found on shelves (src/lib/search/listing-shelves.ts), which score
 * differently as the directory grows, so this is checked at 50 and at 10,000 listings.
 */
async function expectGuidesAndPlaces(origin: string, terms: readonly string[]): Promise<void> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/search/`);
  for (const term of terms) {
    const found = await search(page, term);
    const isPlace = (href: string) => href.startsWith('/services/');
    expect(found.slice(0, 3).filter((href) => !isPlace(href)).length, `"${term}" shows a list or guide first: ${found.join(' ')}`).toBeGreaterThan(0);
    expect(found.filter(isPlace).length, `"${term}" shows places: ${found.join(' ')}`).toBeGreaterThanOrEqual(3);
  }
  await context.close();
}

/** With Westfield chosen, its listings and courses are found, and every listing of Westfield comes before any listing elsewhere. */
async function expectAreaFirst(origin: string): Promise<void> {
  const course = content.entries.get('courses')!.find((c) => isCourseListed(c.data, '2026-11-23') && courseAreas(c.data).includes('westfield'))!;
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const watch = await watchPage(page, origin);
  await page.goto(`${origin}/search/`);
  await page.getByLabel('Area (for services and courses)').selectOption('westfield');
  expect(await search(page, 'guarantee')).toContain('/services/westfield-tech-reuse-shop/');
  expect(await search(page, course.data.title)).toContain(`/courses/${course.id}/`);
  const inWestfield = (href: string) => {
    const service = content.entries.get('services')!.find((s) => href === `/services/${s.id}/`);
    return service !== undefined && areasServed(service.data, areaIds).includes('westfield');
  };
  await search(page, 'laptop');
  while (await page.locator('[data-search-more]').isVisible()) {
    const before = await page.locator('[data-search-results] li').count();
    await page.locator('[data-search-more]').click();
    await expect.poll(async () => (await page.locator('[data-search-results] li').count()) > before || !(await page.locator('[data-search-more]').isVisible())).toBe(true);
  }
  const laptops = (await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))).filter((href) => href.startsWith('/services/'));
  const firstElsewhere = laptops.findIndex((href) => !inWestfield(href));
  expect(laptops.some(inWestfield)).toBe(true);
  expect(firstElsewhere).toBeGreaterThan(0);
  expect(
    laptops.slice(firstElsewhere).every((href) => !inWestfield(href)),
    laptops.join(' '),
  ).toBe(true);
  expect(await page.locator('[data-search-status]').textContent()).toContain('with Westfield first');
  expect(watch.outside).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  await context.close();
}

/**
 * The search page asks for the files its first search needs all at once, and Pagefind then uses
 * those (each is fetched once, with the build's tag on each entry file), with no web worker.
 */
async function expectFirstFilesFetchedOnce(origin: string): Promise<void> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const watch = await watchPage(page, origin);
  const asked: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => asked.push(request.url().slice(origin.length)));
  page.on('response', (response) => response.status() !== 200 && failed.push(`${response.status()} ${response.url()}`));
  await page.goto(`${origin}/search/`);
  const block = JSON.parse((await page.locator(`script[${SEARCH_FILES_ATTRIBUTE}]`).textContent()) ?? 'null') as SearchFilesBlock;
  const preloaded = await page.locator('link[rel="preload"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  const files = [`/${CORE_SEARCH_BUNDLE}pagefind.js`, ...preloaded, ...block.merged];
  // The core's entry, word rules and WebAssembly, at least.
  expect(preloaded.length).toBeGreaterThanOrEqual(3);
  expect(await search(page, 'laptop')).not.toEqual([]);
  for (const file of files)
    expect(
      asked.filter((url) => url === file),
      `${file} fetched once`,
    ).toHaveLength(1);
  expect(asked.filter((url) => url.includes('pagefind-entry.json') && !url.endsWith(`?ts=${block.tag}`))).toEqual([]);
  expect(asked.filter((url) => url.includes('worker'))).toEqual([]);
  expect(failed).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  await context.close();
}

describe('search', () => {
  it("asks for the first search's files all at once, and Pagefind uses them (each fetched once)", async () => {
    await expectFirstFilesFetchedOnce(site.origin);
  });

  it("asks for Pagefind's code from the page's <head>, without waiting for the page's own script (with that script held back, the code is still asked for; and fetched once, above)", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    // The page's own scripts never arrive: whatever asks for Pagefind's code must be in the page.
    await page.route('**/_astro/*.js', () => undefined);
    const asked = page.waitForRequest((request) => new URL(request.url()).pathname === `/${CORE_SEARCH_BUNDLE}pagefind.js`, { timeout: 10_000 });
    await page.goto(`${site.origin}/search/`, { waitUntil: 'commit' });
    expect((await asked).url()).toBe(`${site.origin}/${CORE_SEARCH_BUNDLE}pagefind.js`);
    await context.close();
  });

  it('loads the part of the index for the words typed while someone types, from the third letter, with the filters after it (only the one the search will use: before, every filter of the index)', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/search/`);
    await page.waitForLoadState('networkidle');
    const box = page.getByLabel('Search the site');
    await box.pressSequentially('la');
    await page.waitForTimeout(500);
    expect(asked.filter((path) => path.endsWith('.pf_index') || path.endsWith('.pf_filter'))).toEqual([]);
    await box.pressSequentially('p');
    await expect.poll(() => asked.filter((path) => path.endsWith('.pf_filter')).length).toBeGreaterThan(0);
    const index = asked.findIndex((path) => path.endsWith('.pf_index'));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(asked.findIndex((path) => path.endsWith('.pf_filter')));
    // No area or type chosen: the search needs only the mark of what is not help (NOT_HELP_MARK).
    await page.waitForTimeout(500);
    expect(new Set(asked.filter((path) => path.endsWith('.pf_filter'))).size).toBe(1);
    await context.close();
  });

  it("with an area chosen, fetches that area's own filter, not a file naming every area (before, the file of all areas' names)", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const filterFiles: string[] = [];
    page.on('request', (request) => request.url().endsWith('.pf_filter') && filterFiles.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/search/?q=laptop&area=westfield`);
    await page.locator('[data-search-results] li').first().waitFor();
    // What each file fetched is a filter of (Pagefind's filter files hold the filter's name and values).
    const texts = [...new Set(filterFiles)].map((path) => gunzipSync(readFileSync(join(TEST_SITE.dist, path))).toString('latin1'));
    expect(texts).toHaveLength(2);
    expect(texts.filter((text) => text.includes(areaMarkName('westfield')))).toHaveLength(1);
    expect(texts.filter((text) => text.includes(Object.keys(NOT_HELP_MARK)[0]!))).toHaveLength(1);
    for (const text of texts) expect(text).not.toContain('Eastbrook');
    await context.close();
  });

  it('finds a service by a word in its description, and a case study by its organisation, and narrows by type', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const watch = await watchPage(page, site.origin);
    await page.goto(`${site.origin}/search/`);
    expect(await page.locator('[data-search-no-js]').isVisible()).toBe(false);

    const service = content.entries.get('services')!.find((s) => s.id === 'westfield-tech-reuse-shop')!;
    const word = 'guarantee';
    expect(service.data.description).toContain(word);
    expect(service.data.name + service.data.summary).not.toContain(word);
    const serviceResults = await search(page, word);
    expect(serviceResults).toContain(`/services/${service.id}/`);

    const caseStudyResults = await search(page, 'Citizens Online');
    expect(caseStudyResults).toContain('/case-studies/kent-digital-champions/');

    const before = await search(page, 'devices');
    await expect.poll(() => page.locator('#search-type option').count()).toBeGreaterThan(2);
    await page.getByLabel('Type of content').selectOption('Case study');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toMatch(/results? for "devices"/);
    const narrowed = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((href) => href.startsWith('/case-studies/'))).toBe(true);
    expect(before.some((href) => !href.startsWith('/case-studies/'))).toBe(true);
    expect(watch.outside).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('says what to do without JavaScript, and links to the browse pages', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/`);
    expect(await page.locator('[data-search-no-js]').textContent()).toContain('Search needs JavaScript');
    expect(await page.locator('[data-search-no-js] a[href="/find-help/"]').count()).toBe(1);
    expect(await page.locator('form[data-search-form]').isVisible()).toBe(false);
    await context.close();
  });

  it('loads no search files on pages other than the search page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    for (const path of ['/', '/find-help/', '/services/westfield-tech-reuse-shop/', '/case-studies/']) await page.goto(site.origin + path);
    expect(requested.filter((url) => url.includes('/pagefind'))).toEqual([]);
    await context.close();
  });
});

/** The first `n` results' addresses for a search, as a citizen would type it. */
async function firstResults(term: string, n = 5): Promise<string[]> {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}/search/`);
  const results = (await search(page, term)).slice(0, n);
  await context.close();
  return results;
}

const services = content.entries.get('services')!;
/** Listings (by address) that match a test of their kinds or words. */
function listingsWhere(test: (s: (typeof services)[number]['data']) => boolean): string[] {
  return services.filter((s) => test(s.data)).map((s) => `/services/${s.id}/`);
}
const mentions = (data: (typeof services)[number]['data'], ...words: string[]) => words.some((w) => `${data.name} ${data.summary}`.toLowerCase().includes(w));

describe('search finds help for the words citizens type', () => {
  const cases: [string, string[]][] = [
    ['brodband', listingsWhere((d) => d.kinds.includes('social-tariffs') || mentions(d, 'broadband'))],
    ['labtop', listingsWhere((d) => d.kinds.some((k) => ['device-to-borrow', 'device-to-keep', 'refurbished-devices'].includes(k)) || mentions(d, 'laptop'))],
    ['librery', listingsWhere((d) => mentions(d, 'library'))],
    ["I can't afford internet", listingsWhere((d) => d.kinds.some((k) => ['social-tariffs', 'free-sim-or-data', 'free-wifi'].includes(k)))],
    ['help me use my phone', listingsWhere((d) => mentions(d, 'phone') && d.kinds.some((k) => ['one-to-one-help', 'drop-in-help', 'phone-help', 'group-course'].includes(k)))],
    ['computer course for beginners', listingsWhere((d) => d.kinds.includes('group-course') || mentions(d, 'course'))],
  ];
  it.each(cases)('"%s" finds a relevant listing in the first 5 results', async (term, relevant) => {
    expect(relevant.length).toBeGreaterThan(0);
    const results = await firstResults(term);
    expect(
      results.filter((href) => relevant.includes(href)),
      `first results: ${results.join(', ')}`,
    ).not.toEqual([]);
  });

  it.each(['wifi', 'free internet'])('"%s" shows help and services before training, the triage tool or partner pages', async (term) => {
    const results = await firstResults(term, 10);
    const firstHelp = results.findIndex((href) => href.startsWith('/services/') || href.startsWith('/find-help/'));
    expect(firstHelp, results.join(', ')).toBe(0);
    expect(
      results.slice(0, 3).every((href) => href.startsWith('/services/') || href.startsWith('/find-help/')),
      results.join(', '),
    ).toBe(true);
  });

  it('shows each result once when a search starts before the last one finished', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.getByLabel('Search the site').fill('library');
    const button = page.getByRole('button', { name: 'Search', exact: true });
    await button.click();
    await button.click();
    await page.getByLabel('Type of content').selectOption('Help and services');
    await button.click();
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/results? for "library"/);
    await page.waitForTimeout(1000);
    const hrefs = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    await context.close();
  });

  it('with an area chosen, shows what is in that area first, then what is anywhere else (before, it showed only the area)', async () => {
    await expectAreaFirst(site.origin);
  });

  it('shows 10 results at first when there are more', async () => {
    const results = await firstResults('free', 100);
    expect(results.length).toBe(10);
  });

  it('with no results, offers the phone line and the browse pages; a search can be linked to', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/?q=zqxjv`);
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toBe('No results for "zqxjv".');
    const none = page.locator('[data-search-none]');
    expect(await none.isVisible()).toBe(true);
    expect(await none.locator('a[href^="tel:"]').count()).toBe(1);
    expect(await none.locator('a[href="/find-help/"]').count()).toBe(1);
    await context.close();
  });

  it('suggests the closest words the site knows for a misspelling not in the word list', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/?q=refurbshed`);
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 })
      .toMatch(/^No results for "refurbshed"\. \d+ results? for "refurbished", the closest words on this site\.$/);
    expect(await page.locator('[data-search-results] h2 a').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('has the word list in the page, and fetches the words for "did you mean" only when a search finds nothing', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/search/`);
    expect(await search(page, 'laptop')).not.toEqual([]);
    // The word list is in the page: the area list is the only file of the site's own fetched (before, the word list was one too).
    expect(asked.filter((path) => path.endsWith('.json') && !path.endsWith('pagefind-entry.json'))).toEqual([routes.searchAreas()]);
    expect(asked).not.toContain(routes.searchKnownWords());
    await search(page, 'refurbshed');
    expect(asked).toContain(routes.searchKnownWords());
    await context.close();
  });
});

describe('search split by area (as on a large directory)', () => {
  // The fixture site built as if it had thousands of listings: each area's listings get their own index (npm test builds it).
  const root = SPLIT_TEST_SITE.root;
  let splitServer: RunningServer;
  beforeAll(async () => {
    SPLIT_TEST_SITE.requireBuilt();
    splitServer = await serveFolder(SPLIT_TEST_SITE.dist);
  });
  afterAll(async () => {
    await splitServer?.close();
  });

  it('writes an index per area and one of every listing in short; with no area chosen it finds listings and other pages', async () => {
    expect(existsSync(join(root, 'dist', 'pagefind-areas', 'westfield', 'pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(root, 'dist', 'pagefind-listings', 'pagefind-entry.json'))).toBe(true);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const watch = await watchPage(page, splitServer.origin);
    await page.goto(`${splitServer.origin}/search/`);
    expect(await page.locator('#search-area-hint').textContent()).toContain('Choose an area');
    // A word of each available listing's name finds it, with no area chosen (before, none was found).
    expect(await search(page, 'Citizens Online')).toContain('/case-studies/kent-digital-champions/');
    expect(watch.outside).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  // Every available listing is found by its name, with no area chosen (before, none was), a few listings per test.
  const listings = content.entries.get('services')!.filter((s) => s.data.status === 'active' && s.data.kinds.length > 0);
  const PER_TEST = 10;
  for (let start = 0; start < listings.length; start += PER_TEST) {
    const group = listings.slice(start, start + PER_TEST);
    it(`with no area chosen, finds listings ${start + 1} to ${start + group.length} of ${listings.length} by their names`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${splitServer.origin}/search/`);
      for (const listing of group) {
        const name = listing.data.name
          .replace(/[^\w\s-]/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
        expect(await search(page, name), `"${name}" finds ${listing.id}`).toContain(`/services/${listing.id}/`);
      }
      await context.close();
    });
  }

  // Every listing that names its areas in short, by a word of its name and one of its areas (two
  // words, so both must be in the listing, and the area comes last in it: before, a listing whose
  // area was past its excerpt's 24 words was left out).
  const names = directoryNames(content.entries.get('areas')!, content.entries.get('organisations')!);
  const words = searchWordsSchema.parse(parseContentYaml(readFileSync(join(FIXTURE_CONTENT, 'search-words.yaml'), 'utf8')));
  /** A word the search takes as it is (the word list does not change or leave it out). */
  const searchedAsTyped = (word: string) => planSearch(word, words).query === word;
  const nameAndArea = listings.flatMap((listing) => {
    const record = serviceSearchRecord(listing, names)!;
    // A listing in every area says so, not each area's name. One-word area names, so the search is two words.
    const area = record.filters.area.find((name) => !/\s/.test(name) && record.short.includes(name));
    const nameWords = (listing.data.name.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => searchedAsTyped(word) && !area?.toLowerCase().startsWith(word));
    // The rarest word of its name among the fixture's names.
    const word = nameWords.sort((a, b) => listings.filter((l) => l.data.name.toLowerCase().includes(a)).length - listings.filter((l) => l.data.name.toLowerCase().includes(b)).length)[0];
    return area && word ? [{ id: listing.id, term: `${word} ${area.toLowerCase()}` }] : [];
  });
  for (let start = 0; start < nameAndArea.length; start += PER_TEST) {
    const group = nameAndArea.slice(start, start + PER_TEST);
    it(`with no area chosen, finds listings ${start + 1} to ${start + group.length} of ${nameAndArea.length} that name their area, by a word of their name and their area`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${splitServer.origin}/search/`);
      for (const { id, term } of group) expect(await search(page, term), `"${term}" finds ${id}`).toContain(`/services/${id}/`);
      await context.close();
    });
  }

  it('with an area chosen, shows what is in that area first (its listings and courses), then what is anywhere else', async () => {
    await expectAreaFirst(splitServer.origin);
  });

  it('with no area chosen, a search for a kind of help shows a list or guide first and places that give it in the first 10 results (before, "laptop" and "wifi" showed no place)', async () => {
    await expectGuidesAndPlaces(splitServer.origin, KINDS_OF_HELP_TYPED);
  });

  it('with no area chosen, a search for each kind of help by its name shows its list in the first 3 results and places that give it in the first 10', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${splitServer.origin}/search/`);
    const kinds = kindsOfHelp.ids.filter((kind) => listings.some((listing) => listing.data.kinds.includes(kind)));
    expect(kinds.length).toBeGreaterThan(5);
    for (const kind of kinds) {
      const found = await search(page, kindsOfHelp.label(kind));
      const givers = listings.filter((listing) => listing.data.kinds.includes(kind)).map((listing) => `/services/${listing.id}/`);
      expect(found.slice(0, 3), `"${kindsOfHelp.label(kind)}": ${found.join(' ')}`).toContain(routes.findHelp({ kind }));
      expect(found.filter((href) => givers.includes(href)).length, `"${kindsOfHelp.label(kind)}" shows places that give it: ${found.join(' ')}`).toBeGreaterThanOrEqual(Math.min(3, givers.length));
    }
    await context.close();
  });

  it('with no area chosen, a search of two words shows the listings that have both, wherever they are in the listing, and not those with one', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${splitServer.origin}/search/`);
    // Its area ("Riverside") comes after more words than an excerpt holds (before, it was left out).
    const both = await search(page, 'laptop riverside');
    expect(both, both.join(' ')).toEqual(expect.arrayContaining(['/services/northmere-homes-low-cost-laptops/', '/services/riverside-tech-cafe/']));
    // Riverside's library says "laptop" only in its description, not in the listing in short; a shelf that
    // also holds a listing that says "laptop" must not bring it in.
    expect(both).not.toContain('/services/riverside-library-wifi-and-computers/');
    // Citizens Online's case study, not each listing that says "online" (before, they filled the first 10).
    expect(await search(page, 'Citizens Online')).toContain('/case-studies/kent-digital-champions/');
    await context.close();
  });

  it("asks for the first search's files all at once (the core, every page but listings, every listing in short), and Pagefind uses them", async () => {
    await expectFirstFilesFetchedOnce(splitServer.origin);
  });

  it("opened with each area chosen (as near-me links to it), loads that area's index and none of the files of a search with no area (before, it fetched them all for nothing)", async () => {
    const areasWithIndex = areaIds.filter((id) => existsSync(join(root, 'dist', 'pagefind-areas', id, 'pagefind-entry.json')));
    expect(areasWithIndex.length).toBeGreaterThan(3);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const watch = await watchPage(page, splitServer.origin);
    for (const area of areasWithIndex) {
      const asked: string[] = [];
      const note = (request: { url(): string }) => asked.push(new URL(request.url()).pathname);
      page.on('request', note);
      await page.goto(`${splitServer.origin}/search/?area=${area}`);
      await expect.poll(() => page.getByLabel('Area (for services and courses)').inputValue()).toBe(area);
      await page.waitForLoadState('networkidle');
      page.off('request', note);
      expect(asked.filter((path) => path.startsWith(`/pagefind-areas/${area}/`)).length, area).toBeGreaterThan(0);
      expect(
        asked.filter((path) => path.startsWith('/pagefind-main/') || path.startsWith(`/${LISTINGS_SEARCH_BUNDLE}`)),
        area,
      ).toEqual([]);
      // The page's own preloads are the core index's, which the area's search uses too.
      const links = await page.locator('link[href*="/pagefind"]').evaluateAll((found) => found.map((link) => link.getAttribute('href')!));
      expect(
        links.filter((href) => !href.startsWith(`/${CORE_SEARCH_BUNDLE}`)),
        area,
      ).toEqual([]);
      // Pagefind's code is fetched once: the area's search is the page's first, and uses the module without a copy of its own.
      expect(
        asked.filter((path) => path.endsWith('/pagefind.js')),
        area,
      ).toHaveLength(1);
    }
    // The search still works, that area first.
    await page.goto(`${splitServer.origin}/search/?area=westfield`);
    await expect.poll(() => page.getByLabel('Area (for services and courses)').inputValue()).toBe('westfield');
    expect(await search(page, 'guarantee')).toContain('/services/westfield-tech-reuse-shop/');
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('with no area chosen, finds listings without fetching a filter file for the listings in short (their type is given when their index is merged)', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(request.url().slice(splitServer.origin.length)));
    await page.goto(`${splitServer.origin}/search/`);
    expect((await search(page, 'wifi')).filter((href) => href.startsWith('/services/')).length).toBeGreaterThan(0);
    // Each listing found is still shown as help.
    const kinds = await page.locator('[data-search-results] li:has(a[href^="/services/"]) .meta').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toMatch(/^Help and services/);
    expect(asked.filter((url) => url.startsWith(`/${LISTINGS_SEARCH_BUNDLE}filter/`))).toEqual([]);
    await context.close();
  });

  describe('at 10,000 listings', () => {
    // The same search page, with the index of 10,000 generated listings in 100 areas that a search
    // with no area chosen uses, written by the build's own indexing code. (The listings' pages
    // and the areas' indexes are not made: a search with no area chosen does not read them.)
    const COUNT = 10_000;
    const directory = syntheticDirectory(COUNT);
    let large: string;
    let largeServer: RunningServer;
    beforeAll(async () => {
      large = mkdtempSync(join(tmpdir(), 'knowledge-store-search-10000-'));
      cpSync(join(root, 'dist'), large, { recursive: true });
      rmSync(join(large, LISTINGS_SEARCH_BUNDLE), { recursive: true, force: true });
      const names = directoryNames(
        directory.areas.map((area) => ({ id: area.id, data: { name: area.name } })),
        directory.organisations,
      );
      const records = directory.services.map((entry) => serviceSearchRecord(entry, names)!);
      await writeListingsInShort(large, records);
      await closeSearchIndexer();
      // The search page names the files of the index it now has.
      addSearchPreloads(large);
      largeServer = await serveFolder(large);
    }, 300_000);
    afterAll(async () => {
      await largeServer?.close();
      rmSync(large, { recursive: true, force: true });
    });

    // Listings whose name has a word (a venue's name) that at most two other listings' names use.
    const rare = listingsWithRareNameWords(directory.services);
    const picked = [0, 0.25, 0.5, 0.75, 1].map((at) => rare[Math.min(rare.length - 1, Math.floor(at * rare.length))]!);

    it("a word of one listing's name, with no area chosen, finds that listing in the first 5 results (5 listings across the directory)", async () => {
      expect(picked.length).toBe(5);
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const watch = await watchPage(page, largeServer.origin);
      await page.goto(`${largeServer.origin}/search/`);
      for (const { id, word, uses } of picked) {
        const results = await search(page, word);
        expect(results.slice(0, 5), `"${word}" (in ${uses} names) finds ${id}`).toContain(`/services/${id}/`);
      }
      expect(watch.outside).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      await context.close();
    });

    it('a search for a kind of help, with no area chosen, shows a list or guide first and places in the first 10 (before, "laptop" showed no place here, and only places at 25,000)', async () => {
      // "borrow a tablet": every generated place to borrow a device says "Borrow a laptop or tablet" (on the fixture site, two places say both words).
      await expectGuidesAndPlaces(largeServer.origin, [...KINDS_OF_HELP_TYPED, 'borrow a tablet']);
    });
  });
});
