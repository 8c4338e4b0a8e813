import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { sitemapPaths, useBrowserOnBuiltSite, watchPage } from '../support/browser.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const WIDTHS = [1280, 320];

const site = useBrowserOnBuiltSite();

describe('every page in the sitemap, in Chromium', () => {
  for (const width of WIDTHS) {
    it(`passes axe (WCAG 2.2 A and AA), makes no outside request and logs no error at ${width}px wide`, async () => {
      const paths = [...sitemapPaths(), '/404.html'];
      expect(paths.length).toBeGreaterThan(5);
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const violations: string[] = [];
      const outside: string[] = [];
      const errors: string[] = [];
      // A few tabs at once: the pages are independent, and axe spends most of its time waiting.
      const queue = [...paths];
      const worker = async () => {
        const page = await context.newPage();
        const watch = await watchPage(page, site.origin);
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          const response = await page.goto(site.origin + path, { waitUntil: 'load' });
          if (path !== '/404.html' && response?.status() !== 200) violations.push(`${path}: status ${response?.status()}`);
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          for (const violation of results.violations) {
            violations.push(`${path} (${width}px): ${violation.id} — ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
          }
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          if (scrollWidth > width) violations.push(`${path} (${width}px): the page scrolls sideways (${scrollWidth}px wide)`);
        }
        outside.push(...watch.outside);
        errors.push(...watch.consoleErrors);
        await page.close();
      };
      await Promise.all([worker(), worker(), worker()]);
      await context.close();
      violations.sort();
      expect(violations).toEqual([]);
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

describe('dark mode', () => {
  it('passes axe on one page of each kind with the dark colour scheme', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark', viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const violations: string[] = [];
    const samples = ['/', '/find-help/', '/find-help/free-wifi/', '/services/town-centre-library-wifi-and-computers/', '/print/in/eastbrook/', '/courses/tablet-basics-eastbrook/', '/nine-cs/customer/', '/case-studies/kent-digital-champions/', '/champions/modules/being-a-digital-champion/keeping-people-safe/', '/champions/triage/', '/data/birmingham-internet-use/', '/share-your-work/', '/search/'];
    for (const path of samples) {
      await page.goto(site.origin + path);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      for (const violation of results.violations) violations.push(`${path} (dark): ${violation.id} — ${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
    }
    await context.close();
    expect(violations).toEqual([]);
  });
});
