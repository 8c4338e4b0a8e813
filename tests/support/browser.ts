/**
 * Chromium for the browser tests: the system Chromium (installed by .ci/run), driven by
 * playwright-core, with the network calls Chromium makes on its own turned off.
 */
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_SITE } from './built-site.ts';
import { serveFolder, type RunningServer } from '../../scripts/lib/static-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      // No optimising compilers (Maglev, TurboFan) for JavaScript: V8 runs it in its interpreter and
      // its quick baseline compiler only. The sweep loads hundreds of short-lived pages, each with
      // axe (550 KB) set up afresh, and V8 optimised axe's hot functions again in every page, in
      // background threads, for a run of a fraction of a second. This changes no behaviour, only
      // how fast code runs. Measured on 60 pages of the shipped content checked at two widths,
      // three at a time, two runs of each: the page processes' CPU 49.5 and 48.2 s with the
      // optimisers (and --max-lazy, used before), 35.1 and 32.8 s without; the 60 pages took 35.9
      // and 33.5 s against 25.2 and 23.5 s. Without Sparkplug as well, the main thread was slower.
      '--js-flags=--no-opt --no-maglev',
    ],
  });
}

/** Serves a built site's folder (by default the test fixture site's). */
export async function serveDist(folder: string = TEST_SITE.dist): Promise<RunningServer> {
  if (folder === TEST_SITE.dist) TEST_SITE.requireBuilt();
  return serveFolder(folder);
}

/** The site paths listed in the built sitemap, like `/about/`. */
export function sitemapPaths(folder: string = TEST_SITE.dist): string[] {
  if (!existsSync(join(folder, 'sitemap-0.xml'))) throw new Error(`${folder} has no sitemap: build the site first (npm test builds every site the tests need).`);
  const xml = readFileSync(join(folder, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

export interface PageWatch {
  /** Requests to any host but the test server. */
  readonly outside: string[];
  readonly consoleErrors: string[];
}

/** Records requests that leave the site and console errors, and blocks the outside requests. */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch: PageWatch = { outside: [], consoleErrors: [] };
  // Content-Security-Policy violations are reported as console errors, so every test that
  // checks for console errors also proves the page works under the site's policy.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    watch.outside.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`${page.url()}: ${error.message}`));
  return watch;
}

/**
 * For a test file: one Chromium and one server of the test fixture site (or another built site's folder) for all
 * its tests, closed at the end.
 */
export function useBrowserOnBuiltSite(folder: string = TEST_SITE.dist): { readonly browser: Browser; readonly origin: string } {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await serveDist(folder);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      return browser!;
    },
    get origin() {
      return server!.origin;
    },
  };
}
