/**
 * Right place, right day: every list of help and every printable sheet shows, for each service,
 * the address and opening hours of the right place. A list or sheet for an area (or a kind of
 * help in an area) shows the service's places in that area and no other; a list or sheet for a
 * kind of help shows every place. A list entry shows the first few of them (PLACES_IN_A_LIST_ENTRY)
 * and links to the listing with "Also at N other places"; a sheet shows them all. Each card says which areas the service covers, and says
 * "Across <borough>" only when it covers every area. The test walks every service, every place
 * and every area of both built sites, and reads the hours in words from the same function the
 * pages use.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { addressLine, areasServed, isAvailable } from '../../src/lib/directory/listing.ts';
import { describeOpeningHours } from '../../src/lib/directory/opening-hours.ts';
import { findHelpSlug, routes } from '../../src/lib/routes.ts';
import { kindsOfHelp } from '../../src/lib/vocabulary/index.ts';
import { PLACES_IN_A_LIST_ENTRY } from '../../src/lib/views/service-item.ts';
import type { Service, ServiceLocation } from '../../src/schemas/service.ts';
import { EVERY_BUILT_SITE, type BuiltPage } from '../support/built-site.ts';

/** Text as a reader sees it: one space between words. */
const words = (element: HTMLElement) => element.text.replace(/\s+/g, ' ').trim();

/** What a page must say about one place: its address, each line of its hours, and the note about them. */
function placeWords(place: ServiceLocation): string[] {
  return [addressLine(place), ...describeOpeningHours(place.openingHours ?? []), ...(place.hoursNote !== undefined ? [place.hoursNote] : [])];
}

/** "Eastbrook", "Eastbrook and Oakley Green", "Eastbrook, Hillside and Oakley Green". */
const inWords = (names: readonly string[]) => (names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

for (const site of EVERY_BUILT_SITE)
  describe(`each list and sheet shows the right place, with its address and hours, ${site.name}`, () => {
    const content = checkContent({ root: site.root, today: '2026-11-23' });
    const borough = content.entries.get('site')[0]!.data.area;
    // The site lists areas in the order of their names, as people look for them.
    const areas = [...content.entries.get('areas')].sort((a, b) => a.data.name.localeCompare(b.data.name));
    const areaIds = areas.map((area) => area.id);
    const areaName = new Map(areas.map((area) => [area.id, area.data.name]));
    const listed = content.entries
      .get('services')
      .filter((service) => isAvailable(service.data))
      .map((service) => ({ id: service.id, data: service.data as Service, areas: areasServed(service.data, areaIds) }));
    type Listed = (typeof listed)[number];

    /** The built pages of a list or sheet: its first page, and any further pages or parts. */
    const pagesOf = (first: string, more: 'page' | 'part'): BuiltPage[] => {
      const pattern = new RegExp(`^${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(${more}/\\d+/)?$`);
      return site.pages().filter((page) => pattern.test(page.url));
    };

    /** The card of a service on a list page, found by the link to its page. */
    const card = (page: BuiltPage, id: string) => page.document.querySelectorAll('#service-list > li').find((li) => li.querySelector(`h2 a[href$="/services/${id}/"]`) !== null);
    /** The entry of a service on a printable sheet, found by its name. */
    const entry = (page: BuiltPage, name: string) => page.document.querySelectorAll('.sheet-entry').find((li) => words(li.querySelector('h2') ?? li) === name);

    /**
     * What is wrong with how the pages of one list or sheet show the services that should be on it:
     * a service missing, a place of this list not shown with its address and hours, or a place
     * from another area shown.
     */
    function problems(
      pages: BuiltPage[],
      label: string,
      services: readonly Listed[],
      placeShown: (place: ServiceLocation) => boolean,
      find: (page: BuiltPage, service: Listed) => HTMLElement | undefined,
      /** A list entry shows at most this many places, then "Also at N other places" (a sheet shows every place). */
      limit?: number,
    ): string[] {
      if (pages.length === 0) return [`${label}: not built`];
      const found: string[] = [];
      for (const service of services) {
        const matches = pages.flatMap((page) => {
          const element = find(page, service);
          return element ? [{ page, element, text: words(element) }] : [];
        });
        if (matches.length !== 1) {
          found.push(`${label}: ${service.data.name} is on ${matches.length} pages, not 1`);
          continue;
        }
        const { page, element, text } = matches[0]!;
        const ofThisList = (service.data.locations ?? []).filter(placeShown);
        const expected = limit === undefined ? ofThisList : ofThisList.slice(0, limit);
        for (const place of service.data.locations ?? []) {
          if (expected.includes(place)) {
            for (const part of placeWords(place)) if (!text.includes(part)) found.push(`${page.url}: ${service.data.name} does not show "${part}" (${place.name})`);
          } else if (text.includes(addressLine(place)))
            found.push(
              placeShown(place)
                ? `${page.url}: ${service.data.name} shows ${place.name}, beyond the first ${limit} places a list entry shows`
                : `${page.url}: ${service.data.name} shows ${place.name} (${areaName.get(place.area)}), which is not in this list's area`,
            );
        }
        if (limit !== undefined) {
          // The places not shown are counted, with a link to the listing's page, which shows them all.
          const others = ofThisList.length - expected.length;
          const link = element.querySelectorAll('a').find((a) => /^Also at \d+ other places?$/.test(words(a)));
          const says = others === 0 ? undefined : `Also at ${others} other place${others === 1 ? '' : 's'}`;
          if (says !== (link ? words(link) : undefined)) found.push(`${page.url}: ${service.data.name} says "${link ? words(link) : 'nothing'}" about other places, not "${says ?? 'nothing'}"`);
          else if (link && link.getAttribute('href') !== routes.service(service.id)) found.push(`${page.url}: ${service.data.name}'s "${says}" links to ${link.getAttribute('href')}`);
        }
      }
      return found;
    }

    const onList = (page: BuiltPage, service: Listed) => card(page, service.id);
    const LIST = PLACES_IN_A_LIST_ENTRY;
    const onSheet = (page: BuiltPage, service: Listed) => entry(page, service.data.name);
    const inArea = (area: string) => (place: ServiceLocation) => place.area === area;
    const everyPlace = () => true;
    const kinds = kindsOfHelp.ids.filter((kind) => listed.some((service) => service.data.kinds.includes(kind)));

    it(`shows, on each area list, the first ${PLACES_IN_A_LIST_ENTRY} places of each service in that area with their addresses and hours, "Also at N other places" for the rest, and no place in another area`, () => {
      const found = areaIds.flatMap((area) => {
        const services = listed.filter((service) => service.areas.includes(area));
        return services.length === 0 ? [] : problems(pagesOf(routes.findHelp({ area }), 'page'), routes.findHelp({ area }), services, inArea(area), onList, LIST);
      });
      expect(found).toEqual([]);
    });

    it('shows, on each area print sheet, the places of each service in that area with their addresses and hours, and no place in another area', () => {
      const found = areaIds.flatMap((area) => {
        const services = listed.filter((service) => service.areas.includes(area));
        return services.length === 0 ? [] : problems(pagesOf(routes.printSheet({ area }), 'part'), routes.printSheet({ area }), services, inArea(area), onSheet);
      });
      expect(found).toEqual([]);
    });

    it(`shows, on each list of a kind of help in an area, only the places in that area (the first ${PLACES_IN_A_LIST_ENTRY}, then "Also at N other places"), with their addresses and hours`, () => {
      const found = kinds.flatMap((kind) =>
        areaIds.flatMap((area) => {
          const services = listed.filter((service) => service.data.kinds.includes(kind) && service.areas.includes(area));
          return services.length === 0 ? [] : problems(pagesOf(routes.findHelp({ kind, area }), 'page'), routes.findHelp({ kind, area }), services, inArea(area), onList, LIST);
        }),
      );
      expect(found).toEqual([]);
    });

    it(`shows every place of every service, with its address and hours, on each print sheet of a kind of help (or its sheet for each area, for a kind split by area), and the first ${PLACES_IN_A_LIST_ENTRY} with "Also at N other places" on its list`, () => {
      const found = kinds.flatMap((kind) => {
        const services = listed.filter((service) => service.data.kinds.includes(kind));
        const onItsList = problems(pagesOf(routes.findHelp({ kind }), 'page'), routes.findHelp({ kind }), services, everyPlace, onList, LIST);
        const whole = pagesOf(routes.printSheet({ kind }), 'part');
        const onSheets =
          whole.length > 0
            ? problems(whole, routes.printSheet({ kind }), services, everyPlace, onSheet)
            : areaIds.flatMap((area) => {
                const inThisArea = services.filter((service) => service.areas.includes(area));
                return inThisArea.length === 0 ? [] : problems(pagesOf(routes.printSheet({ kind, area }), 'part'), routes.printSheet({ kind, area }), inThisArea, inArea(area), onSheet);
              });
        return [...onItsList, ...onSheets];
      });
      expect(found).toEqual([]);
    });

    it(`says on each card which areas the service covers, and "Across ${'<borough>'}" only when it covers every area`, () => {
      const byId = new Map(listed.map((service) => [service.id, service]));
      const found: string[] = [];
      let cards = 0;
      for (const page of site.pages().filter((p) => p.url.startsWith(routes.findHelp()) && p.url !== routes.findHelp())) {
        for (const li of page.document.querySelectorAll('#service-list > li')) {
          const id = /\/services\/([^/]+)\/$/.exec(li.querySelector('h2 a')?.getAttribute('href') ?? '')?.[1];
          const service = id === undefined ? undefined : byId.get(id);
          if (!service) {
            found.push(`${page.url}: a card that links to no listed service`);
            continue;
          }
          cards++;
          // A listing whose area is not known (areaNotKnown) says so, not which areas it covers.
          const covers = service.data.areaNotKnown
            ? 'Area not known'
            : service.areas.length === areaIds.length
              ? `Across ${borough}`
              : inWords(service.areas.map((area) => areaName.get(area) ?? area));
          const meta = words(li.querySelector('.meta') ?? li).split(' · ');
          if (!meta.includes(covers)) found.push(`${page.url}: ${service.data.name} says "${meta.join(' · ')}", not "${covers}"`);
        }
      }
      expect(cards).toBeGreaterThan(listed.length);
      expect([...new Set(found)].slice(0, 20)).toEqual([]);
    });

    it('lists every page this test walks under the address the routes give', () => {
      // A guard on the test itself: the list of Eastbrook, or the first area with help, is where the routes say.
      const area = areaIds.find((id) => listed.some((service) => service.areas.includes(id)))!;
      expect(pagesOf(routes.findHelp({ area }), 'page').map((page) => page.url)[0]).toBe(`/find-help/${findHelpSlug({ area })}/`);
    });
  });
