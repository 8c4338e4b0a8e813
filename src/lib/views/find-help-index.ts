/**
 * What the find-help page (/find-help/) offers: a list for each area and each kind of help
 * that has places, and more ways to find help (by cost, who it is for, specific support and
 * language). Only lists that have a page are linked.
 */
import type { DirectoryFacet } from '../directory/list-pages.ts';
import { AREA_NOT_KNOWN, AREA_NOT_KNOWN_LABEL } from '../directory/area-not-known.ts';
import { findHelpSlug, routes } from '../routes.ts';
import { kindsOfHelp } from '../vocabulary/index.ts';
import type { DirectoryWords, LinkGroup, ViewDirectory } from './shared.ts';

/** The filters offered under "More ways to find help", in order. */
const MORE_WAYS: readonly Exclude<DirectoryFacet, 'kind' | 'area'>[] = ['cost', 'audience', 'support', 'language'];

/** What the "Area not known" link says under its name. */
export const AREA_NOT_KNOWN_SUMMARY = 'Help from other directories that do not say where they help. Ask them whether they help where you live.';

export interface FindHelpIndexView {
  readonly areas: readonly { readonly label: string; readonly summary: string | undefined; readonly path: string }[];
  readonly kinds: readonly { readonly label: string; readonly description: string | undefined; readonly path: string }[];
  readonly moreWays: readonly LinkGroup[];
}

export interface IndexDirectory extends Pick<ViewDirectory, 'listTotals' | 'facetOrder'> {
  readonly areas: readonly { readonly id: string; readonly data: { readonly name: string; readonly summary?: string | undefined } }[];
}

export function findHelpIndexView(directory: IndexDirectory, words: DirectoryWords): FindHelpIndexView {
  const has = (filters: Partial<Record<DirectoryFacet, string>>) => directory.listTotals.has(findHelpSlug(filters));
  return {
    areas: [
      ...directory.areas.filter((area) => has({ area: area.id })).map((area) => ({ label: area.data.name, summary: area.data.summary, path: routes.findHelp({ area: area.id }) })),
      // After the areas, like one of them: listings that do not say where they help.
      ...(has({ area: AREA_NOT_KNOWN }) ? [{ label: AREA_NOT_KNOWN_LABEL, summary: AREA_NOT_KNOWN_SUMMARY, path: routes.findHelp({ area: AREA_NOT_KNOWN }) }] : []),
    ],
    kinds: kindsOfHelp.terms.filter((kind) => has({ kind: kind.id })).map((kind) => ({ label: kind.label, description: kind.description, path: routes.findHelp({ kind: kind.id }) })),
    moreWays: MORE_WAYS.map((facet) => ({
      label: words.facetName[facet],
      links: directory.facetOrder[facet].flatMap((value) => {
        const count = directory.listTotals.get(findHelpSlug({ [facet]: value }));
        return count === undefined ? [] : [{ label: words.valueLabel(facet, value), path: routes.findHelp({ [facet]: value }), count }];
      }),
    })),
  };
}
