/**
 * Courses that have finished leave every list, not only /courses/: the Digital Champions hub and
 * the 9 C's guides count and link the same courses as /courses/ does.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { isCourseListed } from '../../src/lib/courses.ts';
import { TEST_SITE } from '../support/built-site.ts';

const TODAY = '2026-11-23';
const content = checkContent({ root: TEST_SITE.root, today: TODAY });
const courses = content.entries.get('courses')!;
const listed = courses.filter((course) => isCourseListed(course.data, TODAY));
const page = (url: string) =>
  TEST_SITE.pages()
    .find((p) => p.url === url)!
    .document.querySelector('main')!;
const courseLinks = (url: string) =>
  new Set(
    page(url)
      .querySelectorAll('a[href^="/courses/"]')
      .map((a) => a.getAttribute('href')!)
      .filter((href) => /^\/courses\/[^/]+\/$/.test(href) && !/^\/courses\/(in|level|skill|format|cost)\//.test(href)),
  );

describe('courses that have finished leave every list', () => {
  it('the fixture has finished courses, so this can fail', () => {
    expect(courses.length - listed.length).toBeGreaterThan(0);
  });

  it('/courses/ links every listed course and no finished one', () => {
    expect([...courseLinks('/courses/')].sort()).toEqual(listed.map((course) => `/courses/${course.id}/`).sort());
  });

  it('/champions/ links the listed courses for staff and volunteers, and no finished one', () => {
    const forStaff = listed.filter((course) => course.data.audiences.includes('frontline-staff'));
    expect([...courseLinks('/champions/')].sort()).toEqual(forStaff.map((course) => `/courses/${course.id}/`).sort());
  });

  it('the Capability guide counts the same courses as /courses/ lists', () => {
    const text = page('/nine-cs/capability/').text.replace(/\s+/g, ' ');
    expect(text).toContain(`${listed.length} ${listed.length === 1 ? 'course' : 'courses'} to build digital skills`);
  });
});
