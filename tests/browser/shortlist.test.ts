/**
 * The shortlist in Chromium, on the test fixture site: add three listings (from a listing's page,
 * a list of help and near-me results), reload and see them; the shortlist page prints them on one
 * A4 page, phone first; its text message is at most 3 segments; its link rebuilds the list in a
 * fresh browser and offers to keep it. No request ever carries the list. A broken link, an unknown
 * listing and a closed one are shown honestly. Without JavaScript no button shows.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { SHORTLIST_KEY, SHORTLIST_MAX } from '../../src/lib/shortlist/list.ts';
import { listingIdFromPath, SHORTLIST_DATA_FOLDER } from '../../src/lib/shortlist/paths.ts';
import { countSmsSegments } from '../../src/lib/sms.ts';
import { SMS_MAX_SEGMENTS } from '../../src/lib/shortlist/text-message.ts';
import { useBrowserOnBuiltSite } from '../support/browser.ts';
import { AXE_SOURCE, axeProblemsAtWidths } from '../support/page-check.ts';
import { readPdf } from '../support/pdf.ts';

const site = useBrowserOnBuiltSite();

/** A listing with three places (its page), one from the Riverside list, and the nearest to Eastbrook Library's postcode. */
const FROM_PAGE = 'library-tablet-loans';
const FROM_LIST = { list: '/find-help/in/riverside/', id: 'riverside-tech-cafe' };
const NEAR = `${routes.nearMe()}?postcode=NM3+4EF`;

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Every request the browser made, with its headers and body. */
  requests: Request[];
  errors: string[];
}

async function open(options: { javaScriptEnabled?: boolean } = {}): Promise<Opened> {
  const context = await site.browser.newContext({ viewport: { width: 400, height: 900 }, ...options });
  const page = await context.newPage();
  const requests: Request[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, requests, errors };
}

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as string[], SHORTLIST_KEY);
const addButton = (scope: Page | ReturnType<Page['locator']>) => scope.getByRole('button', { name: /^Add to your shortlist/ });

/** Adds the three listings, as a person would, and gives their ids in the order added. */
async function addThree(page: Page): Promise<string[]> {
  await page.goto(`${site.origin}${routes.service(FROM_PAGE)}`);
  await addButton(page).click();
  await expect.poll(() => page.getByRole('status').filter({ hasText: 'Added' }).count()).toBe(1);

  await page.goto(`${site.origin}${FROM_LIST.list}`);
  const item = page.locator('#service-list > li').filter({ has: page.locator(`h2 a[href$="/services/${FROM_LIST.id}/"]`) });
  await addButton(item).click();

  await page.goto(`${site.origin}${NEAR}`);
  const results = page.locator('[data-near-results] > li');
  await expect.poll(() => addButton(results.first()).count(), { timeout: 10_000 }).toBe(1);
  let nearId: string | undefined;
  for (const result of await results.all()) {
    nearId = listingIdFromPath((await result.locator('h2 a').getAttribute('href')) ?? '');
    if (nearId && nearId !== FROM_PAGE && nearId !== FROM_LIST.id) {
      await addButton(result).click();
      break;
    }
  }
  return [FROM_PAGE, FROM_LIST.id, nearId!];
}

/** Opens the shortlist page and waits for its entries. */
async function openShortlist(page: Page, fragment = ''): Promise<void> {
  await page.goto(`${site.origin}${routes.shortlist()}${fragment}`);
  await expect.poll(() => page.locator('[data-shortlist-status]').textContent()).toMatch(/has|no help|empty/);
}

describe('adding to the shortlist', () => {
  it('adds three listings from a listing page, a list and near-me results, keeps them after a reload, and shows them on the shortlist page', async () => {
    const { context, page, errors } = await open();
    const ids = await addThree(page);
    expect(await stored(page)).toEqual(ids);
    await page.reload();
    expect(await stored(page)).toEqual(ids);

    // The state shows as the page loads: a listing on the list offers to take it off, with a link to the list.
    await page.goto(`${site.origin}${routes.service(FROM_PAGE)}`);
    const box = page.locator('[data-shortlist]');
    await expect.poll(() => box.getByRole('button').textContent()).toMatch(/^Remove from your shortlist/);
    expect(await box.getByRole('link', { name: 'See your shortlist' }).isVisible()).toBe(true);

    await openShortlist(page);
    await page.reload();
    await openShortlist(page);
    const hrefs = await page.locator('[data-shortlist-entries] h2 a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    expect(hrefs.map(listingIdFromPath)).toEqual(ids);
    expect(await page.locator('[data-shortlist-status]').textContent()).toContain('Your shortlist has 3 services on it.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("takes a listing off with the same button, and says so; the button's name says which listing", async () => {
    const { context, page } = await open();
    await page.goto(`${site.origin}${routes.service(FROM_PAGE)}`);
    const name = (await page.locator('h1').textContent())!.trim();
    const button = page.getByRole('button', { name: `Add to your shortlist: ${name}` });
    await button.click();
    await page.getByRole('button', { name: `Remove from your shortlist: ${name}` }).click();
    expect(await page.locator('[data-shortlist] [role="status"]').textContent()).toBe('Taken off your shortlist.');
    expect(await stored(page)).toEqual([]);
    expect(await page.evaluate((key) => localStorage.getItem(key), SHORTLIST_KEY)).toBeNull();
    await context.close();
  });

  it('says the shortlist is full at 20, and adds no more', async () => {
    const { context, page } = await open();
    const full = Array.from({ length: SHORTLIST_MAX }, (_, i) => `listing-${i}`);
    await page.goto(`${site.origin}${routes.service(FROM_PAGE)}`);
    await page.evaluate(([key, ids]) => localStorage.setItem(key as string, JSON.stringify(ids)), [SHORTLIST_KEY, full] as const);
    await page.reload();
    await addButton(page).click();
    expect(await page.locator('[data-shortlist] [role="status"]').textContent()).toBe('Your shortlist is full.');
    expect(await stored(page)).toEqual(full);
    await context.close();
  });

  it('shows no button without JavaScript, and the shortlist page says it needs JavaScript', async () => {
    const { context, page } = await open({ javaScriptEnabled: false });
    for (const path of [routes.service(FROM_PAGE), FROM_LIST.list]) {
      await page.goto(`${site.origin}${path}`);
      expect(await page.getByRole('button', { name: /shortlist/ }).count(), path).toBe(0);
    }
    await page.goto(`${site.origin}${routes.shortlist()}`);
    expect(await page.locator('[data-shortlist-no-js]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the shortlist of three', () => {
  it('prints on one A4 page: each name with its phone number, its places, hours and a QR code, and none of the screen-only parts', async () => {
    const { context, page } = await open();
    await addThree(page);
    await openShortlist(page);
    const names = (await page.locator('[data-shortlist-entries] h2').allTextContents()).map((name) => name.trim());
    expect(names).toHaveLength(3);
    expect(await page.locator('[data-shortlist-entries] svg.qr').count()).toBe(3);
    await page.emulateMedia({ media: 'print' });
    const pdf = await readPdf(await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }));
    const flat = pdf.text.replace(/\s+/g, '');
    expect(pdf.pages).toBe(1);
    for (const name of names) expect(flat).toContain(name.replace(/\s+/g, ''));
    expect(flat).toContain('Phone01632960100');
    for (const place of ['NorthmereCentralLibrary', 'EastbrookLibrary', 'OakleyGreenLibrary']) expect(flat).toContain(place);
    for (const screenOnly of ['Takeoffyourshortlist', 'Copythemessage', 'Takeyourshortlistwithyou', 'Clearyourshortlist']) expect(flat).not.toContain(screenOnly);
    // Phone first: in each entry, the phone number comes before the first place.
    const entry = flat.slice(flat.indexOf(names[0]!.replace(/\s+/g, '')));
    expect(entry.indexOf('Phone')).toBeLessThan(entry.indexOf('NorthmereCentralLibrary'));
    await context.close();
  });

  it('becomes one text message of at most 3 segments, with each phone number and the link, in the box, the sms: link and the copy', async () => {
    const { context, page } = await open();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const ids = await addThree(page);
    await openShortlist(page);
    const message = await page.getByLabel('The text message').inputValue();
    const count = countSmsSegments(message);
    console.log(`Text message for the three listings: ${count.units} characters (${count.encoding}), ${count.segments} segments.`);
    expect(count.segments).toBeLessThanOrEqual(SMS_MAX_SEGMENTS);
    expect(message).toContain('Phone 01632 960100');
    const link = await page.getByLabel('Link to your shortlist').inputValue();
    expect(link).toBe(`${site.origin}${routes.shortlist()}#ids=${ids.join(',')}`);
    expect(message).toContain(link);
    const sms = await page.getByRole('link', { name: 'Open it in your messages app' }).getAttribute('href');
    expect(sms).toBe(`sms:?body=${encodeURIComponent(message)}`);
    await page.getByRole('button', { name: 'Copy the message' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
    await context.close();
  });

  it('becomes a link that rebuilds the list in a fresh browser, which offers to keep it', async () => {
    const first = await open();
    const ids = await addThree(first.page);
    await openShortlist(first.page);
    const link = await first.page.getByLabel('Link to your shortlist').inputValue();
    await first.context.close();

    const fresh = await open();
    await fresh.page.goto(link);
    await expect.poll(() => fresh.page.locator('[data-shortlist-entries] h2 a').count()).toBe(3);
    const hrefs = await fresh.page.locator('[data-shortlist-entries] h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.map(listingIdFromPath)).toEqual(ids);
    expect(await fresh.page.getByRole('heading', { name: 'Someone sent you this list' }).isVisible()).toBe(true);
    expect(await stored(fresh.page)).toEqual([]);
    await fresh.page.getByRole('button', { name: 'Keep it on your shortlist' }).click();
    expect(await stored(fresh.page)).toEqual(ids);
    expect(new URL(fresh.page.url()).hash).toBe('');
    expect(await fresh.page.getByRole('heading', { name: 'Someone sent you this list' }).isVisible()).toBe(false);
    await fresh.context.close();
  });

  it('never sends the list: no request carries the link, and each listing file is fetched on its own with no Referer', async () => {
    const first = await open();
    const ids = await addThree(first.page);
    await openShortlist(first.page);
    const link = await first.page.getByLabel('Link to your shortlist').inputValue();
    const fresh = await open();
    await fresh.page.goto(link);
    await expect.poll(() => fresh.page.locator('[data-shortlist-entries] h2').count()).toBe(3);
    await fresh.page.getByRole('button', { name: 'Keep it on your shortlist' }).click();
    const requests = [...first.requests, ...fresh.requests];
    const carried = [];
    for (const request of requests) {
      const everything = [request.url(), JSON.stringify(await request.allHeaders()), request.postData() ?? ''].join(' ');
      if (!request.url().startsWith(site.origin)) carried.push(`another host: ${request.url()}`);
      if (everything.includes('ids=')) carried.push(`the link: ${request.url()}`);
      const named = ids.filter((id) => everything.includes(id));
      if (named.length > 1) carried.push(`${named.length} listings together: ${request.url()}`);
      if (request.url().includes(SHORTLIST_DATA_FOLDER) && (await request.allHeaders()).referer !== undefined) carried.push(`a Referer: ${request.url()}`);
    }
    expect(carried).toEqual([]);
    expect(fresh.requests.filter((r) => r.url().includes(SHORTLIST_DATA_FOLDER))).toHaveLength(3);
    await first.context.close();
    await fresh.context.close();
  });
});

describe('a shortlist with problems', () => {
  it('shows a closed listing as closed and leaves it out of the message, and says what it could not show or read', async () => {
    const { context, page, errors } = await open();
    await openShortlist(page, '#ids=oakley-green-tech-cafe,riverside-tech-cafe,no-such-listing,%E0%A4%A,..%2Fsecret');
    const status = await page.locator('[data-shortlist-status]').textContent();
    expect(status).toContain('This list has 3 services on it.');
    expect(status).toContain('1 of them is no longer on this website.');
    expect(status).toContain('2 parts of the link could not be read.');
    expect(await page.locator('[data-shortlist-entries]').textContent()).toContain('This service has closed.');
    const message = await page.getByLabel('The text message').inputValue();
    expect(message).not.toContain('Tech Café');
    expect(message).toContain('1. ');
    expect(message).not.toContain('2. ');
    expect(await page.locator('[data-shortlist-text-size]').textContent()).toContain('closed');
    expect(errors.filter((error) => !error.includes('404'))).toEqual([]);
    await context.close();
  });

  it('says the shortlist is empty when nothing is on it, with nothing to print or send', async () => {
    const { context, page } = await open();
    await openShortlist(page);
    expect(await page.locator('[data-shortlist-status]').textContent()).toContain('Your shortlist is empty.');
    expect(await page.locator('[data-shortlist-share]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the shortlist: axe at 320 and 1280 px', () => {
  it('on the shortlist page with three listings, and on a list of help with its buttons', async () => {
    const { context, page } = await open();
    await page.addInitScript(AXE_SOURCE);
    await addThree(page);
    const problems: string[] = [];
    for (const path of [routes.shortlist(), FROM_LIST.list, routes.service(FROM_PAGE)]) {
      await page.goto(`${site.origin}${path}`);
      await expect.poll(() => page.locator('[data-shortlist]:not([hidden]), [data-shortlist-entries] li').count()).toBeGreaterThan(0);
      problems.push(...(await axeProblemsAtWidths(page)).map((problem) => `${path} ${problem}`));
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
