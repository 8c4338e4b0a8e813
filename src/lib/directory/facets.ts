/**
 * The directory's filters: by kind of help, area, cost, who it is for, specific support and
 * language. One list, read by the list pages, the find-help page and the print sheets.
 *
 * Unknowns are options of their own, never counted as something they may not be: a cost nobody
 * knows is "Ask about the cost" (not "Free"), and a listing whose area is not known is under
 * "Area not known" (not in every area). How to start is not a filter.
 */
import { vocabularyFacet, type Facet } from '../facets.ts';
import { audiences, costTypes, kindsOfHelp, languages, specificSupport } from '../vocabulary/index.ts';
import { AREA_NOT_KNOWN } from './area-not-known.ts';
import { facetValuesOf, type DirectoryFacet, type ListedService } from './list-pages.ts';

export type DirectoryFacets = { readonly [F in DirectoryFacet]: Facet<ListedService, F> };

/** The directory's facets, in the order the find-help page shows them. Areas come from the site's content. */
export function directoryFacets(areas: { readonly ids: readonly string[]; readonly nameOf: (id: string) => string }): DirectoryFacets {
  const from =
    <F extends DirectoryFacet>(facet: F) =>
    (service: ListedService) =>
      facetValuesOf(service, facet);
  return {
    kind: vocabularyFacet('kind', 'Kind of help', kindsOfHelp, from('kind')),
    // Listings whose area is not known come after every area, under "Area not known" (never in an area).
    area: { facet: 'area', label: 'Area', valuesOf: from('area'), labelOf: areas.nameOf, order: [...areas.ids, AREA_NOT_KNOWN] },
    cost: vocabularyFacet('cost', 'Cost', costTypes, from('cost')),
    audience: vocabularyFacet('audience', 'Who it is for', audiences, from('audience')),
    support: vocabularyFacet('support', 'Specific support', specificSupport, from('support')),
    language: vocabularyFacet('language', 'Language', languages, from('language')),
  };
}

/** Each facet's values in the order people see them, as the list-page planner takes them. */
export function facetOrderOf(facets: DirectoryFacets): Record<DirectoryFacet, readonly string[]> {
  const order = (facet: Facet<ListedService>) => facet.order ?? [];
  return { kind: order(facets.kind), area: order(facets.area), cost: order(facets.cost), audience: order(facets.audience), support: order(facets.support), language: order(facets.language) };
}
