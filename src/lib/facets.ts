/**
 * Filters for lists: the directory of help, courses, case studies and reports all filter the
 * same way. A facet is one way to filter (kind of help, area, theme...): it says which values
 * an item has, and the words people read for each value. The static filter pages and the
 * filter forms are made from these.
 */
import type { Term, Vocabulary } from './vocabulary/define.ts';

/** One way to filter a list of items. */
export interface Facet<Item, Id extends string = string> {
  /** The facet's word in addresses and forms, like `theme` in /case-studies/theme/skills/. */
  readonly facet: Id;
  /** What people read above its choices, like "Theme". */
  readonly label: string;
  /** The values an item has for this facet (an item can have several, or none). */
  readonly valuesOf: (item: Item) => readonly string[];
  /** The words people read for a value. */
  readonly labelOf: (value: string) => string;
  /** The values in the order people see them. Without it, values are in order of their words. */
  readonly order?: readonly string[];
}

/** One value of a facet, and how many items have it. */
export interface FacetValue {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

/** A facet with the values its items have, ready for a page. */
export type FacetWithValues<Item, Id extends string = string> = Facet<Item, Id> & { readonly values: FacetValue[] };

/** A facet whose values come from a controlled list (kinds of help, themes...), in the list's order. */
export function vocabularyFacet<Item, Id extends string>(facet: Id, label: string, vocabulary: Vocabulary<Term>, valuesOf: (item: Item) => readonly string[]): Facet<Item, Id> {
  return { facet, label, valuesOf, labelOf: (value) => vocabulary.label(value), order: vocabulary.ids };
}

/**
 * Every value of a facet across the items, with counts: in the facet's order (values it does
 * not list come last, by their words), or by their words when it has no order.
 */
export function facetValues<Item>(items: readonly Item[], facet: Pick<Facet<Item>, 'valuesOf' | 'labelOf' | 'order'>): FacetValue[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const value of new Set(facet.valuesOf(item))) counts.set(value, (counts.get(value) ?? 0) + 1);
  const order = facet.order;
  const rank = (value: string) => {
    const index = order ? order.indexOf(value) : -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  const values = [...counts.keys()].sort((a, b) => rank(a) - rank(b) || facet.labelOf(a).localeCompare(facet.labelOf(b)));
  return values.map((value) => ({ value, label: facet.labelOf(value), count: counts.get(value)! }));
}

/** Each facet with the values the items have. */
export function withValues<Item, Id extends string>(items: readonly Item[], facets: readonly Facet<Item, Id>[]): FacetWithValues<Item, Id>[] {
  return facets.map((facet) => ({ ...facet, values: facetValues(items, facet) }));
}

/** The facet with this word, or undefined. */
export function facetNamed<Item, Id extends string>(facets: readonly Facet<Item, Id>[], word: string): Facet<Item, Id> | undefined {
  return facets.find((facet) => facet.facet === word);
}
