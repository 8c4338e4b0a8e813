/**
 * Plans every static list page of the directory: by kind of help, by area, by kind in an area,
 * and by cost, audience, specific support and language. These pages are how people filter
 * without JavaScript. Long lists are split into pages, so no page grows with the directory.
 */
import { findHelpSlug } from '../routes.ts';
import { AREA_NOT_KNOWN } from './area-not-known.ts';

export type DirectoryFacet = 'kind' | 'area' | 'cost' | 'audience' | 'support' | 'language';

/** What a list page needs to know about each available service. */
export interface ListedService {
  readonly id: string;
  readonly name: string;
  readonly kinds: readonly string[];
  readonly areas: readonly string[];
  readonly cost: string;
  readonly audiences: readonly string[];
  readonly support: readonly string[];
  readonly languages: readonly string[];
}

export interface ListPage {
  /** The path under /find-help/, without slashes at the ends, like "free-wifi/in/eastbrook/page/2". */
  readonly path: string;
  /** The path of the first page of this list. */
  readonly basePath: string;
  readonly filters: Partial<Record<DirectoryFacet, string>>;
  readonly serviceIds: readonly string[];
  readonly page: number;
  readonly pages: number;
  readonly total: number;
}

/** The facet value lists of a service. */
export function facetValuesOf(service: ListedService, facet: DirectoryFacet): readonly string[] {
  switch (facet) {
    case 'kind':
      return service.kinds;
    case 'area':
      return service.areas;
    case 'cost':
      return [service.cost];
    case 'audience':
      return service.audiences;
    case 'support':
      return service.support;
    case 'language':
      return service.languages;
  }
}

/** The part of a list's address after /find-help/, like "free-wifi/in/eastbrook" (see findHelpSlug in src/lib/routes.ts). */
export function listPath(filters: Partial<Record<DirectoryFacet, string>>): string {
  return findHelpSlug(filters);
}

function paginate(filters: ListPage['filters'], ids: readonly string[], perPage: number): ListPage[] {
  const basePath = findHelpSlug(filters);
  const pages = Math.max(1, Math.ceil(ids.length / perPage));
  return Array.from({ length: pages }, (_, index) => ({
    path: findHelpSlug(filters, index + 1),
    basePath,
    filters,
    serviceIds: ids.slice(index * perPage, (index + 1) * perPage),
    page: index + 1,
    pages,
    total: ids.length,
  }));
}

/**
 * Listings on one page of a list. Each listing in a list carries its places, hours, an "Add to
 * your shortlist" button and the list's Listen control: at 40 a page the longest list of the
 * fixture site weighed 15.2 KiB, over the 14 KiB budget; at 30 it was 13.8 KiB, but at 10,000
 * listings a list of services with several places each reached 14.1 KiB (npm run bench). At 25,
 * the lists in Urdu (whose letters take two bytes each and compress less) reached 14.5 KiB, and the
 * shipped site's list of help given in English 14.9 KiB. At 20, with the Listen control in Urdu, the
 * shipped site's Urdu list for Riverside was 14,354 bytes. At 18, some Urdu list pages of a
 * 25,000-listing directory (164,100 pages in all) went over, by up to 162 bytes (npm run bench --
 * --sizes 25000): the more pages, the more often 18 long entries meet on one. At 16 (with no
 * filter on a list split into pages), two Urdu lists of one area that fit on one page, and so have
 * the filter and the area's map as well, reached 14,518 bytes. At 14 there is room.
 */
export const LISTINGS_PER_PAGE = 14;

/**
 * Every list page for the available services. `order` gives each facet's values in the order
 * to list them (vocabulary order); only values that some service has get a page.
 */
export function planListPages(services: readonly ListedService[], order: Record<DirectoryFacet, readonly string[]>, perPage = LISTINGS_PER_PAGE): ListPage[] {
  const byFacet = (facet: DirectoryFacet, value: string) => services.filter((s) => facetValuesOf(s, facet).includes(value));
  const ids = (list: readonly ListedService[]) => list.map((s) => s.id);
  const plans: ListPage[] = [];
  for (const facet of Object.keys(order) as DirectoryFacet[]) {
    for (const value of order[facet]) {
      const matching = byFacet(facet, value);
      if (matching.length === 0) continue;
      const filters = { [facet]: value };
      plans.push(...paginate(filters, ids(matching), perPage));
    }
  }
  for (const kind of order.kind) {
    for (const area of order.area) {
      const matching = services.filter((s) => s.kinds.includes(kind) && s.areas.includes(area));
      if (matching.length === 0) continue;
      const filters = { kind, area };
      plans.push(...paginate(filters, ids(matching), perPage));
    }
  }
  return plans;
}

const COST_HEADINGS: Record<string, string> = {
  free: 'Help that is free for everyone',
  paid: 'Help that has a cost',
  'free-with-conditions': 'Help that is free for some people',
  'not-known': 'Help where the cost is not known',
};

/** The heading of a list page, in plain words: "Free Wi-Fi in Eastbrook", "Help for older people". */
export function listHeading(filters: ListPage['filters'], label: (facet: DirectoryFacet, value: string) => string): string {
  const kind = filters.kind ? label('kind', filters.kind) : undefined;
  if (filters.area === AREA_NOT_KNOWN) return kind ? `${kind}: area not known` : 'Help where the area is not known';
  if (kind && filters.area) return `${kind} in ${label('area', filters.area)}`;
  if (kind) return kind;
  if (filters.area) return `Help in ${label('area', filters.area)}`;
  if (filters.cost) return COST_HEADINGS[filters.cost] ?? 'Help that is free for some people';
  if (filters.audience) return `Help for ${label('audience', filters.audience).toLowerCase()}`;
  if (filters.support) return `Help for ${label('support', filters.support).toLowerCase()}`;
  if (filters.language) return `Help in ${label('language', filters.language)}`;
  return 'Help';
}
