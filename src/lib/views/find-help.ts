/**
 * What a list page of the directory shows (/find-help/free-wifi/, /find-help/in/eastbrook/...):
 * its heading, the services on this page (each with its places: on a list for an area, only those
 * in that area), links to narrower lists, the print link and the
 * instant filters worth offering. The page file only lays these out.
 */
import { facetValuesOf, type DirectoryFacet, type ListPage } from '../directory/list-pages.ts';
import { AREA_NOT_KNOWN } from '../directory/area-not-known.ts';
import { coversEveryArea } from '../directory/places.ts';
import { findHelpSlug, routes } from '../routes.ts';
import { termDescription } from '../i18n/terms.ts';
import { translator, type Translator } from '../i18n/translate.ts';
import { areaNameIn, listHeadingIn } from './directory-words.ts';
import { serviceItemView, type ServiceItemView } from './service-item.ts';
import { serviceById, type Crumb, type DirectoryWords, type FilterControl, type LinkGroup, type ViewDirectory, type ViewService } from './shared.ts';

/** The filters in the order the instant filter menus show them. */
const FILTER_ORDER: readonly DirectoryFacet[] = ['kind', 'area', 'cost', 'audience', 'support', 'language'];

export interface FindHelpView<S extends ViewService> {
  readonly heading: string;
  /** The page title: the heading, with the page number when the list has more than one page. */
  readonly title: string;
  readonly description: string;
  /** What the kind of help is, for a list of one kind of help. */
  readonly lead: string | undefined;
  /** How many places and services the whole list has, in words: "1 place or service", "12 places and services". */
  readonly total: string;
  /** Only the first page of each kind of help is found by the site search; the other lists repeat it. */
  readonly searchable: boolean;
  readonly breadcrumbs: Crumb[];
  /** The services on this page, in list order. */
  readonly services: readonly S[];
  /** What each service's card shows, in list order: on a list for an area, only its places in that area. */
  readonly items: readonly { readonly service: S; readonly view: ServiceItemView }[];
  /** The printable sheet of this list, for a kind of help or an area. */
  readonly printPath: string | undefined;
  /** Instant filters: only on a list that fits on one page, and only filters with more than one value among its services. */
  readonly filters: readonly FilterControl[];
  readonly pagination: { readonly page: number; readonly pages: number; readonly previous: string | undefined; readonly next: string | undefined };
  /** Links to narrower lists: a kind of help in each area, or each kind of help in an area. */
  readonly narrower: LinkGroup | undefined;
}

/**
 * A list page in the reader's language (`t`; English by default): `words` are the directory's
 * words in that language (src/lib/views/directory-words.ts). Paths are the English ones: the
 * page puts them in its language.
 */
export function findHelpView<S extends ViewService>(
  plan: ListPage,
  directory: ViewDirectory<S>,
  words: DirectoryWords,
  site: { readonly area: string },
  t: Translator = translator('en'),
): FindHelpView<S> {
  const { kind, area } = plan.filters;
  const areaName = areaNameIn(t, directory.areaName);
  const heading = listHeadingIn(t, plan.filters, words.valueLabel);
  const kindDescription = kind === undefined ? undefined : termDescription(t, 'kindsOfHelp', kind);
  const services = plan.serviceIds.map((id) => serviceById(directory, id));
  const link = (filters: { kind: string; area: string }, label: string) => {
    const count = directory.listTotals.get(findHelpSlug(filters));
    return count === undefined ? [] : [{ label, path: routes.findHelp(filters), count }];
  };
  const narrower: LinkGroup | undefined =
    kind !== undefined && area === undefined
      ? { label: t('browse.list.kindInYourArea', { kind: words.valueLabel('kind', kind) }), links: directory.facetOrder.area.flatMap((a) => link({ kind, area: a }, areaName(a))) }
      : area !== undefined && kind === undefined
        ? { label: t('browse.list.kindsIn', { area: areaName(area) }), links: directory.facetOrder.kind.flatMap((k) => link({ kind: k, area }, words.valueLabel('kind', k))) }
        : undefined;
  const pageOf = (page: number) => (page >= 1 && page <= plan.pages ? routes.findHelp({ ...plan.filters, page }) : undefined);
  return {
    heading,
    title: plan.pages > 1 ? t('browse.list.pageTitle', { heading, page: plan.page, pages: plan.pages }) : heading,
    description: kindDescription ?? t('browse.list.description', { heading, area: site.area }),
    lead: kindDescription ?? (area === AREA_NOT_KNOWN ? t('browse.areaNotKnown.summary') : undefined),
    total: t.plural('browse.list.total', plan.total),
    searchable: kind !== undefined && area === undefined && plan.page === 1,
    breadcrumbs: [
      { label: t('browse.crumb.findHelp'), path: routes.findHelp() },
      ...(kind !== undefined && area !== undefined ? [{ label: words.valueLabel('kind', kind), path: routes.findHelp({ kind }) }] : []),
    ],
    services,
    items: services.map((service) => ({ service, view: serviceItemView(service, { areaName, areaIds: directory.areas.map((a) => a.id), borough: site.area, area }, t) })),
    // No sheet for "Area not known": nobody prints a list for a place that is not an area.
    printPath: kind !== undefined && area === undefined ? routes.printSheet({ kind }) : area !== undefined && area !== AREA_NOT_KNOWN && kind === undefined ? routes.printSheet({ area }) : undefined,
    // A list split into pages gets no instant filters: they could filter only this page's
    // entries, and would count those as if they were the whole list. The lists to narrow it down
    // (by area, or by kind of help) do the job on every page.
    filters: plan.pages > 1 ? [] : filterControls(services, directory, words, plan.filters),
    pagination: { page: plan.page, pages: plan.pages, previous: pageOf(plan.page - 1), next: pageOf(plan.page + 1) },
    narrower,
  };
}

/**
 * The instant filters for the services on a page, leaving out the filters the list is already by.
 * The areas offered are those of the services that are not everywhere: a phone line for the whole
 * borough shows whichever area is chosen, so on its own it does not make an area worth offering
 * (with 100 areas, one such service on a page added 100 options, 5 KB, to every list page it was on).
 */
function filterControls(services: readonly ViewService[], directory: Pick<ViewDirectory, 'facetOrder' | 'areas'>, words: DirectoryWords, chosen: ListPage['filters']): FilterControl[] {
  const areaIds = directory.areas.map((area) => area.id);
  const local = services.filter((service) => !coversEveryArea(service.listed.areas, areaIds));
  const areasOfLocalHelp = new Set(local.flatMap((service) => facetValuesOf(service.listed, 'area')));
  return FILTER_ORDER.filter((facet) => chosen[facet] === undefined)
    .map((facet) => {
      const counts = new Map<string, number>();
      for (const service of services) for (const value of new Set(facetValuesOf(service.listed, facet))) counts.set(value, (counts.get(value) ?? 0) + 1);
      const options = directory.facetOrder[facet].flatMap((value) => {
        const count = counts.get(value);
        if (facet === 'area' && !areasOfLocalHelp.has(value)) return [];
        return count === undefined ? [] : [{ value, label: words.valueLabel(facet, value), count }];
      });
      return { name: facet, label: words.facetName[facet], options };
    })
    .filter((control) => control.options.length > 1);
}
