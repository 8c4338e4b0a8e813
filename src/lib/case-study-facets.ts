/**
 * The filters of the case studies: by the 9 C's, theme, who it helped and place.
 * Pages under /case-studies/<facet>/<value>/ are made from these.
 */
import { vocabularyFacet, type Facet } from './facets.ts';
import { urlWord } from './formats.ts';
import { audiences, nineCs, themes } from './vocabulary/index.ts';
import type { CaseStudy } from '../schemas/case-study.ts';

export type CaseStudyFacet = 'c' | 'theme' | 'audience' | 'place';

/** What a case study filter needs to know about a case study. */
export interface FilterableCaseStudy {
  readonly data: Pick<CaseStudy, 'cs' | 'themes' | 'audiences' | 'places'>;
}

/** The case studies' facets, in the order the case studies page shows them. Places are named as the case studies write them. */
export function caseStudyFacets(items: readonly FilterableCaseStudy[]): Facet<FilterableCaseStudy, CaseStudyFacet>[] {
  const placeNames = new Map(items.flatMap((item) => item.data.places.map((place) => [urlWord(place), place] as const)));
  return [
    vocabularyFacet('c', "The 9 C's", nineCs, (item: FilterableCaseStudy) => item.data.cs),
    vocabularyFacet('theme', 'Theme', themes, (item: FilterableCaseStudy) => item.data.themes),
    vocabularyFacet('audience', 'Who it helped', audiences, (item: FilterableCaseStudy) => item.data.audiences),
    { facet: 'place', label: 'Place', valuesOf: (item) => item.data.places.map(urlWord), labelOf: (value) => placeNames.get(value) ?? value },
  ];
}
