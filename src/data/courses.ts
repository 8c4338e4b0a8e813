/** Courses with their provider and upcoming sessions; only courses still running are listed. */
import { courseAreas, isCourseListed, upcomingSessions, type Session } from '../lib/courses.ts';
import { facetValues } from '../lib/facets.ts';
import { today } from '../lib/freshness.ts';
import { costTypes, edsAreas, edsLevels } from '../lib/vocabulary/index.ts';
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

export type CourseFacet = 'in' | 'level' | 'skill' | 'format' | 'cost';

export const FORMAT_LABELS: Record<string, string> = { 'in-person': 'In person', online: 'Online', mixed: 'In person and online' };

export const COURSE_FACETS: readonly { facet: CourseFacet; label: string; valuesOf: (c: CourseItem) => readonly string[] }[] = [
  { facet: 'in', label: 'Area', valuesOf: (c) => c.areas },
  { facet: 'level', label: 'Level', valuesOf: (c) => [c.data.level] },
  { facet: 'skill', label: 'Skills', valuesOf: (c) => c.data.edsAreas },
  { facet: 'format', label: 'Format', valuesOf: (c) => [c.data.format] },
  { facet: 'cost', label: 'Cost', valuesOf: (c) => [c.data.cost.type] },
];

async function courseFacetValues(items: readonly CourseItem[], facet: CourseFacet) {
  const directory = await getDirectory();
  const definition = COURSE_FACETS.find((f) => f.facet === facet)!;
  const labelOf = (value: string) =>
    facet === 'in' ? (value === 'online' ? 'Online' : directory.areaName(value)) : facet === 'level' ? edsLevels.label(value) : facet === 'skill' ? edsAreas.label(value) : facet === 'format' ? (FORMAT_LABELS[value] ?? value) : costTypes.label(value);
  const order = facet === 'in' ? [...directory.facetOrder.area, 'online'] : facet === 'level' ? edsLevels.ids : facet === 'skill' ? edsAreas.ids : facet === 'format' ? Object.keys(FORMAT_LABELS) : costTypes.ids;
  return facetValues(items, definition.valuesOf, labelOf, order);
}

/** The heading of a filtered list of courses, different for every facet and value. */
export function courseListHeading(facet: CourseFacet, value: string, label: string): string {
  switch (facet) {
    case 'in': return value === 'online' ? 'Courses you can do online' : `Courses in ${label}`;
    case 'format': return ({ 'in-person': 'Courses in person', online: 'Online courses', mixed: 'Courses in person and online' } as Record<string, string>)[value] ?? `Courses: ${label}`;
    case 'level': return `Courses at the "${label}" level`;
    case 'skill': return `Courses about ${label.toLowerCase()}`;
    case 'cost': return `Courses: ${label.toLowerCase()}`;
  }
}

let facetsCached: Promise<((typeof COURSE_FACETS)[number] & { values: Awaited<ReturnType<typeof courseFacetValues>> })[]> | undefined;

/** Every filter of the listed courses with its values and counts, worked out once per build. */
export function getCourseFacets() {
  facetsCached ??= getCourses().then((all) => {
    const listed = all.filter((c) => c.listed);
    return Promise.all(COURSE_FACETS.map(async (f) => ({ ...f, values: await courseFacetValues(listed, f.facet) })));
  });
  return facetsCached;
}
