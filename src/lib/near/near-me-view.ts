/**
 * What the near-me page (/find-help/near/) offers besides the search itself: the kinds of help
 * to choose from and the areas to browse, the same lists (and words) as the find-help page, each
 * with its id so the page's script can name them; and a postcode from the directory to show as
 * an example.
 */
import { AREA_NOT_KNOWN } from '../directory/area-not-known.ts';
import { routes } from '../routes.ts';
import { kindsOfHelp } from '../vocabulary/index.ts';
import type { FindHelpIndexView } from '../views/find-help-index.ts';

export interface NearMeChoice {
  readonly id: string;
  readonly label: string;
  /** The list of this kind of help, or of the help in this area. */
  readonly path: string;
}

/**
 * The most areas the near-me page lists itself. A directory with more (a county, a national
 * network) would pass the page's 14 KiB budget: the page then links to the find-help page's list
 * of areas instead, and its results leave out the area's name.
 */
export const NEAR_ME_AREAS_LISTED_AT_MOST = 24;

export interface NearMeView {
  readonly kinds: readonly NearMeChoice[];
  /** The areas to list on the page: none when there are more than NEAR_ME_AREAS_LISTED_AT_MOST (see `allAreasPath`). */
  readonly areas: readonly (NearMeChoice & { readonly summary: string | undefined })[];
  /** Where the full list of areas is, when the page does not list them itself. */
  readonly allAreasPath: string | undefined;
  /** A postcode of one of the directory's places, for "like NM3 4EF"; undefined when no listing has a place. */
  readonly examplePostcode: string | undefined;
}

export function nearMeView(
  findHelp: Pick<FindHelpIndexView, 'kinds' | 'areas'>,
  areaIds: readonly string[],
  services: readonly { readonly data: { readonly locations?: readonly { readonly postcode: string }[] | undefined } }[],
): NearMeView {
  const kindByPath = new Map(kindsOfHelp.ids.map((id) => [routes.findHelp({ kind: id }), id]));
  const areaByPath = new Map([...areaIds, AREA_NOT_KNOWN].map((id) => [routes.findHelp({ area: id }), id]));
  const idOf = (ids: Map<string, string>, path: string) => {
    const id = ids.get(path);
    if (id === undefined) throw new Error(`The find-help page links to ${path}, which is not a list of a kind of help or an area.`);
    return id;
  };
  const areas = findHelp.areas.map((area) => ({ id: idOf(areaByPath, area.path), label: area.label, summary: area.summary, path: area.path }));
  const listed = areas.length <= NEAR_ME_AREAS_LISTED_AT_MOST;
  return {
    kinds: findHelp.kinds.map((kind) => ({ id: idOf(kindByPath, kind.path), label: kind.label, path: kind.path })),
    areas: listed ? areas : [],
    allAreasPath: listed ? undefined : `${routes.findHelp()}#by-area`,
    examplePostcode: services.flatMap((service) => service.data.locations ?? [])[0]?.postcode,
  };
}
