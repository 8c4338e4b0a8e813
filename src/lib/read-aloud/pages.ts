/**
 * Which pages get a "Listen" control (read-aloud), from the site's own routes:
 * - "page": a "Listen to this page" button that reads the page's main content. Pages a citizen
 *   reads (home, find help and its lists, near me, search, listings, courses, privacy,
 *   accessibility, the shortlist) and a champion's training (modules, lessons and their quizzes).
 * - "marked parts": no button for the page, but parts marked `data-listen` (the referral card)
 *   get their own (the triage tool and the referral summary).
 * - "none": no read-aloud script at all (guides, reports, data, print sheets, certificates...).
 */
import { withoutLanguage } from '../i18n/paths.ts';
import { routes } from '../routes.ts';
import { ANY, routeShape, routeShapeUnder } from '../route-shape.ts';

export type ListenControlKind = 'page' | 'marked parts' | 'none';

/** In order: the first rule whose pattern matches decides. */
const RULES: readonly (readonly [RegExp, ListenControlKind])[] = [
  [routeShape(routes.home()), 'page'],
  [routeShape(routes.privacy()), 'page'],
  [routeShape(routes.accessibility()), 'page'],
  // Search and near me: the button reads what the page shows when it is pressed, results too.
  [routeShape(routes.search()), 'page'],
  [routeShape(routes.nearMe()), 'page'],
  // Find help and every list of help.
  [routeShapeUnder(routes.findHelp()), 'page'],
  [routeShape(routes.service(ANY)), 'page'],
  // The list of courses, its filtered lists and each course.
  [routeShapeUnder(routes.courses()), 'page'],
  [routeShape(routes.shortlist()), 'page'],
  // Training: a module's page, its lessons and their quizzes; not the certificate, which is for printing.
  [routeShape(routes.certificate(ANY)), 'none'],
  [routeShape(routes.module(ANY)), 'page'],
  [routeShape(routes.lesson(ANY, ANY)), 'page'],
  // The triage tool's referral card and the referral summary a partner opens (marked data-listen).
  [routeShape(routes.triage()), 'marked parts'],
  [routeShape(routes.referral()), 'marked parts'],
];

/**
 * Whether the page at `path` (from the site's root, like "/services/eastbrook-library/") gets the
 * Listen control, only for its marked parts, or not at all. Only pages (addresses ending in "/")
 * can; files like "/find-help/near/places/index.json" never do.
 */
export function listenControlFor(path: string): ListenControlKind {
  if (!path.endsWith('/')) return 'none';
  // A page in another language (/cy/find-help/) gets what its English page gets.
  const english = withoutLanguage(path);
  return RULES.find(([pattern]) => pattern.test(english))?.[1] ?? 'none';
}
