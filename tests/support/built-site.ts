/**
 * The built sites the site and browser tests read, each read once per test file: every HTML page
 * with its parsed document. `npm test` builds both before the site tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { listFiles } from '../../src/lib/files.ts';
import { SPLIT_TEST_SITE_DIST, SPLIT_TEST_SITE_ROOT, TEST_SITE_DIST, TEST_SITE_ROOT } from '../../scripts/lib/test-site.ts';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const PROJECT = join(import.meta.dirname, '..', '..');

export interface BuiltPage {
  /** The path a browser asks for, like `/about/` or `/404.html`. */
  readonly url: string;
  /** The file, relative to dist/. */
  readonly file: string;
  readonly html: string;
  readonly document: HTMLElement;
}

/** A built site the tests read: its project folder (with content/) and its dist/. */
export interface BuiltSite {
  /** Says which site a test checked, in its name. */
  readonly name: string;
  readonly root: string;
  readonly dist: string;
  /** Every HTML page in dist/ (the search index's own files are left out), read once. */
  pages(): BuiltPage[];
  /** All files in dist/, relative to it. */
  files(): string[];
  /** Stops with a message saying how to build the site if it is not built. */
  requireBuilt(): void;
}

function builtSite(name: string, root: string, dist: string, howToBuild: string): BuiltSite {
  let pages: BuiltPage[] | undefined;
  const requireBuilt = () => {
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} is missing: ${howToBuild}, or run npm test.`);
  };
  return {
    name,
    root,
    dist,
    requireBuilt,
    pages() {
      requireBuilt();
      pages ??= listFiles(dist)
        .filter((full) => full.endsWith('.html'))
        .map((full) => relative(dist, full).split('\\').join('/'))
        .filter((file) => !file.startsWith('pagefind/'))
        .sort()
        .map((file) => {
          const html = readFileSync(join(dist, file), 'utf8');
          return { url: fileToUrl(file), file, html, document: parse(html, { comment: false }) };
        });
      return pages;
    },
    files() {
      requireBuilt();
      return listFiles(dist).map((full) => relative(dist, full).split('\\').join('/'));
    },
  };
}

/**
 * The test fixture site (tests/fixtures/site/content, built into .test-site/dist): the site and
 * browser tests that name listings, areas or pages run on it, so they pass whatever content a
 * council ships.
 */
export const TEST_SITE = builtSite('test fixture site', TEST_SITE_ROOT, TEST_SITE_DIST, 'build it with "npm run build:test-site"');
/** The test fixture site searched area by area, as a large directory is (.test-site-split/dist): the search tests read it. */
export const SPLIT_TEST_SITE = builtSite('test fixture site, searched area by area', SPLIT_TEST_SITE_ROOT, SPLIT_TEST_SITE_DIST, 'build it with "npm run build:test-site"');
/** The content shipped in content/, built into dist/ by "npm run build". */
export const SHIPPED_SITE = builtSite('shipped content', PROJECT, join(PROJECT, 'dist'), 'build it with "npm run build"');
/** Checks that hold for any content run on both. */
export const EVERY_BUILT_SITE: readonly BuiltSite[] = [TEST_SITE, SHIPPED_SITE];

export function fileToUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The dist/ file a site path points to, or undefined if there is none. */
export function resolveUrlToFile(pathname: string, files: ReadonlySet<string>): string | undefined {
  const clean = decodeURIComponent(pathname).replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.find((candidate) => files.has(candidate));
}
