/** Case studies with their organisation names, newest first, and the filters they offer. */
import { urlWord } from '../lib/formats.ts';
import { facetValues } from '../lib/facets.ts';
import { audiences, nineCs, themes } from '../lib/vocabulary/index.ts';
import type { CaseStudy } from '../schemas/case-study.ts';
import { collectionById, loadCollection, type Loaded } from './collections.ts';

export interface CaseStudyItem extends Loaded<CaseStudy> {
  readonly organisationName: string;
  readonly placeSlugs: string[];
}

let cached: Promise<CaseStudyItem[]> | undefined;

export function getCaseStudies(): Promise<CaseStudyItem[]> {
  cached ??= (async () => {
    const organisations = await collectionById('organisations');
    const items = (await loadCollection('caseStudies')).map((entry) => ({
      ...entry,
      organisationName: organisations.get(entry.data.organisation)?.data.name ?? entry.data.organisation,
      placeSlugs: entry.data.places.map(urlWord),
    }));
    return items.sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title));
  })();
  return cached;
}

export type CaseStudyFacet = 'c' | 'theme' | 'audience' | 'place';

export const CASE_STUDY_FACETS: readonly { facet: CaseStudyFacet; label: string; valuesOf: (item: CaseStudyItem) => readonly string[] }[] = [
  { facet: 'c', label: "The 9 C's", valuesOf: (item) => item.data.cs },
  { facet: 'theme', label: 'Theme', valuesOf: (item) => item.data.themes },
  { facet: 'audience', label: 'Who it helped', valuesOf: (item) => item.data.audiences },
  { facet: 'place', label: 'Place', valuesOf: (item) => item.placeSlugs },
];

function caseStudyFacetValues(items: readonly CaseStudyItem[], facet: CaseStudyFacet) {
  const definition = CASE_STUDY_FACETS.find((f) => f.facet === facet)!;
  const placeNames = new Map(items.flatMap((item) => item.data.places.map((place) => [urlWord(place), place] as const)));
  const labelOf = (value: string) =>
    facet === 'c' ? nineCs.label(value) : facet === 'theme' ? themes.label(value) : facet === 'audience' ? audiences.label(value) : (placeNames.get(value) ?? value);
  const order = facet === 'c' ? nineCs.ids : facet === 'theme' ? themes.ids : facet === 'audience' ? audiences.ids : undefined;
  return facetValues(items, definition.valuesOf, labelOf, order);
}

let facetsCached: Promise<((typeof CASE_STUDY_FACETS)[number] & { values: ReturnType<typeof caseStudyFacetValues> })[]> | undefined;

/** Every filter of the case studies with its values and counts, worked out once per build. */
export function getCaseStudyFacets() {
  facetsCached ??= getCaseStudies().then((items) => CASE_STUDY_FACETS.map((f) => ({ ...f, values: caseStudyFacetValues(items, f.facet) })));
  return facetsCached;
}
