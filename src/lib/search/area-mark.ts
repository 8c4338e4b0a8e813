/**
 * How a search narrows to one area. Everything in an area (a listing that serves it, a course
 * held there) carries a filter of that area alone: `in-westfield: yes`. Pagefind keeps one file
 * for each filter, naming every page that has each of its values. With one filter for every
 * area, a search in one area fetched the file of every page's areas (2.2 KB at 1,000 listings,
 * and it grows with the directory); with a filter for each area, it fetches the file of that
 * area's pages only. The `area` filter (the areas' names) stays, for the words under each result.
 */
import { markAsFilters } from './help-type.ts';

/** How every area's mark begins. */
const AREA_MARK = 'in-';

/** The name of the filter that things in one area carry: "in-westfield". */
export function areaMarkName(areaId: string): string {
  return `${AREA_MARK}${areaId}`;
}

/** The mark of one area, as a search asks for it: { 'in-westfield': 'yes' }. */
export function areaMark(areaId: string): Record<string, string> {
  return { [areaMarkName(areaId)]: 'yes' };
}

/**
 * The filters of something in one area's own search index (on a large directory, each area has
 * one): that area's mark only, not the marks of the other areas it is in (a listing that serves
 * every area would carry them all, in every area's index, and each index would list them all).
 */
export function withOnlyAreaMark<Filters extends Readonly<Record<string, readonly string[]>>>(filters: Filters, areaId: string): Filters {
  const own = areaMarkName(areaId);
  return Object.fromEntries(Object.entries(filters).filter(([name]) => name === own || !name.startsWith(AREA_MARK))) as Filters;
}

/** The search filters of something in these areas: their names, shown under a result, and each area's mark, searched. */
export function areaFilters(areaIds: readonly string[], nameOf: (areaId: string) => string): { area: string[] } & Record<string, string[]> {
  return { area: areaIds.map(nameOf), ...Object.assign({}, ...areaIds.map((id) => markAsFilters(areaMark(id)))) };
}
