/**
 * What the find-help page (/find-help/) offers: a list for each area and each kind of help
 * that has places, and more ways to find help (by cost, who it is for, specific support and
 * language). Only lists that have a page are linked.
 */
import type { DirectoryFacet } from '../directory/list-pages.ts';
import { AREA_NOT_KNOWN } from '../directory/area-not-known.ts';
import { findHelpSlug, routes } from '../routes.ts';
import { termDescription, termLabel } from '../i18n/terms.ts';
import { translator, type Translator } from '../i18n/translate.ts';
import { kindsOfHelp } from '../vocabulary/index.ts';
import type { DirectoryWords, LinkGroup, ViewDirectory } from './shared.ts';

/** The filters offered under "More ways to find help", in order. */
const MORE_WAYS: readonly Exclude<DirectoryFacet, 'kind' | 'area'>[] = ['cost', 'audience', 'support', 'language'];

export interface FindHelpIndexView {
  readonly areas: readonly { readonly label: string; readonly summary: string | undefined; readonly path: string }[];
  readonly kinds: readonly { readonly label: string; readonly description: string | undefined; readonly path: string }[];
  readonly moreWays: readonly LinkGroup[];
}

export interface IndexDirectory extends Pick<ViewDirectory, 'listTotals' | 'facetOrder'> {
  readonly areas: readonly { readonly id: string; readonly data: { readonly name: string; readonly summary?: string | undefined } }[];
}

/** The find-help page in the reader's language (`t`; English by default). Paths are the English ones: the page puts them in its language. */
export function findHelpIndexView(directory: IndexDirectory, words: DirectoryWords, t: Translator = translator('en')): FindHelpIndexView {
  const has = (filters: Partial<Record<DirectoryFacet, string>>) => directory.listTotals.has(findHelpSlug(filters));
  return {
    areas: [
      ...directory.areas.filter((area) => has({ area: area.id })).map((area) => ({ label: area.data.name, summary: area.data.summary, path: routes.findHelp({ area: area.id }) })),
      // After the areas, like one of them: listings that do not say where they help.
      ...(has({ area: AREA_NOT_KNOWN }) ? [{ label: t('browse.areaNotKnown'), summary: t('browse.areaNotKnown.summary'), path: routes.findHelp({ area: AREA_NOT_KNOWN }) }] : []),
    ],
    kinds: kindsOfHelp.terms
      .filter((kind) => has({ kind: kind.id }))
      .map((kind) => ({ label: termLabel(t, 'kindsOfHelp', kind.id), description: termDescription(t, 'kindsOfHelp', kind.id), path: routes.findHelp({ kind: kind.id }) })),
    moreWays: MORE_WAYS.map((facet) => ({
      label: words.facetName[facet],
      links: directory.facetOrder[facet].flatMap((value) => {
        const count = directory.listTotals.get(findHelpSlug({ [facet]: value }));
        return count === undefined ? [] : [{ label: words.valueLabel(facet, value), path: routes.findHelp({ [facet]: value }), count }];
      }),
    })),
  };
}
