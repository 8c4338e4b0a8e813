/**
 * Find help near you (/find-help/near/) in Chromium, on the test fixture site: a postcode from a
 * link lists the places nearest first, each with its distance, checked against distances this
 * test works out itself from the site's places data and postcode file; "Use my location" at the
 * same point gives the same list; a wrong postcode gets a GOV.UK error summary; the kind filter
 * and "Show more" work; nothing is asked of any other host; axe finds nothing at 320 and 1280 px.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { nearPlacesCellPath, nearPlacesIndexPath } from '../../src/lib/near/paths.ts';
import { decodeCell, decodeIndex, type NearListing } from '../../src/lib/near/places-data.ts';
import { readDistrictFile, postcodeDistrictUrl } from '../../src/lib/postcodes/district-file.ts';
import { TEST_SITE } from '../support/built-site.ts';
import { useBrowserOnBuiltSite, watchPage, type PageWatch } from '../support/browser.ts';
import { AXE_SOURCE, axeProblemsAtWidths } from '../support/page-check.ts';

const site = useBrowserOnBuiltSite();
const NEAR = '/find-help/near/';
/** Eastbrook Library's postcode in the fixture; typed as a person might. */
const POSTCODE = 'NM3 4EF';
const TYPED = 'nm34ef';

const readDist = (path: string) => JSON.parse(readFileSync(join(TEST_SITE.dist, path), 'utf8')) as unknown;
const here = () => readDistrictFile(readDist(postcodeDistrictUrl('NM3'))).get(POSTCODE)!;

/** Every listing in the places data, its places from every square together. */
function everyListing(): Map<string, NearListing> {
  const listings = new Map<string, NearListing>();
  for (const cell of decodeIndex(readDist(nearPlacesIndexPath())).cells.keys())
    for (const listing of decodeCell(readDist(nearPlacesCellPath(cell)))) {
      const known = listings.get(listing.path);
      listings.set(listing.path, known ? { ...known, places: [...known.places, ...listing.places] } : listing);
    }
  return listings;
}

/** Haversine on a sphere of the Earth's mean radius, written here again so the test does not take the page's word for it. */
function miles(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * r) / 2) ** 2 + Math.cos(a.latitude * r) * Math.cos(b.latitude * r) * Math.sin(((b.longitude - a.longitude) * r) / 2) ** 2;
  return 2 * 3958.76 * Math.asin(Math.sqrt(h));
}

/** The listings nearest first (each at its nearest place), as this test works them out. */
function expectedOrder(from: { latitude: number; longitude: number }, kind?: string): { path: string; miles: number }[] {
  return [...everyListing().values()]
    .filter((listing) => kind === undefined || listing.kinds.includes(kind))
    .map((listing) => ({ path: listing.path, name: listing.name, miles: Math.min(...listing.places.map((place) => miles(from, place))) }))
    .sort((a, b) => a.miles - b.miles || a.name.localeCompare(b.name))
    .map(({ path, miles }) => ({ path, miles }));
}

interface Shown {
  readonly path: string;
  readonly place: string;
  readonly miles: string;
}

/** The results the page shows: each listing's address, its place's words and its distance in words. */
async function shownResults(page: Page): Promise<Shown[]> {
  await expect.poll(() => page.locator('[data-near-status]').textContent()).toMatch(/^Showing/);
  return page.locator('[data-near-results] > li').evaluateAll((items) =>
    items.map((li) => ({
      path: li.querySelector('h2 a')!.getAttribute('href')!,
      place: li.querySelector('p')!.textContent!.replace(/:.*$/, ''),
      miles: li.querySelector('p strong')!.textContent!,
    })),
  );
}

/** Checks what the page shows against the order and distances worked out here: every result, its place and its distance. */
function checkAgainstData(shown: readonly Shown[], from: { latitude: number; longitude: number }, kind?: string) {
  const expected = expectedOrder(from, kind);
  const listings = everyListing();
  expect(shown.map((s) => s.path)).toEqual(expected.slice(0, shown.length).map((e) => e.path));
  for (const [i, result] of shown.entries()) {
    const want = expected[i]!.miles;
    expect(result.miles, result.path).toBe(Math.round(want * 10) / 10 < 0.1 ? 'Less than 0.1 miles away' : `${(Math.round(want * 10) / 10).toFixed(1)} miles away`);
    // The place named is the listing's nearest.
    const nearest = listings.get(result.path)!.places.filter((place) => Math.abs(miles(from, place) - want) < 1e-9);
    expect(
      nearest.some((place) => result.place.startsWith(place.name)),
      `${result.path} at ${result.place}`,
    ).toBe(true);
  }
}

async function openPage(options: BrowserContextOptions = {}): Promise<{ page: Page; watch: PageWatch; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width: 320, height: 900 }, ...options });
  const page = await context.newPage();
  const watch = await watchPage(page, site.origin);
  return { page, watch, close: () => context.close() };
}

function expectOnlyThisSite(watch: PageWatch) {
  expect(watch.outside).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
}

describe('find help near you', () => {
  it('lists the nearest places to a postcode from a link, nearest first, 10 with their distances', async () => {
    const { page, watch, close } = await openPage();
    await page.goto(`${site.origin}${NEAR}?postcode=${TYPED}`);
    const shown = await shownResults(page);
    expect(shown).toHaveLength(10);
    checkAgainstData(shown, here());
    expect(await page.locator('#postcode').inputValue()).toBe(POSTCODE);
    expect(await page.locator('[data-near-status]').textContent()).toBe(`Showing the 10 nearest places to ${POSTCODE}.`);
    expect(await page.locator('[data-near-no-js]').isVisible()).toBe(false);
    expectOnlyThisSite(watch);
    await close();
  });

  it('lists the same places from "Use my location" at the same point, without putting the position in the address', async () => {
    const { page, watch, close } = await openPage({ permissions: ['geolocation'], geolocation: here() });
    await page.goto(`${site.origin}${NEAR}`);
    await page.getByRole('button', { name: 'Use my location' }).click();
    const shown = await shownResults(page);
    checkAgainstData(shown, here());
    expect(await page.locator('[data-near-status]').textContent()).toBe('Showing the 10 nearest places to you.');
    expect(new URL(page.url()).search).toBe('');
    expectOnlyThisSite(watch);
    await close();
  });

  it('says a typed postcode is not a full postcode, in an error summary that takes focus, and still shows the areas', async () => {
    const { page, watch, close } = await openPage();
    await page.goto(`${site.origin}${NEAR}`);
    await page.getByLabel('Your postcode').fill('NM3 4E');
    await page.getByRole('button', { name: 'Search' }).click();
    const summary = page.locator('[data-near-error]');
    await expect.poll(() => summary.isVisible()).toBe(true);
    const example = await page.locator('form[data-near-form]').getAttribute('data-example');
    expect(await summary.locator('a[href="#postcode"]').textContent()).toBe(`Enter a full postcode, like ${example}`);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-near-error'))).toBe(true);
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator('#postcode').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#postcode-error').textContent()).toBe(`Error: Enter a full postcode, like ${example}`);
    expect(await page.locator('[data-near-results] > li').count()).toBe(0);
    expect(await page.locator('#areas ~ .area-links a').count()).toBeGreaterThan(0);
    expectOnlyThisSite(watch);
    await close();
  });

  it('says it cannot find a postcode the site does not have', async () => {
    const { page, watch, close } = await openPage();
    await page.goto(`${site.origin}${NEAR}?postcode=NM9+9ZZ`);
    const summary = page.locator('[data-near-error]');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await summary.locator('a').textContent()).toMatch(/^We could not find NM9 9ZZ\. We only know postcodes in and near Northmere\./);
    expectOnlyThisSite(watch);
    await close();
  });

  it('shows only the kind of help chosen, nearest first, and says so in the address', async () => {
    const { page, watch, close } = await openPage();
    await page.goto(`${site.origin}${NEAR}?postcode=${TYPED}`);
    await shownResults(page);
    await page.getByLabel('Kind of help').selectOption('free-wifi');
    await expect.poll(() => page.locator('[data-near-status]').textContent()).toMatch(/Kind of help: Free Wi-Fi\.$/);
    const shown = await shownResults(page);
    expect(shown.length).toBeGreaterThan(1);
    checkAgainstData(shown, here(), 'free-wifi');
    expect(new URL(page.url()).searchParams.get('kind')).toBe('free-wifi');
    expect(await page.locator('[data-near-no-place] a').getAttribute('href')).toBe('/find-help/free-wifi/');
    expectOnlyThisSite(watch);
    await close();
  });

  it('shows 10 more with "Show more places", and moves to the first new one', async () => {
    const { page, watch, close } = await openPage();
    await page.goto(`${site.origin}${NEAR}?postcode=${TYPED}`);
    expect(await shownResults(page)).toHaveLength(10);
    await page.getByRole('button', { name: 'Show more places' }).click();
    await expect.poll(() => page.locator('[data-near-results] > li').count()).toBeGreaterThan(10);
    const shown = await shownResults(page);
    const total = expectedOrder(here()).length;
    expect(shown).toHaveLength(Math.min(20, total));
    checkAgainstData(shown, here());
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(shown[10]!.path);
    expect(await page.getByRole('button', { name: 'Show more places' }).isVisible()).toBe(total > 20);
    expectOnlyThisSite(watch);
    await close();
  });

  it('says without JavaScript that the search needs it, and links to every area', async () => {
    const { page, close } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}${NEAR}`);
    expect(await page.locator('[data-near-no-js]').textContent()).toContain('needs JavaScript');
    expect(await page.locator('form[data-near-form]').isVisible()).toBe(false);
    expect(await page.locator('.area-links a[href^="/find-help/in/"]').count()).toBeGreaterThan(0);
    await close();
  });
});

describe('find help near you: axe at 320 and 1280 px', () => {
  it('with results showing', async () => {
    const { page, watch, close } = await openPage();
    await page.addInitScript(AXE_SOURCE);
    await page.goto(`${site.origin}${NEAR}?postcode=${TYPED}`);
    await shownResults(page);
    expect(await axeProblemsAtWidths(page)).toEqual([]);
    expectOnlyThisSite(watch);
    await close();
  });

  it('with the error summary showing', async () => {
    const { page, watch, close } = await openPage();
    await page.addInitScript(AXE_SOURCE);
    await page.goto(`${site.origin}${NEAR}?postcode=NM3+4E`);
    await expect.poll(() => page.locator('[data-near-error]').isVisible()).toBe(true);
    expect(await axeProblemsAtWidths(page)).toEqual([]);
    expectOnlyThisSite(watch);
    await close();
  });
});
