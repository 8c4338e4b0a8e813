/**
 * Search in each language (issue 16), in Chromium over the test fixture site: the Welsh search
 * page searches the Welsh index, so a word found only in Welsh text (a listing's Welsh summary)
 * finds that listing's Welsh page; the English search page does not find it; and "did you mean"
 * works on Welsh words too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPLIT_TEST_SITE, TEST_SITE } from '../support/built-site.ts';
import { useBrowserOnBuiltSite, watchPage } from '../support/browser.ts';
import { indexedRecords } from '../support/search-index-files.ts';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { serveFolder, type RunningServer } from '../../scripts/lib/static-server.ts';
import { areasServed } from '../../src/lib/directory/listing.ts';
import { areaSearchBundle, LISTINGS_SEARCH_BUNDLE } from '../../src/lib/search-split.ts';
import { indexLanguages } from '../support/search-index-files.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { isAvailable } from '../../src/lib/directory/listing.ts';
import { inLanguage } from '../../src/lib/i18n/paths.ts';
import { translator } from '../../src/lib/i18n/translate.ts';
import { routes } from '../../src/lib/routes.ts';
import { closestWord } from '../../src/lib/search/did-you-mean.ts';
import { searchIndexLanguage } from '../../src/lib/search/index-language.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { AXE_SOURCE, axeProblemsAtWidths } from '../support/page-check.ts';
import { translatedField } from '../../src/lib/i18n/translated-fields.ts';

const site = useBrowserOnBuiltSite();
const content = checkContent({ root: FIXTURE_SITE, today: '2026-11-23' });
const welsh = translator('cy');
const english = translator('en');

/** A listing with a Welsh summary, and a word of it that no English text the site searches has, and that English "did you mean" turns into nothing. */
function welshOnlyWord(): { id: string; word: string } | undefined {
  const bundle = join(TEST_SITE.dist, 'pagefind');
  const englishText = indexedRecords(bundle, searchIndexLanguage('en'))
    .map((record) => `${record.meta.title ?? ''} ${record.content}`)
    .join(' ')
    .toLowerCase();
  const englishKnown = (JSON.parse(readFileSync(join(TEST_SITE.dist, routes.searchKnownWords().slice(1)), 'utf8')) as { known: string[] }).known;
  for (const listing of content.entries.get('services')!.filter((entry) => isAvailable(entry.data))) {
    const summary = translatedField(listing.data.translations, 'cy', 'summary', undefined)?.text;
    for (const word of summary?.toLowerCase().match(/\p{L}{7,}/gu) ?? []) {
      if (!englishText.includes(word) && closestWord(word, englishKnown) === undefined) return { id: listing.id, word };
    }
  }
  return undefined;
}

async function search(page: Page, t: typeof welsh, term: string): Promise<{ status: string; hrefs: string[] }> {
  await page.getByLabel(t('search.form.label')).fill(term);
  await page.getByRole('button', { name: t('search.form.button'), exact: true }).click();
  const done = [t('search.status.searching'), ''];
  await expect.poll(async () => !done.includes((await page.locator('[data-search-status]').textContent()) ?? ''), { timeout: 15_000 }).toBe(true);
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  const hrefs = await page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  return { status, hrefs };
}

describe('search in Welsh', () => {
  const found = welshOnlyWord();

  it('the fixture site has a listing with a Welsh summary that has a word no English text has', () => {
    expect(found).toBeDefined();
  });

  it('on /cy/search/, a word only in Welsh text finds the listing, at its Welsh page, and says so in Welsh', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const watch = await watchPage(page, site.origin);
    await page.goto(`${site.origin}${inLanguage('cy', routes.search())}`);
    const { status, hrefs } = await search(page, welsh, found!.word);
    expect(hrefs).toContain(inLanguage('cy', routes.service(found!.id)));
    expect(
      hrefs.every((href) => href.startsWith('/cy/')),
      hrefs.join(' '),
    ).toBe(true);
    expect(status).toBe(welsh('search.status.found', { count: welsh.plural('search.status.count', hrefs.length), term: found!.word }));
    expect(watch.outside).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('the same word on the English search page finds nothing', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${routes.search()}`);
    const { status, hrefs } = await search(page, english, found!.word);
    expect(hrefs).toEqual([]);
    expect(status).toBe(english('search.status.none', { term: found!.word }));
    await context.close();
  });

  it('on /cy/search/, the Welsh word misspelt finds the closest Welsh word ("did you mean"), and says so in Welsh', async () => {
    // Its first letter changed: Pagefind's own typo matching keeps the first letters, so only "did you mean" can find it.
    const misspelt = `${found!.word.startsWith('k') ? 'q' : 'k'}${found!.word.slice(1)}`;
    const welshKnown = (JSON.parse(readFileSync(join(TEST_SITE.dist, inLanguage('cy', routes.searchKnownWords()).slice(1)), 'utf8')) as { known: string[] }).known;
    expect(closestWord(misspelt, welshKnown)).toBe(found!.word);
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}${inLanguage('cy', routes.search())}`);
    const { status, hrefs } = await search(page, welsh, misspelt);
    expect(hrefs).toContain(inLanguage('cy', routes.service(found!.id)));
    expect(status).toBe(`${welsh('search.status.none', { term: misspelt })} ${welsh('search.status.closest', { count: welsh.plural('search.status.count', hrefs.length), closest: found!.word })}`);
    await context.close();
  });
});

describe('the search page in each language, with results showing', () => {
  for (const language of LANGUAGES) {
    it(`${language.englishName}: passes axe at 320 and 1280 px, with no sideways scroll, and its results link to pages in ${language.englishName}`, async () => {
      const t = translator(language.code);
      const context = await site.browser.newContext();
      await context.addInitScript(AXE_SOURCE);
      const page = await context.newPage();
      const watch = await watchPage(page, site.origin);
      await page.goto(`${site.origin}${inLanguage(language.code, routes.search())}`);
      const { hrefs } = await search(page, t, 'wi-fi');
      expect(hrefs.length).toBeGreaterThan(0);
      // Listings are found at their page in the language (other pages may still be English only).
      const listings = hrefs.filter((href) => href.includes('/services/'));
      expect(listings.length).toBeGreaterThan(0);
      expect(
        listings.every((href) => href.startsWith(inLanguage(language.code, '/services/'))),
        listings.join(' '),
      ).toBe(true);
      expect(await axeProblemsAtWidths(page)).toEqual([]);
      expect(watch.outside).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      await context.close();
    });
  }
});

describe('search in Welsh, split by area (as on a large directory)', () => {
  // The fixture site built as if it had thousands of listings: each area's listings have their own index (npm test builds it).
  const root = SPLIT_TEST_SITE.root;
  let server: RunningServer;
  beforeAll(async () => {
    SPLIT_TEST_SITE.requireBuilt();
    server = await serveFolder(SPLIT_TEST_SITE.dist);
  });
  afterAll(async () => {
    await server?.close();
  });
  const found = welshOnlyWord();

  it('writes each language into the core, the listings in short and every area bundle', () => {
    const languages = LANGUAGES.map((language) => searchIndexLanguage(language.code)).sort();
    const areas = content.entries.get('areas')!.map((area) => area.id);
    const bundles = ['pagefind/', LISTINGS_SEARCH_BUNDLE, ...areas.map(areaSearchBundle)].filter((bundle) => existsSync(join(root, 'dist', bundle, 'pagefind-entry.json')));
    expect(bundles.length).toBeGreaterThan(2);
    expect(bundles.filter((bundle) => indexLanguages(join(root, 'dist', bundle)).join() !== languages.join())).toEqual([]);
  });

  it('on /cy/search/, the Welsh-only word finds the listing at its Welsh page, with no area chosen and with its area chosen', async () => {
    const listing = content.entries.get('services')!.find((entry) => entry.id === found!.id)!;
    const area = areasServed(
      listing.data,
      content.entries.get('areas')!.map((a) => a.id),
    )[0]!;
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const watch = await watchPage(page, server.origin);
    await page.goto(`${server.origin}${inLanguage('cy', routes.search())}`);
    expect((await search(page, welsh, found!.word)).hrefs).toContain(inLanguage('cy', routes.service(found!.id)));
    await page.getByLabel(welsh('search.form.area')).selectOption(area);
    expect((await search(page, welsh, found!.word)).hrefs).toContain(inLanguage('cy', routes.service(found!.id)));
    expect(watch.outside).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});
