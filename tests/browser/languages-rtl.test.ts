/**
 * Home, a list of help and near-me in Urdu (right to left), Welsh and Polish, in Chromium on the
 * test fixture site: no sideways scroll at 320 px in Urdu, axe finds nothing at 320 and 1280 px
 * in each language, and near-me in Welsh with a postcode shows its results in Welsh (the status,
 * distances, links to the listings' Welsh pages, the shortlist button), with its words from the
 * Welsh words file.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { translator } from '../../src/lib/i18n/translate.ts';
import { useBrowserOnBuiltSite, watchPage, type PageWatch } from '../support/browser.ts';
import { AXE_SOURCE, axeProblemsAtWidths } from '../support/page-check.ts';

const site = useBrowserOnBuiltSite();
/** Eastbrook Library's postcode in the fixture. */
const POSTCODE = 'NM3 4EF';
const PAGES = { home: '/', list: '/find-help/in/eastbrook/', 'near-me': '/find-help/near/' } as const;

async function openPage(width: number): Promise<{ page: Page; watch: PageWatch; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const watch = await watchPage(page, site.origin);
  await page.addInitScript(AXE_SOURCE);
  return { page, watch, close: () => context.close() };
}

describe('Urdu pages at 320 px: right to left, no sideways scroll', () => {
  for (const [name, path] of Object.entries(PAGES))
    it(`the Urdu ${name} page`, async () => {
      const { page, close } = await openPage(320);
      await page.goto(`${site.origin}/ur${path}`);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await close();
    });
});

describe('axe at 320 and 1280 px in each language', () => {
  for (const code of ['ur', 'cy', 'pl'])
    for (const [name, path] of Object.entries(PAGES))
      it(`${code}: the ${name} page`, async () => {
        const { page, watch, close } = await openPage(320);
        await page.goto(`${site.origin}/${code}${path}`);
        expect(await axeProblemsAtWidths(page)).toEqual([]);
        expect(watch.outside).toEqual([]);
        expect(watch.consoleErrors).toEqual([]);
        await close();
      });
});

describe('near-me in Welsh', () => {
  const t = translator('cy');

  it('shows the results for a postcode with Welsh words, each linked to the listing’s Welsh page', async () => {
    const { page, watch, close } = await openPage(320);
    await page.goto(`${site.origin}/cy/find-help/near/?postcode=${encodeURIComponent(POSTCODE)}`);
    await expect.poll(() => page.locator('[data-near-status]').textContent()).toBe(t('browse.near.foundMore', { count: 10, to: POSTCODE }));
    const results = await page
      .locator('[data-near-results] > li')
      .evaluateAll((items) =>
        items.map((li) => ({ href: li.querySelector('h2 a')!.getAttribute('href')!, distance: li.querySelector('p strong')!.textContent!, open: li.querySelectorAll('p')[1]!.textContent! })),
      );
    expect(results).toHaveLength(10);
    for (const result of results) {
      expect(result.href).toMatch(/^\/cy\/services\/[^/]+\/$/);
      expect(result.distance).toMatch(/milltir i ffwrdd$/);
      // Open now, closed now, or no set times: in Welsh, never the English words.
      expect(result.open).not.toMatch(/Open now|Closed now|No set opening times/);
    }
    expect(await page.locator('button[data-near-more]').textContent()).toContain(t('browse.near.more'));
    // "Add to your shortlist" gets its words in Welsh from the words file too.
    await expect.poll(() => page.locator('[data-near-results] [data-shortlist] button').first().textContent()).toBe(t('service.shortlist.add'));
    expect(await axeProblemsAtWidths(page)).toEqual([]);
    expect(watch.outside).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });

  it('says a postcode that is not whole is wrong, in Welsh', async () => {
    const { page, close } = await openPage(320);
    await page.goto(`${site.origin}/cy/find-help/near/?postcode=NM3+4E`);
    await expect.poll(() => page.locator('[data-near-error]').isVisible()).toBe(true);
    expect(await page.locator('[data-near-error] a').textContent()).toMatch(/^Rhowch god post llawn/);
    expect(await page.title()).toMatch(/^Gwall:/);
    await close();
  });
});
