import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../support/browser.ts';
import { AXE_SOURCE, axeProblemsAtWidths } from '../support/page-check.ts';
import { TEST_SITE } from '../support/built-site.ts';
import { answerFirstUntilFacts, startTriage } from '../support/triage-steps.ts';
import { serveFolder, type RunningServer } from '../../scripts/lib/static-server.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { KIT_STORAGE_KEY } from '../../src/lib/offline-kit/paths.ts';
import { sizeInWords, type KitList } from '../../src/lib/offline-kit/kit-list.ts';
import { KIT_NETWORK_WAIT_MS } from '../../src/lib/offline-kit/write-kit.ts';
import { SHORTLIST_KEY } from '../../src/lib/shortlist/list.ts';

// The offline kit, end to end: save one area's kit, go offline, use it, remove it. The tests
// share one browser context (one saved kit) and run in order. The built fixture site is copied
// first, so another build of .test-site/ cannot change it under the tests.
const AREA = 'eastbrook';
const content = checkContent({ root: FIXTURE_SITE, today: '2026-11-23' });
const lesson = content.entries.get('lessons')!.find((l) => l.data.quiz && l.data.quiz.every((q: { correctAnswers: number }) => q.correctAnswers === 1))!;
const lessonPath = `/champions/modules/${lesson.id}/`;
const questions = content.entries.get('triageQuestions')!;

let folder: string;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let origin: string;
/** How long the site takes to answer: 0, or long enough to look like a weak signal. */
let slowSignalMs = 0;
const errors: string[] = [];
const elsewhere: string[] = [];
let close: () => Promise<void>;

beforeAll(async () => {
  TEST_SITE.requireBuilt();
  folder = mkdtempSync(join(tmpdir(), 'offline-kit-site-'));
  cpSync(TEST_SITE.dist, folder, { recursive: true });
  server = await serveFolder(folder, { delayMs: () => slowSignalMs });
  origin = server.origin;
  const browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  context.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) elsewhere.push(request.url());
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  close = async () => {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  };
});
afterAll(async () => close?.());

const notice = () => page.locator('[data-offline-notice]');

/** Two listings for the shortlist: the first of the area's kit, and one not in it. */
function shortlisted(): [string, string] {
  const kit = new Set((JSON.parse(readFileSync(join(folder, 'offline-kit', 'areas', `${AREA}.json`), 'utf8')) as KitList).files.map((file) => file.url));
  const all = readdirSync(join(folder, 'services')).sort();
  const inside = all.find((id) => kit.has(`/services/${id}/`))!;
  const outside = all.find((id) => !kit.has(`/services/${id}/`))!;
  return [inside, outside];
}

/** axe's findings on the page as it is now, at 320 and 1280 px, and whether it scrolls sideways. */
async function axeProblems(): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const problems = await axeProblemsAtWidths(page);
  await page.setViewportSize({ width: 1000, height: 900 });
  return problems;
}

describe('the offline kit, saved for one area and used offline', () => {
  it('says JavaScript is needed to save pages when it is off', async () => {
    const noScript = await context.browser()!.newContext({ javaScriptEnabled: false });
    const other = await noScript.newPage();
    await other.goto(`${origin}/champions/offline/`);
    expect(await other.getByText('You need JavaScript to save pages for offline use.').isVisible()).toBe(true);
    expect(await other.getByRole('button', { name: 'Save for offline use' }).isVisible()).toBe(false);
    await noScript.close();
  });

  it('shows the download size first, then saves the kit and says when', async () => {
    await page.goto(`${origin}/champions/offline/`);
    expect(await notice().isVisible()).toBe(false);
    await page.getByLabel('Which area do you work in?').selectOption(AREA);
    const list = JSON.parse(readFileSync(join(folder, 'offline-kit', 'areas', `${AREA}.json`), 'utf8')) as KitList;
    await expect.poll(() => page.locator('[data-kit-size]').textContent()).toBe(`The download is ${sizeInWords(list.downloadBytes)}. It takes ${sizeInWords(list.fileBytes)} of space on this device.`);
    // A shortlist with one listing of the area and one from elsewhere: both are saved.
    await page.evaluate(([key, ids]) => localStorage.setItem(key, JSON.stringify(ids)), [SHORTLIST_KEY, shortlisted()] as const);
    await page.getByRole('button', { name: 'Save for offline use' }).click();
    await expect.poll(() => page.locator('[data-kit-status]').textContent(), { timeout: 20_000 }).toMatch(/^Saved\. You can now use these pages with no signal\./);
    // It asked the browser to keep the pages; where the browser would not promise to, it says so.
    const kept = await page.evaluate(() => navigator.storage.persisted());
    expect(await page.locator('[data-kit-status]').textContent()).toBe(
      kept
        ? 'Saved. You can now use these pages with no signal.'
        : 'Saved. You can now use these pages with no signal. If this device runs short of space, the browser may delete them: open this page before you go out to check they are still saved.',
    );
    expect(await page.locator('[data-kit-saved-text]').textContent()).toMatch(/^Saved on \d{1,2} \w+ \d{4} at \d\d:\d\d: the training, the triage tool and the help in Eastbrook\.$/);
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), KIT_STORAGE_KEY))!) as { area: string; build: string; savedAt: string };
    expect(stored.area).toBe(AREA);
    expect(stored.build).toBe(list.build);
    expect(await page.evaluate(() => caches.keys())).toEqual([`offline-kit-${list.build}`]);
    expect(await axeProblems()).toEqual([]);
  });

  it('offline, opens a lesson with its saved-on notice, and its quiz can be passed', async () => {
    await context.setOffline(true);
    await page.goto(`${origin}${lessonPath}`);
    expect(await notice().textContent()).toMatch(/^You are offline\. You are using the copy saved on \d{1,2} \w+ \d{4}\.$/);
    expect(await notice().isVisible()).toBe(true);
    for (const [qi, question] of lesson.data.quiz!.entries()) await page.locator(`#q${qi}-${question.options.findIndex((o) => o.correct)}`).check();
    await page.getByRole('button', { name: 'Check my answers' }).click();
    expect(await page.locator('[data-quiz-score]').textContent()).toContain(`You got ${lesson.data.quiz!.length} out of ${lesson.data.quiz!.length} right`);
    expect(await page.locator('[data-lesson-status]').textContent()).toBe('You have finished this lesson.');
    expect(await axeProblems()).toEqual([]);
  });

  it('offline, runs the triage tool to a referral card for the area', async () => {
    await startTriage(page, origin, AREA);
    await page.getByLabel('No, I cannot get online at home').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await answerFirstUntilFacts(page, questions.length);
    await page.getByRole('button', { name: 'Show the referral card' }).click();
    await expect.poll(() => page.locator('[data-card-area]').textContent()).toBe('Help in Eastbrook.');
    expect(await page.locator('[data-card]').textContent()).toContain('Internet at home');
  });

  it("offline, opens the area's print sheet, its list of help and a listing from it", async () => {
    await page.goto(`${origin}/print/in/${AREA}/`);
    expect(await page.locator('h1').textContent()).toContain('Eastbrook');
    expect(await notice().isVisible()).toBe(true);
    await page.goto(`${origin}/find-help/in/${AREA}/`);
    const listing = (await page.locator('main a[href^="/services/"]').first().getAttribute('href'))!;
    await page.goto(`${origin}${listing}`);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await notice().isVisible()).toBe(true);
  });

  it('offline, shows the shortlist, with a place outside the area too', async () => {
    await page.goto(`${origin}/shortlist/`);
    await expect.poll(() => page.locator('[data-shortlist-entries] > li').count()).toBe(2);
    await page.goto(`${origin}/services/${shortlisted()[1]}/`);
    expect(await notice().isVisible()).toBe(true);
  });

  it('offline, shows the offline page, with what is saved and when, for a page that is not saved', async () => {
    await page.goto(`${origin}/about/`);
    expect(await page.locator('h1').textContent()).toBe('You are offline');
    expect(await page.locator('[data-offline-saved]').textContent()).toMatch(/^Saved on \d{1,2} \w+ \d{4}: the training, the triage tool and the help in Eastbrook\./);
    expect(await page.locator('[data-offline-saved] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([`/find-help/in/${AREA}/`, `/print/in/${AREA}/`]);
    expect(await axeProblems()).toEqual([]);
  });

  it(`on a weak signal, opens a saved lesson from the kit after ${KIT_NETWORK_WAIT_MS / 1000} seconds, saying the network is slow; with a good signal again, saved pages come from the network`, async () => {
    await context.setOffline(false);
    slowSignalMs = 60_000;
    const started = Date.now();
    await page.goto(`${origin}${lessonPath}`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const waited = Date.now() - started;
    slowSignalMs = 0;
    // The network's answer, still held back, is sent now. Chromium holds any later request for the
    // same address until the first one ends (or for 20 s), so the next test would wait for it.
    server.answerHeldNow();
    expect(await notice().getAttribute('data-offline-notice')).toBe('slow');
    expect(await notice().textContent()).toMatch(/^The network is slow\. You are using the copy saved on \d{1,2} \w+ \d{4}\. Reload the page to try the network again\.$/);
    expect(await page.locator('h1').textContent()).toBe(lesson.data.title);
    // It gave the network its chance first.
    expect(waited).toBeGreaterThanOrEqual(KIT_NETWORK_WAIT_MS - 50);
    // Another saved page.
    await page.goto(`${origin}/find-help/in/${AREA}/`);
    expect(await notice().count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain('Eastbrook');
    await context.setOffline(true);
  });

  it('removes the offline copy: offline, a saved lesson then shows the offline page instead', async () => {
    await context.setOffline(false);
    await page.goto(`${origin}/champions/offline/`);
    await page.getByRole('button', { name: 'Remove offline copy' }).click();
    await expect.poll(() => page.locator('[data-kit-status]').textContent()).toBe('The offline copy is removed from this device.');
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    expect(await page.evaluate((key) => localStorage.getItem(key), KIT_STORAGE_KEY)).toBeNull();
    expect(await page.locator('[data-kit-saved]').isVisible()).toBe(false);
    await context.setOffline(true);
    await page.goto(`${origin}${lessonPath}`);
    expect(await page.locator('h1').textContent()).toBe('You are offline');
    expect(await page.getByText('No pages are saved for offline use on this device.').isVisible()).toBe(true);
    expect(await axeProblems()).toEqual([]);
    await context.setOffline(false);
  });

  it('replaces the saved kit when a new build is online, on the next visit', async () => {
    await page.goto(`${origin}/champions/offline/`);
    await page.getByLabel('Which area do you work in?').selectOption(AREA);
    await page.getByRole('button', { name: 'Save for offline use' }).click();
    await expect.poll(() => page.locator('[data-kit-status]').textContent(), { timeout: 20_000 }).toBe('Saved. You can now use these pages with no signal.');
    // A new build: its version file and the area's list name a new build id.
    for (const file of [join(folder, 'offline-kit', 'version.json'), join(folder, 'offline-kit', 'areas', `${AREA}.json`)])
      writeFileSync(file, readFileSync(file, 'utf8').replace(/"build":"[0-9a-f]+"/, '"build":"newbuild0001"'));
    await page.goto(`${origin}/champions/offline/`);
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 }).toEqual(['offline-kit-newbuild0001']);
    await expect.poll(() => page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { build?: string }).build, KIT_STORAGE_KEY)).toBe('newbuild0001');
    expect(await page.locator('[data-kit-saved]').isVisible()).toBe(true);
  });

  it('retires the worker when the version file says so (the kill switch): the copy is deleted and the worker removes itself', async () => {
    const version = join(folder, 'offline-kit', 'version.json');
    writeFileSync(version, readFileSync(version, 'utf8').replace('"retired":false', '"retired":true'));
    await page.goto(`${origin}/champions/offline/`);
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 }).toEqual([]);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await page.reload();
    expect(await page.locator('[data-kit-saved]').isVisible()).toBe(false);
    expect(await page.evaluate((key) => localStorage.getItem(key), KIT_STORAGE_KEY)).toBeNull();
  });

  it('made no request to another host, and no page logged an error', () => {
    expect(elsewhere).toEqual([]);
    // Offline, the browser logs each fetch it could not make; nothing else may be logged.
    expect(errors.filter((error) => !/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(error))).toEqual([]);
  });
});
