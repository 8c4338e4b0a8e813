import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy, copyProject } from '../../scripts/lib/project-copy.ts';
import { FIXTURE_CONTENT, FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { serveFolder } from '../../scripts/lib/static-server.ts';
import { useBrowserOnBuiltSite, watchPage } from '../support/browser.ts';
import type { RunningServer } from '../../scripts/lib/static-server.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { courseAreas, isCourseListed } from '../../src/lib/courses.ts';

const content = checkContent({ root: FIXTURE_SITE, today: '2026-11-23' });
const site = useBrowserOnBuiltSite();

async function search(page: Page, term: string): Promise<string[]> {
  await page.getByLabel('Search the site').fill(term);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(new RegExp(`(results? for|No results for) "${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  return page.locator('[data-search-results] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
}

describe('search', () => {
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

describe('search split by area (as on a large directory)', () => {
  // Build a copy of the site as if it had thousands of listings: each area's listings get their own index.
  let root: string;
  let splitServer: RunningServer;
  beforeAll(async () => {
    root = copyProject('knowledge-store-split-search-', { content: FIXTURE_CONTENT });
    const build = buildCopy(root, { env: { SITE_TODAY: '2026-11-23', SEARCH_SPLIT_ABOVE: '10' } });
    if (build.status !== 0) throw new Error(build.output.slice(-3000));
    splitServer = await serveFolder(join(root, 'dist'));
  }, 300_000);
  afterAll(async () => {
    await splitServer?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes an index per area; with an area chosen it finds the listings and courses there, and with none every other page', async () => {
    expect(existsSync(join(root, 'dist', 'pagefind-areas', 'westfield', 'pagefind-entry.json'))).toBe(true);
    const course = content.entries.get('courses')!.find((c) => isCourseListed(c.data, '2026-11-23') && courseAreas(c.data).includes('westfield'))!;
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const watch = await watchPage(page, splitServer.origin);
    await page.goto(`${splitServer.origin}/search/`);
    expect(await page.locator('#search-area-hint').textContent()).toContain('Choose an area');
    expect(await search(page, 'guarantee')).not.toContain('/services/westfield-tech-reuse-shop/');
    expect(await search(page, 'Citizens Online')).toContain('/case-studies/kent-digital-champions/');

    await page.getByLabel('Area (for services and courses)').selectOption('westfield');
    expect(await search(page, 'guarantee')).toContain('/services/westfield-tech-reuse-shop/');
    expect(await search(page, course.data.title)).toContain(`/courses/${course.id}/`);
    // An area narrows the search to what is in that area, as it does on a small directory.
    expect(await search(page, 'Citizens Online')).not.toContain('/case-studies/kent-digital-champions/');
    expect(watch.outside).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });
});
