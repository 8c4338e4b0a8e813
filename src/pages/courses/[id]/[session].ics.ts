import type { APIRoute } from 'astro';
import { getCourses, type CourseItem } from '../../../data/courses.ts';
import { getSite } from '../../../data/site.ts';
import { sessionCalendar, type Session } from '../../../lib/courses.ts';
import { withBase } from '../../../lib/links.ts';
import { courseSessionSlug, routes } from '../../../lib/routes.ts';

export async function getStaticPaths() {
  return (await getCourses()).flatMap((course) => course.upcoming.map((session) => ({ params: { id: course.id, session: courseSessionSlug(session) }, props: { course, session } })));
}

/** An "add to calendar" file for one session. */
export const GET: APIRoute = async ({ props, site: siteUrl }) => {
  const { course, session } = props as { course: CourseItem; session: Session };
  const site = await getSite();
  const url = new URL(withBase(import.meta.env.BASE_URL, routes.course(course.id)), siteUrl).href;
  const uid = `${course.id}-${courseSessionSlug(session)}@${new URL(site.baseUrl).host}`;
  return new Response(sessionCalendar({ course: course.data, session, url, uid, organiser: site.name }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
