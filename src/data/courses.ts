/** Courses with their provider and upcoming sessions; only courses still running are listed. */
import { courseAreas, isCourseListed, upcomingSessions, type Session } from '../lib/courses.ts';
import { courseFacets, type CourseFacet } from '../lib/course-facets.ts';
import { withValues, type Facet, type FacetWithValues } from '../lib/facets.ts';
import { today } from '../lib/freshness.ts';
import type { Course } from '../schemas/course.ts';
import { collectionById, loadCollection, type Loaded } from './collections.ts';
import { getDirectory } from './directory.ts';

export interface CourseItem extends Loaded<Course> {
  readonly providerName: string;
  readonly listed: boolean;
  readonly upcoming: Session[];
  readonly areas: string[];
}

let cached: Promise<CourseItem[]> | undefined;

export function getCourses(): Promise<CourseItem[]> {
  cached ??= (async () => {
    const day = today();
    const organisations = await collectionById('organisations');
    return (await loadCollection('courses'))
      .map((entry) => ({
        ...entry,
        providerName: organisations.get(entry.data.provider)?.data.name ?? entry.data.provider,
        listed: isCourseListed(entry.data, day),
        upcoming: upcomingSessions(entry.data, day),
        areas: courseAreas(entry.data),
      }))
      .sort((a, b) => (a.upcoming[0]?.date ?? '9999').localeCompare(b.upcoming[0]?.date ?? '9999') || a.data.title.localeCompare(b.data.title));
  })();
  return cached;
}

export { courseListHeading, FORMAT_LABELS, type CourseFacet } from '../lib/course-facets.ts';

let facetsCached: Promise<FacetWithValues<CourseItem, CourseFacet>[]> | undefined;

/** Every filter of the listed courses with its values and counts, worked out once per build. */
export function getCourseFacets(): Promise<FacetWithValues<CourseItem, CourseFacet>[]> {
  facetsCached ??= (async () => {
    const [all, directory] = await Promise.all([getCourses(), getDirectory()]);
    const facets: Facet<CourseItem, CourseFacet>[] = courseFacets({ ids: directory.facetOrder.area, nameOf: directory.areaName });
    return withValues(
      all.filter((c) => c.listed),
      facets,
    );
  })();
  return facetsCached;
}
