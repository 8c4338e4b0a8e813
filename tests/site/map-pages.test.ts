/**
 * The maps on the built sites: every place (by its own latitude and longitude, or its postcode's)
 * is inside its area's boundary; each area's list has one dot per place it lists, numbered as the
 * list beside the map; the find-help page's map links each area to its list; a printed sheet's
 * dots are numbered as its entries; and the maps keep their pages light.
 */
import { withoutLanguage } from '../../src/lib/i18n/paths.ts';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { areaContains, boundariesById } from '../../src/lib/map/areas.ts';
import { placeCoordinates } from '../../src/lib/postcodes/place-coordinates.ts';
import { joinPostcodeTables } from '../../src/lib/postcodes/table.ts';
import { measurePage, PAGE_BUDGET_BYTES } from '../../scripts/lib/page-weight.ts';
import type { ServiceLocation } from '../../src/schemas/service.ts';
import { EVERY_BUILT_SITE, type BuiltPage } from '../support/built-site.ts';
import type { HTMLElement } from 'node-html-parser';

const words = (element: HTMLElement) => element.text.replace(/\s+/g, ' ').trim();
const serviceId = (href: string | undefined) => /\/services\/([^/]+)\/$/.exec(href ?? '')?.[1];

for (const site of EVERY_BUILT_SITE)
  describe(`maps, ${site.name}`, () => {
    const content = checkContent({ root: site.root, today: '2026-11-23' }).entries;
    const boundaryFile = content.get('areaBoundaries')[0];
    const boundaries = boundaryFile ? boundariesById(boundaryFile.data) : new Map();
    const table = joinPostcodeTables(content.get('postcodes').map((part) => part.data));
    const services = new Map(content.get('services').map((service) => [service.id, service.data]));
    const areaIds = content.get('areas').map((area) => area.id);
    const pages = () => site.pages();
    const page = (url: string) => pages().find((p) => p.url === url)!;

    it('has a boundary for every area (the sample sites ship areas.geojson)', () => {
      expect(areaIds.filter((id) => !boundaries.has(id))).toEqual([]);
    });

    it("puts every listing's and course's place inside its area's boundary, by its own latitude and longitude or its postcode's", () => {
      const places = [
        ...content.get('services').flatMap((s) => (s.data.locations ?? []).map((place) => ({ file: s.file, place }))),
        ...content.get('courses').flatMap((c) => (c.data.location ? [{ file: c.file, place: c.data.location }] : [])),
      ];
      const located = places.map(({ file, place }) => ({ file, place, at: placeCoordinates(place, table) }));
      // Every place the sample sites list can be placed (the postcode table has every postcode they use).
      expect(located.filter((p) => !p.at).map((p) => `${p.file}: ${p.place.name} ${p.place.postcode}`)).toEqual([]);
      const outside = located.filter(({ place, at }) => at && !areaContains(boundaries.get(place.area), [at.longitude, at.latitude]));
      expect(outside.map(({ file, place }) => `${file}: ${place.name} is not in ${place.area}`)).toEqual([]);
      expect(located.length).toBeGreaterThan(40);
    });

    it("has one map on the find-help page, with one link per area that has a list, to that list's page", () => {
      const index = page('/find-help/');
      const maps = index.document.querySelectorAll('.map');
      expect(maps.length).toBe(1);
      const mapLinks = maps[0]!.querySelectorAll('a').map((a) => [a.getAttribute('aria-label'), a.getAttribute('href')]);
      const listLinks = index.document
        .querySelectorAll('.area-links a')
        .map((a) => [words(a), a.getAttribute('href')])
        .filter(([, href]) => areaIds.some((id) => href?.endsWith(`/in/${id}/`)));
      expect(mapLinks).toEqual(listLinks);
      expect(mapLinks.length).toBeGreaterThan(1);
      for (const [, href] of mapLinks)
        expect(
          pages().some((p) => p.url === href),
          href!,
        ).toBe(true);
      // Every area is drawn, and named on the map.
      const labels = maps[0]!.querySelectorAll('.map-label').map((label) => label.querySelectorAll('tspan').map(words).join(' '));
      expect(labels.sort()).toEqual(
        content
          .get('areas')
          .map((area) => area.data.name)
          .sort(),
      );
    });

    /** An area's list pages: /find-help/in/<area>/ and its later pages. */
    const areaPages = () => pages().filter((p) => areaIds.some((id) => new RegExp(`^/find-help/in/${id}/(page/\\d+/)?$`).test(p.url)));
    const areaOf = (p: BuiltPage) => /\/in\/([^/]+)\//.exec(p.url)![1]!;

    it('has a map on every page of every area list', () => {
      expect(areaPages().length).toBeGreaterThanOrEqual(areaIds.length - 1);
      expect(
        areaPages()
          .filter((p) => p.document.querySelectorAll('.map-section .map svg').length !== 1)
          .map((p) => p.url),
      ).toEqual([]);
    });

    it("on each area's list, has one dot per place listed with a known position, numbered as the list beside the map", () => {
      const wrong: string[] = [];
      let dotsSeen = 0;
      for (const p of areaPages()) {
        const area = areaOf(p);
        const section = p.document.querySelector('.map-section')!;
        const dots = section.querySelectorAll('.map-dot text').map(words);
        const numbers = section.querySelectorAll('.map-list .map-number').map(words);
        const names = section.querySelectorAll('.map-list strong').map(words);
        // The places the page's listings show in this area that have a position, by name, as the list gives them.
        const listed = p.document.querySelectorAll('#service-list > li h2 a').map((a) => serviceId(a.getAttribute('href'))!);
        const expected = [
          ...new Set(
            listed.flatMap((id) =>
              (services.get(id)?.locations ?? []).filter((place: ServiceLocation) => place.area === area && placeCoordinates(place, table)).map((place: ServiceLocation) => place.name.trim()),
            ),
          ),
        ];
        if (dots.join() !== numbers.join()) wrong.push(`${p.url}: dots ${dots.join()} but list ${numbers.join()}`);
        if (numbers.join() !== expected.map((_, i) => i + 1).join()) wrong.push(`${p.url}: list numbered ${numbers.join()} for ${expected.length} places`);
        if (names.join('|').toLowerCase() !== expected.join('|').toLowerCase()) wrong.push(`${p.url}: places ${names.join('|')}, expected ${expected.join('|')}`);
        // Each place's services are listed on the page.
        for (const a of section.querySelectorAll('.map-list a')) if (!listed.includes(serviceId(a.getAttribute('href'))!)) wrong.push(`${p.url}: ${a.getAttribute('href')} is not on the list`);
        dotsSeen += dots.length;
      }
      expect(wrong).toEqual([]);
      expect(dotsSeen).toBeGreaterThan(20);
    });

    /** Printed sheets, with the area each is for (if any). */
    const sheets = () =>
      pages()
        .filter((p) => p.url.startsWith('/print/') && p.document.querySelector('.sheet-entries'))
        .map((p) => ({ page: p, area: /\/in\/([^/]+)\//.exec(p.url)?.[1] }));

    it('has a map on every printed sheet for an area or a kind of help (not for "area not known")', () => {
      const missing = sheets()
        .filter(({ area }) => area !== 'area-not-known')
        .filter(({ page: p }) => p.document.querySelectorAll('.sheet .sheet-map svg').length !== 1);
      expect(missing.map(({ page: p }) => p.url)).toEqual([]);
      expect(sheets().length).toBeGreaterThan(5);
    });

    it("numbers each printed sheet's dots as its entries: one dot for each of an entry's places on the sheet", () => {
      const wrong: string[] = [];
      for (const { page: p, area } of sheets()) {
        if (!p.document.querySelector('.sheet-map')) continue;
        const entries = p.document.querySelectorAll('.sheet-entry');
        const dots = p.document.querySelectorAll('.sheet-map .map-dot text').map(words).sort();
        const expected: string[] = [];
        entries.forEach((entry, i) => {
          if (words(entry.querySelector('.map-number')!) !== String(i + 1)) wrong.push(`${p.url}: entry ${i + 1} is numbered ${words(entry.querySelector('.map-number')!)}`);
          const id = serviceId(entry.querySelector('.qr')?.getAttribute('data-url') ?? undefined);
          const name = words(entry.querySelector('h2')!);
          const service = [...services.values()].find((s) => s.name === name);
          if (!service) return void wrong.push(`${p.url}: no listing named ${name} ${id ?? ''}`);
          for (const place of service.locations ?? []) if ((area === undefined || place.area === area) && placeCoordinates(place, table)) expected.push(String(i + 1));
        });
        if (dots.join() !== expected.sort().join()) wrong.push(`${p.url}: dots ${dots.join()}, expected ${expected.join()}`);
      }
      expect(wrong).toEqual([]);
    });

    it(`keeps every page with a map within ${PAGE_BUDGET_BYTES} bytes compressed (the area list with the most places is measured)`, () => {
      // Print sheets have their own budget (2 KiB an entry: the page-weight test), in every language.
      const withMaps = pages().filter((p) => p.document.querySelector('.map svg') && !withoutLanguage(p.url).startsWith('/print/'));
      const weights = withMaps.map((p) => ({ url: p.url, dots: p.document.querySelectorAll('.map-dot').length, ...measurePage(site.dist, p.file) }));
      const most = weights.reduce((a, b) => (b.dots > a.dots || (b.dots === a.dots && b.total > a.total) ? b : a));
      console.log(
        `${site.name}: the area list with the most places, ${most.url} (${most.dots} places), weighs ${most.total} bytes compressed; the heaviest page with a map weighs ${Math.max(...weights.map((w) => w.total))}.`,
      );
      expect(weights.filter((w) => w.total > PAGE_BUDGET_BYTES).map((w) => `${w.url}: ${w.total}`)).toEqual([]);
    });

    it('draws maps that ask for nothing: no script, no image, no link off the site', () => {
      for (const p of pages()) {
        for (const svg of p.document.querySelectorAll('.map svg')) {
          expect(svg.querySelectorAll('script, image, use, foreignObject, style').length, p.url).toBe(0);
          for (const a of svg.querySelectorAll('a')) expect(a.getAttribute('href'), p.url).toMatch(/^\/[^/]/);
        }
      }
    });
  });
