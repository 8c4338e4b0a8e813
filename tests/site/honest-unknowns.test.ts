/**
 * Honest unknowns on the built sites: a listing whose area is not known is on the "Area not
 * known" list and on no area's list or printable sheet; a listing nobody here has checked says so
 * on its page; a cost or a way to start that nobody knows is said in plain words, and an unknown
 * cost is never on the list of free help. The test walks every such listing of both sites (the
 * fixture site holds some of each on purpose: tests/fixtures/site/content/services/imported-*).
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { AREA_NOT_KNOWN, isAvailable } from '../../src/lib/directory/listing.ts';
import { formatLongDate } from '../../src/lib/dates.ts';
import { routes } from '../../src/lib/routes.ts';
import type { Service } from '../../src/schemas/service.ts';
import { EVERY_BUILT_SITE, TEST_SITE, type BuiltPage } from '../support/built-site.ts';

const LOCAL = 'https://local.invalid';

/** Text as a reader sees it: one space between words. */
const textOf = (page: BuiltPage) => (page.document.querySelector('main')?.text ?? '').replace(/\s+/g, ' ');

/** The paths of the listings a page links to, like "/services/library-wifi/" (without the base the site is published at). */
function linkedServices(page: BuiltPage): Set<string> {
  const found = new Set<string>();
  for (const a of page.document.querySelectorAll('main a[href]')) {
    const path = new URL(a.getAttribute('href')!, new URL(page.url, LOCAL)).pathname;
    const at = path.indexOf('/services/');
    if (at >= 0) found.add(path.slice(at));
  }
  return found;
}

/** What a listing's page says for one of its facts ("Cost", "How to get it"): the words after the term. */
function fact(page: BuiltPage, term: string): string | undefined {
  const dt = page.document.querySelectorAll('dl.facts dt').find((element) => element.text.trim() === term);
  return dt?.nextElementSibling?.text.replace(/\s+/g, ' ').trim();
}

/** Whether a sheet names a listing: printed sheets name each entry in a heading, with a QR code for its page. */
const sheetNames = (page: BuiltPage, name: string) => page.document.querySelectorAll('.sheet-entry h2').some((h) => h.text.replace(/\s+/g, ' ').trim() === name);

for (const site of EVERY_BUILT_SITE)
  describe(`honest unknowns, ${site.name}`, () => {
    const content = checkContent({ root: site.root, today: '2026-11-23' });
    const areaIds = content.entries.get('areas').map((area) => area.id);
    const listed = content.entries
      .get('services')
      .filter((service) => isAvailable(service.data))
      .map((service) => ({ id: service.id, data: service.data as Service }));
    const areaNotKnown = listed.filter((service) => service.data.areaNotKnown);
    const notYetChecked = content.entries.get('services').filter((service) => (service.data as Service).imported?.notYetChecked);
    // The English page (the same path under /cy/ is the Welsh one).
    const pageOf = (path: string) => site.pages().find((page) => page.url === path);
    /** Every page of a list or sheet whose address starts with one of these paths (its further pages and parts too). */
    const pagesUnder = (paths: readonly string[]) =>
      site.pages().filter((page) => paths.some((path) => page.url.endsWith(path) || page.url.includes(`${path}page/`) || page.url.includes(`${path}part/`)));

    if (site === TEST_SITE)
      it('the fixture site has listings with each unknown, so these checks are not empty', () => {
        expect(areaNotKnown.length).toBeGreaterThanOrEqual(2);
        expect(notYetChecked.length).toBeGreaterThanOrEqual(2);
        expect(listed.filter((service) => service.data.cost.type === 'not-known').length).toBeGreaterThanOrEqual(2);
        expect(listed.filter((service) => service.data.accessModes.includes('ask-how')).length).toBeGreaterThanOrEqual(2);
      });

    it('puts every listing whose area is not known on no area list and no area sheet', () => {
      const areaLists = site.pages().filter((page) => areaIds.some((area) => /\/find-help\/([^/]+\/)?in\/([^/]+)\//.exec(page.url)?.[2] === area));
      const areaSheets = site.pages().filter((page) => areaIds.some((area) => /\/print\/([^/]+\/)?in\/([^/]+)\//.exec(page.url)?.[2] === area));
      if (site === TEST_SITE) expect(areaLists.length * areaSheets.length).toBeGreaterThan(0);
      const wrong: string[] = [];
      for (const service of areaNotKnown) {
        for (const page of areaLists) if (linkedServices(page).has(routes.service(service.id))) wrong.push(`${page.url} lists ${service.id}`);
        for (const page of areaSheets) if (sheetNames(page, service.data.name)) wrong.push(`${page.url} prints ${service.id}`);
      }
      expect(wrong).toEqual([]);
    });

    it('lists every listing whose area is not known under "Area not known", linked from the find-help page beside the areas', () => {
      const own = pagesUnder([routes.findHelp({ area: AREA_NOT_KNOWN })]);
      const onList = new Set(own.flatMap((page) => [...linkedServices(page)]));
      expect(areaNotKnown.map((service) => routes.service(service.id)).filter((path) => !onList.has(path))).toEqual([]);
      // And nothing else is on it.
      expect([...onList].filter((path) => !areaNotKnown.some((service) => routes.service(service.id) === path))).toEqual([]);
      const index = pageOf(routes.findHelp())!;
      const areaLinks = index.document.querySelectorAll('#by-area ~ ul.area-links a').map((a) => a.text.trim());
      expect(areaLinks.includes('Area not known')).toBe(areaNotKnown.length > 0);
    });

    it('says on the page of every listing whose area is not known: "Where: not known"', () => {
      const wrong = areaNotKnown.filter((service) => !textOf(pageOf(routes.service(service.id))!).includes('Where: not known.')).map((service) => service.id);
      expect(wrong).toEqual([]);
    });

    it('says on the page of every listing nobody here has checked who imported it, when, and that nobody has checked it', () => {
      const wrong: string[] = [];
      for (const service of notYetChecked) {
        const imported = (service.data as Service).imported!;
        const text = textOf(pageOf(routes.service(service.id))!);
        const says = `Imported from ${imported.feed} on ${formatLongDate(imported.on)}. Nobody here has checked it yet.`;
        if (!text.includes(says)) wrong.push(`${service.id} does not say "${says}"`);
        if (/last checked on/i.test(text)) wrong.push(`${service.id} says it was last checked`);
      }
      expect(wrong).toEqual([]);
    });

    it('says an unknown cost and way to start in plain words, and never lists an unknown cost as free', () => {
      const wrong: string[] = [];
      const freeLists = pagesUnder([routes.findHelp({ cost: 'free' }), routes.findHelp({ cost: 'free-with-conditions' })]);
      for (const service of listed) {
        const page = pageOf(routes.service(service.id))!;
        if (service.data.cost.type === 'not-known') {
          if (!fact(page, 'Cost')?.startsWith('Not known. Ask when you get in touch.')) wrong.push(`${service.id}: cost not said as not known`);
          for (const page of freeLists) if (linkedServices(page).has(routes.service(service.id))) wrong.push(`${page.url} lists ${service.id}`);
        }
        if (service.data.accessModes.includes('ask-how') && fact(page, 'How to get it') !== 'Not known. Ask them how to start.') wrong.push(`${service.id}: how to start not said as not known`);
      }
      expect(wrong).toEqual([]);
    });
  });
