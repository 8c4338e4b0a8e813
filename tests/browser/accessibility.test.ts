/**
 * The accessibility sweep. Every English page in the sitemap of the shipped content (and its 404
 * page) is checked at 320 px wide, the width of a small phone, where most problems with a page's
 * content show (sideways scrolling, small targets). The two pages of each shape of address that
 * sample its template (the first, and the largest, with the most on it: see sweepPlan) are also
 * resized to 1280 px and checked again; and one page of each shape in each other language, at
 * both widths, and in dark mode. The test fixture site is checked on one page of each shape, in
 * all three. Each page is its own short test, named by its page; a failure says which page, which
 * width and which axe rule, and no test can run into a time limit however many pages a site has.
 * Pages are checked a few at a time (the browser project's maxConcurrency, in vitest.config.ts) in
 * one Chromium.
 *
 * Why the wide check samples (issue 18 lets the sweep sample within a template, as long as every
 * template and every page is checked): between the two widths the site's styles change the layout
 * and nothing else, but for one part of a template (styles-at-both-widths.test.ts holds them to
 * that), so each page shows the same things in the same colours at both; and npm test has ten
 * minutes. The second width cost about 95 ms of the 250 ms each page took.
 *
 * ACCESSIBILITY_SWEEP_SITE points the sweep at another built site's folder instead (every page,
 * sampled the same way); accessibility-sweep-names.test.ts uses it to prove a broken page fails its
 * own test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { PageChecker, sweepPlan, SWEPT_SITES, type CheckedWidth } from '../support/page-check.ts';
import { serveFolder, type RunningServer } from '../../scripts/lib/static-server.ts';

interface Sweep {
  readonly name: string;
  readonly folder: string;
  /** Every page, or one page of each shape of address. */
  readonly everyPage: boolean;
}

const override = process.env.ACCESSIBILITY_SWEEP_SITE;
const sweeps: Sweep[] = override ? [{ name: 'the site', folder: override, everyPage: true }] : SWEPT_SITES.map(({ site, everyPage }) => ({ name: site.name, folder: site.dist, everyPage }));

const PHONE: CheckedWidth = { label: '320px', width: 320 };
const DESKTOP: CheckedWidth = { label: '1280px', width: 1280 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

for (const sweep of sweeps) {
  const plan = sweepPlan(sweep.folder, sweep.everyPage);
  // The sample is loaded at 320 px, checked, resized to 1280 px and checked again: one test per
  // page, whose failure names the page and the width. Every other English page is checked at
  // 320 px. Dark mode loads its pages afresh.
  const allVariants = [
    { label: '320px, 1280px', paths: plan.bothWidths, widths: [PHONE, DESKTOP], options: { viewport: { height: 900 } } },
    { label: '320px', paths: plan.phoneOnly, widths: [PHONE], options: { viewport: { height: 900 } } },
    { label: 'dark', paths: plan.dark, widths: [{ label: 'dark', width: 1000 }], options: { colorScheme: 'dark' as const, viewport: { height: 900 } } },
  ];
  const variants = allVariants.filter((variant) => variant.paths.length > 0);

  describe(`${sweep.name}: axe (WCAG 2.2 A, AA and best practice), no outside request, no console error and no sideways scrolling`, () => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await serveFolder(sweep.folder);
    });
    afterAll(async () => {
      await server?.close();
    });

    it('finds the pages to check in the sitemap', () => {
      expect([...plan.bothWidths, ...plan.phoneOnly].filter((path) => path !== '/404.html').length).toBeGreaterThan(0);
    });

    for (const variant of variants) {
      describe.concurrent(variant.label, () => {
        let checker: PageChecker;
        beforeAll(async () => {
          checker = await PageChecker.open(browser, server.origin, variant.widths, variant.options);
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
  });
}
