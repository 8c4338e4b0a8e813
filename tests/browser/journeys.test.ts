import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { rmSync } from 'node:fs';
import { useBrowserOnBuiltSite, watchPage } from '../support/browser.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { makeSiteCopy } from '../support/content-fixture.ts';
import { readPdf } from '../support/pdf.ts';
import { FIXTURE_CONTENT } from '../../scripts/lib/test-site.ts';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const site = useBrowserOnBuiltSite();

async function openPage(options: { javaScript?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const watch = await watchPage(page, site.origin);
  return { context, page, errors: watch.consoleErrors };
}

describe('a citizen finds free Wi-Fi in their area', () => {
  it('with JavaScript off, by following links', async () => {
    const { context, page } = await openPage({ javaScript: false });
    await page.goto(`${site.origin}/`);
    await page.getByRole('link', { name: 'Get help to go online' }).click();
    await page.getByRole('link', { name: 'Eastbrook' }).first().click();
    expect(await page.locator('h1').textContent()).toBe('Help in Eastbrook');
    await page.locator('summary', { hasText: 'Kinds of help in Eastbrook' }).click();
    await page.locator('.browse').getByRole('link', { name: 'Free Wi-Fi' }).click();
    expect(await page.locator('h1').textContent()).toBe('Free Wi-Fi in Eastbrook');
    const names = await page.locator('#service-list h2').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    await page.locator('#service-list h2 a').first().click();
    expect(await page.locator('.contact').textContent()).toMatch(/Phone/);
    expect(await page.locator('[data-open-now]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-open-now]').first().isVisible()).toBe(false);
    await context.close();
  });

  it('with JavaScript on, by filtering the list instantly', async () => {
    const { context, page, errors } = await openPage();
    await page.goto(`${site.origin}/find-help/free-wifi/`);
    const all = await page.locator('#service-list > li:visible').count();
    await page.getByLabel('Area').selectOption('eastbrook');
    const filtered = await page.locator('#service-list > li:visible').count();
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(all);
    expect(await page.locator('[data-filter-count]').textContent()).toBe(`Showing ${filtered} of ${all} services.`);
    expect(page.url()).toContain('?area=eastbrook');
    for (const item of await page.locator('#service-list > li:visible').all()) expect(await item.getAttribute('data-facet-area')).toContain('eastbrook');
    await page.locator('#service-list > li:visible h2 a').first().click();
    await expect.poll(() => page.locator('[data-open-now]').first().isVisible()).toBe(true);
    expect(await page.locator('[data-open-now]').first().textContent()).toMatch(/^(Open now|Closed now)/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('printing an area sheet', () => {
  it('prints to an A4 PDF that holds every entry on the sheet', async () => {
    const { context, page } = await openPage();
    await page.goto(`${site.origin}/print/in/eastbrook/`);
    const names = await page.locator('.sheet-entry h2').allTextContents();
    expect(names.length).toBeGreaterThan(3);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const { text, pages } = await readPdf(pdf);
    expect(pages).toBeGreaterThan(0);
    const flat = text.replace(/\s+/g, '');
    for (const name of names) expect(flat, name).toContain(name.replace(/\s+/g, ''));
    await context.close();
  });

  it('fits the pocket prompt card on one page', async () => {
    const { context, page } = await openPage();
    await page.goto(`${site.origin}/champions/triage/prompt-card/`);
    const pdf = await page.pdf({ format: 'A4' });
    expect((await readPdf(pdf)).pages).toBe(1);
    await context.close();
  });
});

describe('case studies', () => {
  it('filter without JavaScript through static pages', async () => {
    const { context, page } = await openPage({ javaScript: false });
    await page.goto(`${site.origin}/case-studies/`);
    expect(await page.locator('form[data-filter-form]').isVisible()).toBe(false);
    await page.locator('summary', { hasText: "The 9 C's" }).click();
    await page.getByRole('link', { name: 'Connectivity', exact: true }).click();
    expect(await page.locator('h1').textContent()).toBe('Case studies: Connectivity');
    for (const item of await page.locator('.item-list > li').all()) expect(await item.getAttribute('data-facet-c')).toContain('connectivity');
    await context.close();
  });

  it('filter instantly with JavaScript', async () => {
    const { context, page, errors } = await openPage();
    await page.goto(`${site.origin}/case-studies/`);
    const all = await page.locator('#case-study-list > li:visible').count();
    await page.getByLabel('Theme').selectOption('devices');
    const shown = await page.locator('#case-study-list > li:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.locator('#case-study-list > li:visible').count()).toBe(all);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('sharing a case study through the form', () => {
  it('shows errors for a blank form, then writes a file that passes the content check', async () => {
    const { context, page, errors } = await openPage();
    await page.goto(`${site.origin}/share-your-work/`);
    await page.getByRole('button', { name: 'Create my case study file' }).click();
    expect(await page.locator('[data-error-summary]').isVisible()).toBe(true);
    expect(await page.locator('[data-error-summary] li').count()).toBeGreaterThan(4);
    await page.getByLabel('Title', { exact: true }).fill('Tablets for tenants: a pilot');
    await page.getByLabel('Summary').fill('We lent tablets to 30 tenants and showed them how to use them.');
    await page.getByLabel('Your organisation').selectOption('northmere-homes');
    await page.getByLabel('Where the work happened').fill('Northmere, Eastbrook');
    await page.getByLabel('Customer', { exact: true }).check();
    await page.getByLabel('Devices', { exact: true }).check();
    await page.getByLabel('Social housing tenants').check();
    await page.getByLabel('What was counted (1)').fill('Tablets lent');
    await page.getByLabel('Number (1)').fill('30');
    await page.getByLabel('Unit (1)').fill('tablets');
    await page.getByLabel('Title of the source').fill('Tenant digital pilot review: 2026');
    await page.getByLabel('Who published it').fill('Northmere Homes');
    await page.locator('#body').fill('## What we did\n\nWe lent tablets.\n\n## What others can learn\n\n- Start small.');
    await page.getByRole('button', { name: 'Create my case study file' }).click();
    expect(await page.locator('[data-result]').isVisible()).toBe(true);
    const text = await page.locator('[data-result-text]').inputValue();
    const name = (await page.locator('[data-result-name]').textContent())!;
    const github = await page.locator('[data-result-github]').getAttribute('href');
    expect(github).toContain('/new/main/content/case-studies?filename=tablets-for-tenants-a-pilot.md&value=');
    expect(decodeURIComponent(new URL(github!).searchParams.get('value')!)).toBe(text);
    const root = makeSiteCopy();
    try {
      // The form lists the test fixture site's organisations: copy them into the minimal site.
      cpSync(join(FIXTURE_CONTENT, 'organisations'), join(root, 'content', 'organisations'), { recursive: true });
      writeFileSync(join(root, name), text);
      const result = checkContent({ root, today: '2026-11-23' });
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(result.entries.get('caseStudies')!.some((e) => e.id === 'tablets-for-tenants-a-pilot')).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
