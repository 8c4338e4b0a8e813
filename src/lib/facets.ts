/**
 * Filters for lists (case studies, services, courses, reports): which values a facet has, and
 * how many items carry each. The static filter pages are made from these.
 */
export interface FacetValue {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

/** Every value of a facet across the items, with counts, in the order of `order` (or by label). */
export function facetValues<T>(
  items: readonly T[],
  valuesOf: (item: T) => readonly string[],
  labelOf: (value: string) => string,
  order?: readonly string[],
): FacetValue[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const value of new Set(valuesOf(item))) counts.set(value, (counts.get(value) ?? 0) + 1);
  const values = [...counts.keys()];
  const rank = (value: string) => (order ? order.indexOf(value) : -1);
  values.sort((a, b) => (order ? rank(a) - rank(b) : labelOf(a).localeCompare(labelOf(b))));
  return values.map((value) => ({ value, label: labelOf(value), count: counts.get(value)! }));
}
