/**
 * The checks the accessibility sweep makes on one page in Chromium: axe (WCAG 2.2 A and AA, and
 * best practice), no request to another host, no console error or Content-Security-Policy
 * violation, and no sideways scrolling. Each problem comes back as one line naming the page.
 *
 * Why it is fast: axe is added to each browser context once, as an init script, so every page
 * has it as it loads, and `axe.run` is called in the page itself. (@axe-core/playwright's
 * `analyze()` sends axe's 550 KB source to the page again on every call and opens a blank page to
 * finish each run; measured here, that was 1.2 s a page against 0.2 s this way.) Pages are reused
 * from a small pool, so a context and its tabs are made once per colour scheme, not once per page.
 * And each page is loaded once for both widths: checked at 320 px as it loads, then resized to
 * 1280 px and checked again. A load (with axe set up in the new page) and axe's first run in it
 * cost more than the resize and a second run: measured on 25 pages, a load was 0.77 s, a first
 * axe run 1.39 s, a second 0.85 s and a resize 0.15 s.
 */
import { languageOfPath, withoutLanguage } from '../../src/lib/i18n/paths.ts';
import { DEFAULT_LANGUAGE } from '../../src/lib/i18n/languages.ts';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { sitemapPaths, watchPage, type PageWatch } from './browser.ts';
import { SHIPPED_SITE, TEST_SITE, type BuiltSite } from './built-site.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's script: add it to a page or context before it loads (addInitScript), or run it in a loaded page (evaluate). */
export const AXE_SOURCE = axeSource;

/**
 * axe's findings on a page as it is now (axe must be in it), at each width, and any sideways
 * scrolling: one line per problem, starting with the width, like "320px: region: main > p".
 * For a page a test has put in a state (results showing, a card made); the sweep uses PageChecker.
 */
export async function axeProblemsAtWidths(page: Page, widths: readonly number[] = [320, 1280]): Promise<string[]> {
  const problems: string[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    const found = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
      const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
    }, AXE_TAGS);
    problems.push(...found.map((problem) => `${width}px: ${problem}`));
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > width) problems.push(`${width}px: scrolls sideways (${scrollWidth}px)`);
  }
  return problems;
}

interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly unknown[] }[];
}

interface PooledPage {
  readonly page: Page;
  readonly watch: PageWatch;
}

/** A width (and the label a problem found at it carries, like "320px" or "dark"). */
export interface CheckedWidth {
  readonly label: string;
  readonly width: number;
}

/**
 * One browser context (a colour scheme) with a pool of reusable, watched pages. Each page is
 * loaded once, at the first of the checker's widths, and checked; then the window is resized to
 * each further width, and the page checked again there.
 */
export class PageChecker {
  private readonly idle: PooledPage[] = [];
  private readonly context: BrowserContext;
  private readonly origin: string;
  private readonly widths: readonly CheckedWidth[];
  private readonly height: number;

  private constructor(context: BrowserContext, origin: string, widths: readonly CheckedWidth[], height: number) {
    this.context = context;
    this.origin = origin;
    this.widths = widths;
    this.height = height;
  }

  /** `widths` in order: every page is loaded at the first, then resized to the rest. */
  static async open(browser: Browser, origin: string, widths: readonly CheckedWidth[], options: Omit<BrowserContextOptions, 'viewport'> & { viewport: { height: number } }): Promise<PageChecker> {
    if (widths.length === 0) throw new Error('A page checker needs at least one width.');
    const context = await browser.newContext({ ...options, viewport: { width: widths[0]!.width, height: options.viewport.height } });
    await context.addInitScript(axeSource);
    return new PageChecker(context, origin, widths, options.viewport.height);
  }

  private async take(): Promise<PooledPage> {
    const ready = this.idle.pop();
    if (ready) return ready;
    const page = await this.context.newPage();
    return { page, watch: await watchPage(page, this.origin) };
  }

  /**
   * Loads `path` and returns every problem found at each width, each naming the page, the width
   * and the axe rule (with up to three elements it failed on). An empty list means the page passed.
   */
  async check(path: string, expectedStatus = 200): Promise<string[]> {
    const pooled = await this.take();
    const { page, watch } = pooled;
    watch.outside.length = 0;
    watch.consoleErrors.length = 0;
    const problems: string[] = [];
    try {
      const first = this.widths[0]!;
      if (page.viewportSize()?.width !== first.width) await page.setViewportSize({ width: first.width, height: this.height });
      const response = await page.goto(this.origin + path, { waitUntil: 'load' });
      if (response?.status() !== expectedStatus) problems.push(`${path} (${first.label}): status ${response?.status()}, expected ${expectedStatus}`);
      for (const [index, { label, width }] of this.widths.entries()) {
        if (index > 0) {
          await page.setViewportSize({ width, height: this.height });
          // Let the page lay itself out at the new width (and run any resize handlers) first.
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        }
        problems.push(...(await this.problemsAt(page, watch, `${path} (${label})`, width)));
      }
    } finally {
      this.idle.push(pooled);
    }
    return problems;
  }

  /** axe, sideways scrolling, and the requests and console errors seen since the last look. */
  private async problemsAt(page: Page, watch: PageWatch, where: string, width: number): Promise<string[]> {
    const problems: string[] = [];
    const violations = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    }, AXE_TAGS);
    for (const violation of violations) {
      const targets = violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(' | ');
      problems.push(`${where}: axe ${violation.id}: ${violation.help}: ${targets}`);
    }
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > width) problems.push(`${where}: the page scrolls sideways (${scrollWidth}px wide in a ${width}px window)`);
    for (const url of watch.outside.splice(0)) problems.push(`${where}: asked another host for ${url}`);
    for (const error of watch.consoleErrors.splice(0)) problems.push(`${where}: console error: ${error}`);
    return problems;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/**
 * The shape of a page's address: its language, first segment and depth (so `/find-help/`,
 * `/find-help/free-wifi/` and `/find-help/free-wifi/in/eastbrook/` are three shapes, and
 * `/cy/find-help/free-wifi/` one more, in Welsh). Pages of one shape come from one template.
 */
export function shapeOf(path: string): string {
  // A page in another language (/cy/find-help/...) has the shape of its English page, in that language.
  const language = languageOfPath(path);
  const segments = withoutLanguage(path).split('/').filter(Boolean);
  return `${language}:${segments[0] ?? ''}/${segments.length}`;
}

/** One page of each shape of address (see shapeOf): the first in `paths`. This samples every template. */
export function pagesOfEachShape(paths: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const path of paths) {
    const shape = shapeOf(path);
    if (!seen.has(shape)) seen.set(shape, path);
  }
  return [...seen.values()];
}

/**
 * The largest page of each shape of address (by `bytesOf`, the size of its HTML file): the page of
 * its template with the most on it (the longest list, the most places), where a problem that
 * depends on the content's length is likeliest to show.
 */
export function largestPageOfEachShape(paths: readonly string[], bytesOf: (path: string) => number): string[] {
  const largest = new Map<string, { path: string; bytes: number }>();
  for (const path of paths) {
    const bytes = bytesOf(path);
    const shape = shapeOf(path);
    if (bytes > (largest.get(shape)?.bytes ?? -1)) largest.set(shape, { path, bytes });
  }
  return [...largest.values()].map(({ path }) => path);
}

/**
 * The built sites the accessibility sweep checks, and how: the shipped content every page (as
 * sweepPlan says), the test fixture site one page of each shape. The sweep and the test that
 * holds its sample to the styles (styles-at-both-widths.test.ts) both read this.
 */
export const SWEPT_SITES: readonly { readonly site: BuiltSite; readonly everyPage: boolean }[] = [
  { site: SHIPPED_SITE, everyPage: true },
  { site: TEST_SITE, everyPage: false },
];

/** Which pages of a built site the accessibility sweep checks, and how. */
export interface SweepPlan {
  /** Loaded at 320 px, checked, resized to 1280 px and checked again. */
  readonly bothWidths: readonly string[];
  /** Checked at 320 px only. */
  readonly phoneOnly: readonly string[];
  /** Loaded in dark mode and checked. */
  readonly dark: readonly string[];
}

/**
 * The sweep's pages of a built site (its sitemap, and its 404 page). With `everyPage`: every
 * English page at 320 px; the first and the largest page of each shape (English), and the first of
 * each shape in each other language, at both widths; the first of each shape in dark mode. Without
 * it, the first page of each shape, at both widths and in dark mode.
 */
export function sweepPlan(folder: string, everyPage: boolean): SweepPlan {
  const paths = [...sitemapPaths(folder), '/404.html'];
  const shapes = pagesOfEachShape(paths);
  if (!everyPage) return { bothWidths: shapes, phoneOnly: [], dark: shapes };
  // In the other languages, one page of each shape (the same templates with other words), so the
  // sweep does not grow fourfold with the languages.
  const english = paths.filter((path) => languageOfPath(path) === DEFAULT_LANGUAGE);
  const bytesOf = (path: string) => statSync(join(folder, path.endsWith('/') ? `${path}index.html` : path)).size;
  const sampled = new Set([...shapes, ...largestPageOfEachShape(english, bytesOf)]);
  return { bothWidths: [...sampled], phoneOnly: english.filter((path) => !sampled.has(path)), dark: shapes };
}
