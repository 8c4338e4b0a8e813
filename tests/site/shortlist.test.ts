/**
 * The shortlist on the built fixture site: every listing page and every listing in every list of
 * help has a place for "Add to your shortlist" that names the right listing, and every listing has
 * its small shortlist file, which says what its page says (name, phone, each place and its hours,
 * closed or not) and whose QR code opens the page. Walks every listing and every list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { addressLine } from '../../src/lib/directory/listing.ts';
import { describeOpeningHours } from '../../src/lib/directory/opening-hours.ts';
import { routes } from '../../src/lib/routes.ts';
import { listingIdFromPath, SHORTLIST_DATA_FOLDER, shortlistEntryPath } from '../../src/lib/shortlist/paths.ts';
import { listingQr } from '../../src/lib/shortlist/qr-code.ts';
import { readShortlistEntry } from '../../src/lib/shortlist/read-entry.ts';
import type { Service } from '../../src/schemas/service.ts';
import { TEST_SITE } from '../support/built-site.ts';

const site = TEST_SITE;
const words = (element: HTMLElement) => element.text.replace(/\s+/g, ' ').trim();

describe(`the shortlist, ${site.name}`, () => {
  const content = checkContent({ root: site.root, today: '2026-11-23' });
  const services = content.entries.get('services').map((entry) => ({ id: entry.id, data: entry.data as Service }));
  const ids = new Set(services.map((s) => s.id));
  const page = (url: string) => site.pages().find((p) => p.url === url);

  it('has a listing page for every listing (so the checks below cover them all)', () => {
    expect(services.length).toBeGreaterThan(40);
    expect(services.filter((s) => !page(routes.service(s.id))).map((s) => s.id)).toEqual([]);
  });

  it('puts one hidden place for the button on every listing page, in <main>, and the page address names that listing', () => {
    const wrong = services.flatMap(({ id }) => {
      const built = page(routes.service(id))!;
      const places = built.document.querySelectorAll('[data-shortlist]');
      const problems = [];
      if (places.length !== 1) problems.push(`${places.length} places for the button`);
      else {
        if (places[0]!.getAttribute('hidden') === undefined) problems.push('the place is not hidden without JavaScript');
        if (!places[0]!.closest('main')) problems.push('the place is not in <main>');
        if (places[0]!.closest('li')) problems.push('the place is in a list item, so the script would look for a heading link there');
      }
      if (listingIdFromPath(built.url) !== id) problems.push(`its address gives the id ${listingIdFromPath(built.url)}`);
      return problems.map((problem) => `${built.url}: ${problem}`);
    });
    expect(wrong).toEqual([]);
  });

  const listPages = () => site.pages().filter((p) => p.url.startsWith('/find-help/') && p.document.querySelector('#service-list'));

  it('puts one place for the button on every listing in every list of help, beside the heading link that names the listing', () => {
    const lists = listPages();
    expect(lists.length).toBeGreaterThan(20);
    let items = 0;
    const wrong = lists.flatMap((list) =>
      list.document.querySelectorAll('#service-list > li').flatMap((li) => {
        items++;
        const link = li.querySelector('h2 a')?.getAttribute('href') ?? '';
        const id = listingIdFromPath(link);
        const places = li.querySelectorAll('[data-shortlist]');
        if (places.length !== 1) return [`${list.url}: ${link}: ${places.length} places for the button`];
        if (places[0]!.getAttribute('hidden') === undefined) return [`${list.url}: ${link}: not hidden without JavaScript`];
        if (id === undefined || !ids.has(id)) return [`${list.url}: the heading link ${link} names no listing`];
        return [];
      }),
    );
    expect(wrong).toEqual([]);
    expect(items).toBeGreaterThan(services.length);
  });

  it("loads the buttons' script once on every page with a place for a button, from this site", () => {
    const wrong = site.pages().flatMap((built) => {
      if (!built.document.querySelector('[data-shortlist]')) return [];
      const scripts = built.document.querySelectorAll('script[src*="shortlist-button"]');
      if (scripts.length !== 1) return [`${built.url}: ${scripts.length} copies of the buttons' script`];
      const src = scripts[0]!.getAttribute('src')!;
      return src.startsWith('/_astro/') && existsSync(join(site.dist, src)) ? [] : [`${built.url}: the script ${src} is not a file of this site`];
    });
    expect(wrong).toEqual([]);
  });

  it('has one shortlist file for each listing and no other', () => {
    const folder = join(site.dist, SHORTLIST_DATA_FOLDER);
    expect(existsSync(folder)).toBe(true);
    const files = readdirSync(folder).sort();
    expect(files).toEqual(services.map((s) => decodeURIComponent(shortlistEntryPath(s.id).slice(SHORTLIST_DATA_FOLDER.length))).sort());
  });

  const entryOf = (id: string) => readShortlistEntry(JSON.parse(readFileSync(join(site.dist, decodeURIComponent(shortlistEntryPath(id))), 'utf8')), id);

  it("gives in each listing's file the name, phone number or other contact, and closed or not, as its page does", () => {
    const wrong = services.flatMap(({ id, data }) => {
      const entry = entryOf(id);
      if (!entry) return [`${id}: the file is not a shortlist file for this listing`];
      const built = page(routes.service(id))!;
      const main = built.document.querySelector('main')!;
      const problems = [];
      if (entry.name !== words(main.querySelector('h1')!)) problems.push(`name "${entry.name}" is not the page's heading`);
      if (entry.path !== built.url) problems.push(`its page is ${entry.path}`);
      const contact = words(main.querySelector('.contact')!);
      if (entry.phone !== data.phone) problems.push(`phone ${entry.phone} is not the listing's ${data.phone}`);
      if (entry.phone && !contact.replace(/\u00a0/g, ' ').includes(entry.phone)) problems.push(`phone ${entry.phone} is not on the page`);
      if (!entry.phone && entry.contact.length === 0 && (data.email || data.website)) problems.push('no phone and no other way to get in touch');
      if (data.email && !entry.phone && !entry.contact.includes(`Email ${data.email}`)) problems.push('the email address is missing');
      const pageSaysClosed = main.querySelector('.status strong') !== null && /closed/i.test(words(main.querySelector('.status strong')!));
      if ((entry.closed !== undefined) !== pageSaysClosed) problems.push(`closed in the file: ${entry.closed ?? 'no'}; on the page: ${pageSaysClosed}`);
      return problems.map((problem) => `${id}: ${problem}`);
    });
    expect(wrong).toEqual([]);
  });

  it("gives in each listing's file every place of the listing, in its order, with its hours, as its page shows them, and no other place", () => {
    const wrong = services.flatMap(({ id, data }) => {
      const entry = entryOf(id)!;
      const main = page(routes.service(id))!.document.querySelector('main')!;
      const places = data.locations ?? [];
      const problems = [];
      if (entry.places.length !== places.length) problems.push(`${entry.places.length} places in the file, ${places.length} in the listing`);
      const shownOnPage = main.querySelectorAll('section.place').map((section) => words(section));
      if (shownOnPage.length !== places.length) problems.push(`${shownOnPage.length} places on the page`);
      places.forEach((place, i) => {
        const inFile = entry.places[i];
        if (!inFile) return;
        if (inFile.where !== `${place.name}, ${addressLine(place)}`) problems.push(`place ${i + 1} is "${inFile.where}"`);
        if (!shownOnPage[i]?.startsWith(place.name) || !shownOnPage[i]?.includes(place.postcode)) problems.push(`place ${i + 1} (${place.name}) is not the page's place ${i + 1}`);
        for (const line of describeOpeningHours(place.openingHours ?? [])) {
          if (!inFile.hours.includes(line)) problems.push(`place ${i + 1}: hours "${line}" missing from the file`);
          if (!shownOnPage[i]?.includes(line)) problems.push(`place ${i + 1}: hours "${line}" missing from the page`);
        }
        if (place.hoursNote && !inFile.hours.includes(place.hoursNote)) problems.push(`place ${i + 1}: the note about its hours is missing`);
      });
      if (places.length === 0 && !entry.noPlace) problems.push('no place and no words for how help is given');
      return problems.map((problem) => `${id}: ${problem}`);
    });
    expect(wrong).toEqual([]);
  });

  it("gives in each listing's file the QR code of its page's own address (its canonical link)", () => {
    const wrong = services.flatMap(({ id }) => {
      const canonical = page(routes.service(id))!.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (!canonical) return [`${id}: the page has no canonical address`];
      return JSON.stringify(entryOf(id)!.qr) === JSON.stringify(listingQr(canonical)) ? [] : [`${id}: the QR code is not that of ${canonical}`];
    });
    expect(wrong).toEqual([]);
  });

  it('keeps each shortlist file small (under 2 KiB), so a list of 20 costs little data', () => {
    const big = services.flatMap(({ id }) => {
      const bytes = readFileSync(join(site.dist, decodeURIComponent(shortlistEntryPath(id)))).length;
      return bytes > 2048 ? [`${id}: ${bytes} bytes`] : [];
    });
    expect(big).toEqual([]);
  });

  it('has a shortlist page that says, without JavaScript, that the shortlist needs it, and links to the lists of help', () => {
    const built = page(routes.shortlist());
    expect(built).toBeDefined();
    const noJs = built!.document.querySelector('[data-shortlist-no-js]')!;
    expect(words(noJs)).toContain('needs JavaScript');
    expect(noJs.querySelector(`a[href$="${routes.findHelp()}"]`)).not.toBeNull();
    expect(built!.document.querySelector('[data-shortlist-page]')?.getAttribute('hidden')).toBeDefined();
  });
});
