/** The 9 C's guidance pages, and everything the content says about each C. */
import type { NineCId } from '../lib/vocabulary/index.ts';
import { relatedToC } from '../lib/related-content.ts';
import type { Guide } from '../schemas/guide.ts';
import { loadCollection, type Loaded } from './collections.ts';
import { getCaseStudies } from './case-studies.ts';
import { getCourses } from './courses.ts';

export async function getGuides(): Promise<{ overview: Loaded<Guide> | undefined; byC: Map<NineCId, Loaded<Guide>> }> {
  const guides = await loadCollection('guides');
  return {
    overview: guides.find((guide) => !guide.data.c),
    byC: new Map(guides.filter((guide) => guide.data.c).map((guide) => [guide.data.c!, guide])),
  };
}

export async function getRelatedToC(c: NineCId) {
  const [caseStudies, modules, datasets, courses, services] = await Promise.all([getCaseStudies(), loadCollection('modules'), loadCollection('datasets'), getCourses(), loadCollection('services')]);
  return relatedToC(c, {
    caseStudies: caseStudies.map((item) => ({ ...item, cs: item.data.cs })),
    modules: modules.map((item) => ({ ...item, cs: item.data.cs })),
    datasets: datasets.map((item) => ({ ...item, cs: item.data.meta.cs ?? [] })),
    // Only courses still listed (not finished), so the count matches /courses/.
    courses: courses.filter((item) => item.listed).map((item) => ({ id: item.id, title: item.data.title })),
    services: services.map((item) => ({ id: item.id, kinds: item.data.kinds, available: item.data.status === 'active' })),
  });
}
