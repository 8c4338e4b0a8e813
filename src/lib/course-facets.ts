/**
 * The filters of the courses list: area (or online), level, skills, format and cost.
 * Pages under /courses/<facet>/<value>/ are made from these.
 */
import { vocabularyFacet, type Facet } from './facets.ts';
import { costTypes, edsAreas, edsLevels } from './vocabulary/index.ts';
import type { Course } from '../schemas/course.ts';

export type CourseFacet = 'in' | 'level' | 'skill' | 'format' | 'cost';

/** What a course filter needs to know about a course: its content and the areas it is held in. */
export interface FilterableCourse {
  readonly data: Pick<Course, 'level' | 'edsAreas' | 'format' | 'cost'>;
  readonly areas: readonly string[];
}

/** The words for each course format. */
export const FORMAT_LABELS: Record<Course['format'], string> = { 'in-person': 'In person', online: 'Online', mixed: 'In person and online' };

const formatWords = new Map<string, string>(Object.entries(FORMAT_LABELS));

/** The courses' facets, in the order the courses page shows them. Areas come from the site's content. */
export function courseFacets(areas: { readonly ids: readonly string[]; readonly nameOf: (id: string) => string }): Facet<FilterableCourse, CourseFacet>[] {
  return [
    { facet: 'in', label: 'Area', valuesOf: (c) => c.areas, labelOf: (value) => (value === 'online' ? 'Online' : areas.nameOf(value)), order: [...areas.ids, 'online'] },
    vocabularyFacet('level', 'Level', edsLevels, (c: FilterableCourse) => [c.data.level]),
    vocabularyFacet('skill', 'Skills', edsAreas, (c: FilterableCourse) => c.data.edsAreas),
    { facet: 'format', label: 'Format', valuesOf: (c) => [c.data.format], labelOf: (value) => formatWords.get(value) ?? value, order: Object.keys(FORMAT_LABELS) },
    vocabularyFacet('cost', 'Cost', costTypes, (c: FilterableCourse) => [c.data.cost.type]),
  ];
}

const FORMAT_HEADINGS: Record<Course['format'], string> = { 'in-person': 'Courses in person', online: 'Online courses', mixed: 'Courses in person and online' };
const formatHeadings = new Map<string, string>(Object.entries(FORMAT_HEADINGS));

/** The heading of a filtered list of courses, different for every facet and value. */
export function courseListHeading(facet: CourseFacet, value: string, label: string): string {
  switch (facet) {
    case 'in':
      return value === 'online' ? 'Courses you can do online' : `Courses in ${label}`;
    case 'format':
      return formatHeadings.get(value) ?? `Courses: ${label}`;
    case 'level':
      return `Courses at the "${label}" level`;
    case 'skill':
      return `Courses about ${label.toLowerCase()}`;
    case 'cost':
      return `Courses: ${label.toLowerCase()}`;
  }
}
