/**
 * Filters for lists (case studies, services, courses, reports): which values a facet has,
 * how many items carry each, and which items match a choice. Static filter pages and the
 * in-page filter script both follow these rules.
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

/** The items that carry every chosen value (an empty choice matches everything). */
export function matchAll<T>(items: readonly T[], choices: readonly { valuesOf: (item: T) => readonly string[]; value: string | undefined }[]): T[] {
  return items.filter((item) => choices.every((choice) => !choice.value || choice.valuesOf(item).includes(choice.value)));
}
