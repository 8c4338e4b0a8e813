/**
 * Every address on the site, in one place. Pages link with these instead of writing addresses
 * by hand, so an address only ever changes here (and in the page file it names).
 *
 * Each address starts at the site's root, like "/services/eastbrook-library/". To link to it,
 * put it under the base the site is published at with href() (src/utils/href.ts). Ids are
 * written as they are (a case study place in its own letters stays in its own letters).
 *
 * Scripts that run in the browser import only the single functions they need (findHelpPath,
 * triageToolPath...), not the whole routes list, so their pages stay light.
 */
import type { DirectoryFacet } from './directory/list-pages.ts';
import { nearMePath, nearPlacesCellPath, nearPlacesIndexPath, nearWordsPath } from './near/paths.ts';
import { cardWordsPath } from './referral/card-words.ts';
import { postcodeDistrictUrl } from './postcodes/district-file.ts';
import { SHORTLIST_PAGE, shortlistEntryPath } from './shortlist/paths.ts';

/** The choices that pick one of the directory's lists: a kind of help, an area, both, or one other filter. */
export type FindHelpFilters = Partial<Record<DirectoryFacet, string>>;

/** Which printable sheet: for an area, a kind of help, or a kind of help in an area; and which part of it. */
export interface PrintSheetChoice {
  readonly kind?: string | undefined;
  readonly area?: string | undefined;
  /** Long sheets are split into parts; part 1 has no part in its address. */
  readonly part?: number | undefined;
}

/** A course session, as its "add to calendar" file is named: by its date and start time. */
export interface SessionTime {
  readonly date: string;
  readonly starts: string;
}

/** The word in a list's address that comes before each filter's value: /find-help/in/eastbrook/, /find-help/for/older-people/. */
export const FACET_PATH: Record<Exclude<DirectoryFacet, 'kind'>, string> = {
  area: 'in',
  cost: 'cost',
  audience: 'for',
  support: 'support',
  language: 'language',
};

const OTHER_FACETS = ['area', 'cost', 'audience', 'support', 'language'] as const satisfies readonly (keyof typeof FACET_PATH)[];

/**
 * The part of a directory list's address after /find-help/, without slashes at the ends:
 * "free-wifi", "free-wifi/in/eastbrook", "for/older-people", "in/eastbrook/page/2".
 * Lists are by a kind of help, an area, a kind in an area, or one other filter; any other
 * mix has no page, so it is refused.
 */
export function findHelpSlug(filters: FindHelpFilters, page = 1): string {
  const others = OTHER_FACETS.filter((facet) => filters[facet] !== undefined);
  const named = [...(filters.kind !== undefined ? ['kind'] : []), ...others].join(' and ');
  let base: string;
  if (filters.kind !== undefined) {
    if (others.length === 0) base = filters.kind;
    else if (others.length === 1 && others[0] === 'area') base = `${filters.kind}/${FACET_PATH.area}/${filters.area}`;
    else throw new Error(`There is no list of help by ${named} together.`);
  } else {
    const [facet, ...more] = others;
    if (facet === undefined) base = '';
    else if (more.length === 0) base = `${FACET_PATH[facet]}/${filters[facet]}`;
    else throw new Error(`There is no list of help by ${named} together.`);
  }
  if (page === 1) return base;
  if (base === '') throw new Error('The find-help page has only one page.');
  return `${base}/page/${page}`;
}

/** The part of a print sheet's address after /print/: "in/eastbrook", "free-wifi", "free-wifi/in/eastbrook/part/2". */
export function printSheetSlug(sheet: PrintSheetChoice): string {
  const base = sheet.kind !== undefined && sheet.area !== undefined ? `${sheet.kind}/in/${sheet.area}` : (sheet.kind ?? (sheet.area !== undefined ? `in/${sheet.area}` : ''));
  if (base === '') throw new Error('A print sheet is for an area, a kind of help, or both.');
  return sheet.part !== undefined && sheet.part > 1 ? `${base}/part/${sheet.part}` : base;
}

/** The name of a course session's "add to calendar" file, without ".ics": "2026-12-01-1000". */
export function courseSessionSlug(session: SessionTime): string {
  return `${session.date}-${session.starts.replace(':', '')}`;
}

const folder = (...parts: string[]) => `/${parts.map((part) => `${part}/`).join('')}`;

/** The find-help page with no filters, or one of its lists (and a page of it). */
export function findHelpPath(filters: FindHelpFilters & { readonly page?: number } = {}): string {
  const { page, ...chosen } = filters;
  const slug = findHelpSlug(chosen, page);
  return slug === '' ? '/find-help/' : `/find-help/${slug}/`;
}

/** A listing's page (the search page's script links its results here). */
export function servicePath(id: string): string {
  return folder('services', id);
}

/** The words the site knows, for "did you mean": fetched only when a search finds nothing. */
export function searchKnownWordsPath(): string {
  return '/search/known-words.json';
}

/** What the triage tool fetches when a champion starts it. */
export function triageToolPath(): string {
  return '/champions/triage/tool.json';
}

/** The help in one area, fetched by the triage tool when the champion chooses the area. */
export function triageAreaPath(area: string): string {
  return `/champions/triage/areas/${area}.json`;
}

export const routes = {
  // Fixed pages.
  home: () => '/',
  about: () => '/about/',
  accessibility: () => '/accessibility/',
  privacy: () => '/privacy/',
  search: () => '/search/',
  searchKnownWords: searchKnownWordsPath,
  /** The areas for the search page's area list (the script fills the list from it: the form needs JavaScript anyway). */
  searchAreas: () => '/search/areas.json',
  partners: () => '/partners/',

  // The directory of free help.
  service: servicePath,
  findHelp: findHelpPath,
  /** Find help near a postcode or the person's location, and the places data it fetches. */
  nearMe: nearMePath,
  nearPlacesIndex: nearPlacesIndexPath,
  nearPlacesCell: nearPlacesCellPath,
  /** The near-me script's words (put it in a language with inLanguage). */
  nearWords: nearWordsPath,
  /** One postcode district's postcodes and where they are, fetched by the near page. */
  postcodeDistrict: postcodeDistrictUrl,
  /** The referral card's and its text message's words in one language, fetched by the triage tool. */
  triageCardWords: cardWordsPath,
  /** The page of printable lists. */
  print: () => '/print/',
  /** A printable sheet, or (for a kind of help split by area) the page listing its sheets. */
  printSheet: (sheet: PrintSheetChoice) => `/print/${printSheetSlug(sheet)}/`,
  openData: () => '/open-data/',
  openDataCsv: () => '/open-data/services.csv',
  openReferralRoot: () => '/openreferral/index.json',
  openReferralServices: () => '/openreferral/services.json',
  openReferralService: (uuid: string) => `/openreferral/services/${uuid}.json`,

  // Courses.
  courses: () => '/courses/',
  course: (id: string) => folder('courses', id),
  /** The "add to calendar" file for one session of a course. */
  courseSession: (id: string, session: SessionTime) => `${folder('courses', id)}${courseSessionSlug(session)}.ics`,
  courseFilter: (facet: string, value: string) => folder('courses', facet, value),

  // Case studies, reports and data for organisations.
  caseStudies: () => '/case-studies/',
  caseStudiesFeed: () => '/case-studies/rss.xml',
  caseStudy: (id: string) => folder('case-studies', id),
  caseStudyFilter: (facet: string, value: string) => folder('case-studies', facet, value),
  reports: () => '/reports/',
  reportTopic: (topic: string) => folder('reports', 'topic', topic),
  datasets: () => '/data/',
  dataset: (id: string) => folder('data', id),
  datasetCsv: (id: string) => `${folder('data', id)}data.csv`,
  shareYourWork: () => '/share-your-work/',
  shareYourWorkOrganisations: () => '/share-your-work/organisations.json',

  // The 9 C's guidance.
  nineCs: () => '/nine-cs/',
  nineC: (c: string) => folder('nine-cs', c),
  nineCsQuestionnaireCsv: () => '/nine-cs/customer/questionnaire.csv',
  nineCsResponsesTemplateCsv: () => '/nine-cs/customer/responses-template.csv',

  // The charter.
  charter: () => '/charter/',
  charterPledge: (id: string) => `/charter/#pledge-${id}`,
  charterSign: () => '/charter/sign/',
  charterSignatories: () => '/charter/signatories/',
  charterSignatoriesCsv: () => '/charter/signatories.csv',
  charterSignatoriesJson: () => '/charter/signatories.json',

  // Digital Champions: training and the triage tool.
  champions: () => '/champions/',
  progress: () => '/champions/progress/',
  module: (id: string) => folder('champions', 'modules', id),
  lesson: (module: string, lesson: string) => folder('champions', 'modules', module, lesson),
  certificate: (module: string) => folder('champions', 'modules', module, 'certificate'),
  triage: () => '/champions/triage/',
  triagePromptCard: () => '/champions/triage/prompt-card/',
  triageTool: triageToolPath,
  triageArea: triageAreaPath,

  // The champion's kit (issue 17): offline copy, shortlist, referrals that travel.
  /** Where a champion saves an area's pages for offline use. */
  offlineKit: () => '/champions/offline/',
  /** What the offline copy shows for a page that was not saved. */
  offlineFallback: () => '/offline/',
  /** The shortlist kept in this browser, and the address that carries one to a phone (in its #fragment). */
  shortlist: () => SHORTLIST_PAGE,
  /** One listing's small file, fetched by the shortlist page for each listing on the list. */
  shortlistEntry: shortlistEntryPath,
  /** The intake summary a partner opens from a referral's link or QR code (the referral is in its #fragment). */
  referral: () => '/referral/',
} as const;
