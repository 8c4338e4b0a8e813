/** Case studies with their organisation names, newest first, and the filters they offer. */
import { urlWord } from '../lib/formats.ts';
import { caseStudyFacets, type CaseStudyFacet } from '../lib/case-study-facets.ts';
import { withValues, type FacetWithValues } from '../lib/facets.ts';
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

export type { CaseStudyFacet } from '../lib/case-study-facets.ts';

let facetsCached: Promise<FacetWithValues<CaseStudyItem, CaseStudyFacet>[]> | undefined;

/** Every filter of the case studies with its values and counts, worked out once per build. */
export function getCaseStudyFacets(): Promise<FacetWithValues<CaseStudyItem, CaseStudyFacet>[]> {
  facetsCached ??= getCaseStudies().then((items) => withValues<CaseStudyItem, CaseStudyFacet>(items, caseStudyFacets(items)));
  return facetsCached;
}
