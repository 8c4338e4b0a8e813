/**
 * The accessibility sweep: every page in the sitemap (and the 404 page), at 1280 px and 320 px
 * wide, each its own short test named by its page and width, so a failure says which page and
 * which axe rule, and no test can run into a time limit however many pages the site has. Pages are
 * checked a few at a time (the browser project's maxConcurrency, in vitest.config.ts) in one Chromium. Dark mode is checked on one page of
 * each shape of address (see pagesOfEachShape).
 *
 * ACCESSIBILITY_SWEEP_SITE points the sweep at another built site's folder; the test in
 * accessibility-sweep-names.test.ts uses it to prove a broken page fails its own test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/built-site.ts';
import { sitemapPaths, useBrowserOnBuiltSite } from '../support/browser.ts';
import { PageChecker, pagesOfEachShape } from '../support/page-check.ts';

const folder = process.env.ACCESSIBILITY_SWEEP_SITE ?? DIST;
const sitemap = sitemapPaths(folder);
const paths = [...sitemap, '/404.html'];
const site = useBrowserOnBuiltSite(folder);

const variants = [
  { label: '1280px', paths, options: { viewport: { width: 1280, height: 900 } } },
  { label: '320px', paths, options: { viewport: { width: 320, height: 900 } } },
  { label: 'dark', paths: pagesOfEachShape(paths), options: { colorScheme: 'dark' as const, viewport: { width: 1000, height: 900 } } },
];

it('finds the pages to check in the sitemap', () => {
  expect(sitemap.length).toBeGreaterThan(0);
});

for (const variant of variants) {
  describe.concurrent(`axe (WCAG 2.2 A, AA and best practice), no outside request, no console error and no sideways scrolling, ${variant.label}`, () => {
    let checker: PageChecker;
    beforeAll(async () => {
      checker = await PageChecker.open(site.browser, site.origin, variant.label, variant.options);
    });
    afterAll(async () => {
      await checker?.close();
    });
    for (const path of variant.paths) {
      it(`${path} (${variant.label})`, async () => {
        const problems = await checker.check(path);
        expect(problems, problems.join('\n')).toEqual([]);
      });
    }
  });
}
