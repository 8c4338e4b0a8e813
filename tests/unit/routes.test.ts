import { readdirSync } from 'node:fs';
import { OTHER_LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { inLanguage } from '../../src/lib/i18n/paths.ts';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPath, planListPages, type ListedService } from '../../src/lib/directory/list-pages.ts';
import { sessionFileName } from '../../src/lib/courses.ts';
import { planPrintSheets } from '../../src/lib/directory/print-sheets.ts';
import { urlWord } from '../../src/lib/formats.ts';
import { findHelpPath, findHelpSlug, printSheetSlug, routes, searchKnownWordsPath, triageAreaPath, triageToolPath } from '../../src/lib/routes.ts';

describe('the addresses of pages', () => {
  it('gives each fixed page its address', () => {
    expect([routes.home(), routes.about(), routes.accessibility(), routes.privacy(), routes.search(), routes.partners()]).toEqual([
      '/',
      '/about/',
      '/accessibility/',
      '/privacy/',
      '/search/',
      '/partners/',
    ]);
    expect([
      routes.courses(),
      routes.print(),
      routes.openData(),
      routes.caseStudies(),
      routes.reports(),
      routes.datasets(),
      routes.nineCs(),
      routes.charter(),
      routes.champions(),
      routes.shareYourWork(),
    ]).toEqual(['/courses/', '/print/', '/open-data/', '/case-studies/', '/reports/', '/data/', '/nine-cs/', '/charter/', '/champions/', '/share-your-work/']);
    expect([routes.progress(), routes.triage(), routes.triagePromptCard(), routes.triageTool()]).toEqual([
      '/champions/progress/',
      '/champions/triage/',
      '/champions/triage/prompt-card/',
      '/champions/triage/tool.json',
    ]);
    expect([routes.charterSign(), routes.charterSignatories(), routes.charterSignatoriesCsv(), routes.charterSignatoriesJson(), routes.charterPledge('listen')]).toEqual([
      '/charter/sign/',
      '/charter/signatories/',
      '/charter/signatories.csv',
      '/charter/signatories.json',
      '/charter/#pledge-listen',
    ]);
    expect([routes.caseStudiesFeed(), routes.shareYourWorkOrganisations(), routes.nineCsQuestionnaireCsv(), routes.nineCsResponsesTemplateCsv()]).toEqual([
      '/case-studies/rss.xml',
      '/share-your-work/organisations.json',
      '/nine-cs/customer/questionnaire.csv',
      '/nine-cs/customer/responses-template.csv',
    ]);
    expect([routes.openDataCsv(), routes.openReferralRoot(), routes.openReferralServices()]).toEqual(['/open-data/services.csv', '/openreferral/index.json', '/openreferral/services.json']);
    expect(routes.openReferralService('f09d035a-11fd-557b-93b6-632153652ce2')).toBe('/openreferral/services/f09d035a-11fd-557b-93b6-632153652ce2.json');
  });

  it('gives each item its own address', () => {
    expect(routes.service('eastbrook-library')).toBe('/services/eastbrook-library/');
    expect(routes.course('phone-basics')).toBe('/courses/phone-basics/');
    expect(routes.courseSession('phone-basics', { date: '2026-12-01', starts: '10:00' })).toBe('/courses/phone-basics/2026-12-01-1000.ics');
    // The calendar file is named as the course page names it.
    expect(routes.courseSession('phone-basics', { date: '2026-12-01', starts: '09:30' })).toBe(`/courses/phone-basics/${sessionFileName({ date: '2026-12-01', starts: '09:30', ends: '11:00' })}`);
    expect(routes.courseFilter('level', 'entry')).toBe('/courses/level/entry/');
    expect(routes.caseStudy('library-lending')).toBe('/case-studies/library-lending/');
    expect(routes.caseStudyFilter('c', 'connectivity')).toBe('/case-studies/c/connectivity/');
    expect(routes.reportTopic('devices')).toBe('/reports/topic/devices/');
    expect(routes.dataset('broadband')).toBe('/data/broadband/');
    expect(routes.datasetCsv('broadband')).toBe('/data/broadband/data.csv');
    expect(routes.nineC('confidence')).toBe('/nine-cs/confidence/');
    expect(routes.module('staying-safe-online')).toBe('/champions/modules/staying-safe-online/');
    expect(routes.lesson('staying-safe-online', 'scams')).toBe('/champions/modules/staying-safe-online/scams/');
    expect(routes.certificate('staying-safe-online')).toBe('/champions/modules/staying-safe-online/certificate/');
    expect(routes.triageArea('eastbrook')).toBe('/champions/triage/areas/eastbrook.json');
  });

  it('writes values in other alphabets as they are, as the pages are named', () => {
    // Content ids are lower-case Latin letters, numbers and hyphens, but a case study place
    // with no Latin letters gets a page in its own letters (see urlWord).
    expect(urlWord('ਬਰਮਿੰਘਮ')).toBe('ਬਰਮਿੰਘਮ');
    expect(routes.caseStudyFilter('place', urlWord('ਬਰਮਿੰਘਮ'))).toBe('/case-studies/place/ਬਰਮਿੰਘਮ/');
    expect(routes.caseStudyFilter('place', urlWord('Kraków'))).toBe('/case-studies/place/krakow/');
  });
});

describe('the single functions for scripts in the browser', () => {
  it('are the routes themselves, so the browser and the pages build the same addresses', () => {
    expect([routes.findHelp, routes.searchKnownWords, routes.triageTool, routes.triageArea]).toEqual([findHelpPath, searchKnownWordsPath, triageToolPath, triageAreaPath]);
    expect(findHelpPath({ kind: 'free-wifi' })).toBe('/find-help/free-wifi/');
  });
});

describe('the addresses of directory lists', () => {
  it('has one list for a kind of help, an area, a kind in an area, or one other filter', () => {
    expect(routes.findHelp()).toBe('/find-help/');
    expect(routes.findHelp({ kind: 'free-wifi' })).toBe('/find-help/free-wifi/');
    expect(routes.findHelp({ area: 'eastbrook' })).toBe('/find-help/in/eastbrook/');
    expect(routes.findHelp({ kind: 'free-wifi', area: 'eastbrook' })).toBe('/find-help/free-wifi/in/eastbrook/');
    expect(routes.findHelp({ area: 'eastbrook', kind: 'free-wifi' })).toBe('/find-help/free-wifi/in/eastbrook/');
    expect(routes.findHelp({ cost: 'free' })).toBe('/find-help/cost/free/');
    expect(routes.findHelp({ audience: 'older-people' })).toBe('/find-help/for/older-people/');
    expect(routes.findHelp({ support: 'sight-loss' })).toBe('/find-help/support/sight-loss/');
    expect(routes.findHelp({ language: 'pa' })).toBe('/find-help/language/pa/');
  });
  it('numbers the pages of a long list from the second', () => {
    expect(routes.findHelp({ kind: 'free-wifi', page: 1 })).toBe('/find-help/free-wifi/');
    expect(routes.findHelp({ kind: 'free-wifi', page: 2 })).toBe('/find-help/free-wifi/page/2/');
    expect(routes.findHelp({ kind: 'free-wifi', area: 'eastbrook', page: 3 })).toBe('/find-help/free-wifi/in/eastbrook/page/3/');
    expect(findHelpSlug({ audience: 'older-people' }, 2)).toBe('for/older-people/page/2');
  });
  it('ignores filters that are not chosen', () => {
    expect(routes.findHelp({ kind: 'free-wifi', area: undefined })).toBe('/find-help/free-wifi/');
  });
  it('refuses a mix of filters that has no list', () => {
    expect(() => routes.findHelp({ kind: 'free-wifi', cost: 'free' })).toThrow('There is no list of help by kind and cost together.');
    expect(() => routes.findHelp({ area: 'eastbrook', language: 'pa' })).toThrow('There is no list of help by area and language together.');
    expect(() => routes.findHelp({ page: 2 })).toThrow('The find-help page has only one page.');
  });
  it('is the address of every list the directory plans', () => {
    const services: ListedService[] = Array.from({ length: 5 }, (_, i) => ({
      id: `s${i}`,
      name: `Service ${i}`,
      kinds: ['free-wifi'],
      areas: [i < 3 ? 'north' : 'south'],
      cost: 'free',
      audiences: ['everyone'],
      support: [],
      languages: ['en'],
    }));
    const plans = planListPages(services, { kind: ['free-wifi'], area: ['north', 'south'], cost: ['free'], audience: ['everyone'], support: [], language: ['en'] }, 2);
    expect(plans.map((p) => [`/find-help/${p.path}/`, routes.findHelp({ ...p.filters, page: p.page })])).toEqual(plans.map((p) => [`/find-help/${p.path}/`, `/find-help/${p.path}/`]));
    expect(plans.map((p) => p.path)).toEqual([
      'free-wifi',
      'free-wifi/page/2',
      'free-wifi/page/3',
      'in/north',
      'in/north/page/2',
      'in/south',
      'cost/free',
      'cost/free/page/2',
      'cost/free/page/3',
      'for/everyone',
      'for/everyone/page/2',
      'for/everyone/page/3',
      'language/en',
      'language/en/page/2',
      'language/en/page/3',
      'free-wifi/in/north',
      'free-wifi/in/north/page/2',
      'free-wifi/in/south',
    ]);
    expect(listPath({ kind: 'free-wifi', area: 'north' })).toBe('free-wifi/in/north');
  });
});

describe('the addresses of print sheets', () => {
  it('has a sheet for an area, a kind of help, or a kind in an area, in parts', () => {
    expect(routes.printSheet({ area: 'eastbrook' })).toBe('/print/in/eastbrook/');
    expect(routes.printSheet({ kind: 'free-wifi' })).toBe('/print/free-wifi/');
    expect(routes.printSheet({ kind: 'free-wifi', area: 'eastbrook' })).toBe('/print/free-wifi/in/eastbrook/');
    expect(routes.printSheet({ area: 'eastbrook', part: 1 })).toBe('/print/in/eastbrook/');
    expect(routes.printSheet({ area: 'eastbrook', part: 2 })).toBe('/print/in/eastbrook/part/2/');
    expect(() => printSheetSlug({})).toThrow('A print sheet is for an area, a kind of help, or both.');
  });
  it('is the address of every sheet the planner makes', () => {
    const services: ListedService[] = Array.from({ length: 7 }, (_, i) => ({
      id: `s${i}`,
      name: `Service ${i}`,
      kinds: i < 5 ? ['free-wifi'] : ['phone-help'],
      areas: [i % 2 ? 'north' : 'south'],
      cost: 'free',
      audiences: [],
      support: [],
      languages: [],
    }));
    const sheets = planPrintSheets(services, ['north', 'south'], ['free-wifi', 'phone-help'], 2);
    expect(sheets.map((s) => printSheetSlug({ ...s.by, part: s.part }))).toEqual(sheets.map((s) => s.path));
    expect(sheets.map((s) => s.path)).toEqual(['in/north', 'in/north/part/2', 'in/south', 'in/south/part/2', 'free-wifi/in/north', 'free-wifi/in/south', 'free-wifi/in/south/part/2', 'phone-help']);
  });
});

/**
 * Each page file, with an address the routes give for it and the values its brackets take.
 * The address must be the file's own path with those values put in, so the routes and the
 * page files cannot drift apart.
 */
const pagesDir = join(import.meta.dirname, '../../src/pages');
const routed: { route: keyof typeof routes; file: string; params?: Record<string, string>; url: string }[] = [
  { route: 'home', file: '[...lang]/index.astro', url: routes.home() },
  { route: 'about', file: 'about.astro', url: routes.about() },
  { route: 'accessibility', file: 'accessibility.astro', url: routes.accessibility() },
  { route: 'privacy', file: 'privacy.astro', url: routes.privacy() },
  { route: 'search', file: '[...lang]/search/index.astro', url: routes.search() },
  { route: 'searchKnownWords', file: '[...lang]/search/known-words.json.ts', url: routes.searchKnownWords() },
  { route: 'searchAreas', file: 'search/areas.json.ts', url: routes.searchAreas() },
  { route: 'partners', file: 'partners/index.astro', url: routes.partners() },
  { route: 'service', file: '[...lang]/services/[id].astro', params: { id: 'eastbrook-library' }, url: routes.service('eastbrook-library') },
  { route: 'findHelp', file: '[...lang]/find-help/index.astro', url: routes.findHelp() },
  { route: 'findHelp', file: '[...lang]/find-help/[...slug].astro', params: { slug: 'free-wifi/in/eastbrook/page/2' }, url: routes.findHelp({ kind: 'free-wifi', area: 'eastbrook', page: 2 }) },
  { route: 'nearMe', file: '[...lang]/find-help/near/index.astro', url: routes.nearMe() },
  { route: 'nearWords', file: '[...lang]/find-help/near/words.json.ts', url: routes.nearWords() },
  { route: 'triageCardWords', file: 'champions/triage/card-words/[lang].json.ts', params: { lang: 'ur' }, url: routes.triageCardWords('ur') },
  { route: 'nearPlacesIndex', file: 'find-help/near/places/index.json.ts', url: routes.nearPlacesIndex() },
  { route: 'nearPlacesCell', file: 'find-help/near/places/[cell].json.ts', params: { cell: '534_-15' }, url: routes.nearPlacesCell('534_-15') },
  { route: 'postcodeDistrict', file: 'postcodes/[district].json.ts', params: { district: 'NM1' }, url: routes.postcodeDistrict('NM1') },
  { route: 'print', file: '[...lang]/print/index.astro', url: routes.print() },
  { route: 'printSheet', file: '[...lang]/print/[...sheet].astro', params: { sheet: 'in/eastbrook/part/2' }, url: routes.printSheet({ area: 'eastbrook', part: 2 }) },
  { route: 'printSheet', file: '[...lang]/print/[kind]/index.astro', params: { kind: 'free-wifi' }, url: routes.printSheet({ kind: 'free-wifi' }) },
  { route: 'openData', file: 'open-data/index.astro', url: routes.openData() },
  { route: 'courses', file: 'courses/index.astro', url: routes.courses() },
  { route: 'course', file: 'courses/[id]/index.astro', params: { id: 'phone-basics' }, url: routes.course('phone-basics') },
  {
    route: 'courseSession',
    file: 'courses/[id]/[session].ics.ts',
    params: { id: 'phone-basics', session: '2026-12-01-1000' },
    url: routes.courseSession('phone-basics', { date: '2026-12-01', starts: '10:00' }),
  },
  { route: 'courseFilter', file: 'courses/[facet]/[value].astro', params: { facet: 'level', value: 'entry' }, url: routes.courseFilter('level', 'entry') },
  { route: 'caseStudies', file: 'case-studies/index.astro', url: routes.caseStudies() },
  { route: 'caseStudiesFeed', file: 'case-studies/rss.xml.ts', url: routes.caseStudiesFeed() },
  { route: 'caseStudy', file: 'case-studies/[id].astro', params: { id: 'library-lending' }, url: routes.caseStudy('library-lending') },
  { route: 'caseStudyFilter', file: 'case-studies/[facet]/[value].astro', params: { facet: 'place', value: 'ਬਰਮਿੰਘਮ' }, url: routes.caseStudyFilter('place', 'ਬਰਮਿੰਘਮ') },
  { route: 'reports', file: 'reports/index.astro', url: routes.reports() },
  { route: 'reportTopic', file: 'reports/topic/[topic].astro', params: { topic: 'devices' }, url: routes.reportTopic('devices') },
  { route: 'datasets', file: 'data/index.astro', url: routes.datasets() },
  { route: 'dataset', file: 'data/[id]/index.astro', params: { id: 'broadband' }, url: routes.dataset('broadband') },
  { route: 'datasetCsv', file: 'data/[id]/data.csv.ts', params: { id: 'broadband' }, url: routes.datasetCsv('broadband') },
  { route: 'shareYourWork', file: 'share-your-work/index.astro', url: routes.shareYourWork() },
  { route: 'shareYourWorkOrganisations', file: 'share-your-work/organisations.json.ts', url: routes.shareYourWorkOrganisations() },
  { route: 'nineCs', file: 'nine-cs/index.astro', url: routes.nineCs() },
  { route: 'nineC', file: 'nine-cs/[c].astro', params: { c: 'confidence' }, url: routes.nineC('confidence') },
  { route: 'nineCsQuestionnaireCsv', file: 'nine-cs/customer/questionnaire.csv.ts', url: routes.nineCsQuestionnaireCsv() },
  { route: 'nineCsResponsesTemplateCsv', file: 'nine-cs/customer/responses-template.csv.ts', url: routes.nineCsResponsesTemplateCsv() },
  { route: 'charter', file: 'charter/index.astro', url: routes.charter() },
  { route: 'charterPledge', file: 'charter/index.astro', url: routes.charterPledge('listen').replace(/#.*$/, '') },
  { route: 'charterSign', file: 'charter/sign.astro', url: routes.charterSign() },
  { route: 'charterSignatories', file: 'charter/signatories.astro', url: routes.charterSignatories() },
  { route: 'charterSignatoriesCsv', file: 'charter/signatories.csv.ts', url: routes.charterSignatoriesCsv() },
  { route: 'charterSignatoriesJson', file: 'charter/signatories.json.ts', url: routes.charterSignatoriesJson() },
  { route: 'champions', file: 'champions/index.astro', url: routes.champions() },
  { route: 'progress', file: 'champions/progress/index.astro', url: routes.progress() },
  { route: 'module', file: 'champions/modules/[module]/index.astro', params: { module: 'staying-safe-online' }, url: routes.module('staying-safe-online') },
  { route: 'lesson', file: 'champions/modules/[module]/[lesson].astro', params: { module: 'staying-safe-online', lesson: 'scams' }, url: routes.lesson('staying-safe-online', 'scams') },
  { route: 'certificate', file: 'champions/modules/[module]/certificate.astro', params: { module: 'staying-safe-online' }, url: routes.certificate('staying-safe-online') },
  { route: 'triage', file: 'champions/triage/index.astro', url: routes.triage() },
  { route: 'triagePromptCard', file: '[...lang]/champions/triage/prompt-card.astro', url: routes.triagePromptCard() },
  { route: 'triageTool', file: 'champions/triage/tool.json.ts', url: routes.triageTool() },
  { route: 'triageArea', file: 'champions/triage/areas/[area].json.ts', params: { area: 'eastbrook' }, url: routes.triageArea('eastbrook') },
  { route: 'referral', file: '[...lang]/referral/index.astro', url: routes.referral() },
  { route: 'shortlist', file: 'shortlist/index.astro', url: routes.shortlist() },
  { route: 'shortlistEntry', file: 'shortlist/listings/[id].json.ts', params: { id: 'eastbrook-library' }, url: routes.shortlistEntry('eastbrook-library') },
  { route: 'offlineKit', file: 'champions/offline/index.astro', url: routes.offlineKit() },
  { route: 'offlineFallback', file: 'offline.astro', url: routes.offlineFallback() },
];
/** Addresses the build writes itself (scripts/lib/write-open-data.ts), not page files. */
const writtenByTheBuild: (keyof typeof routes)[] = ['openDataCsv', 'openReferralRoot', 'openReferralServices', 'openReferralService'];
/** Page files with no route: the 404 page and robots.txt are found by their names; the web app manifest's address is in src/lib/offline-kit/paths.ts (manifestPath). */
const notLinked = ['404.astro', 'robots.txt.ts', 'manifest.webmanifest.ts'];

/** The address a page file is published at, with its bracketed parts filled in. */
function addressOfFile(file: string, params: Record<string, string | undefined> = {}): string {
  // The language folder [...lang] is empty for English (the site's root), as Astro makes it.
  const filled = file.replace(/\[(?:\.\.\.)?(\w+)\]\/?/g, (whole: string, name: string) => {
    const value = params[name];
    if (value === undefined && name === 'lang') return '';
    if (value === undefined) throw new Error(`No value for [${name}] in ${file}`);
    return whole.endsWith('/') ? `${value}/` : value;
  });
  if (filled.endsWith('.ts')) return `/${filled.slice(0, -'.ts'.length)}`;
  const page = filled.slice(0, -'.astro'.length);
  if (page === 'index') return '/';
  return `/${page.replace(/\/index$/, '')}/`;
}

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? pageFiles(join(dir, entry.name)) : [relative(pagesDir, join(dir, entry.name)).split('\\').join('/')]));
}

describe('the routes and the page files', () => {
  it.each(routed)('$route is an address of src/pages/$file', ({ file, params, url }) => {
    expect(pageFiles(pagesDir)).toContain(file);
    expect(url).toBe(addressOfFile(file, params));
    // A page with a version in each language: the same route, under the language's folder.
    if (file.startsWith('[...lang]/')) for (const language of OTHER_LANGUAGES) expect(inLanguage(language.code, url)).toBe(addressOfFile(file, { ...params, lang: language.code }));
  });
  it('has an address for every page file', () => {
    const covered = new Set([...routed.map((r) => r.file), ...notLinked]);
    expect(pageFiles(pagesDir).filter((file) => !covered.has(file))).toEqual([]);
  });
  it('checks every route against a page file, or knows the build writes it', () => {
    const checked = new Set([...routed.map((r) => r.route), ...writtenByTheBuild]);
    expect(Object.keys(routes).filter((name) => !checked.has(name as keyof typeof routes))).toEqual([]);
  });
  it('reads page file names the way Astro does', () => {
    expect(addressOfFile('services/[id].astro', { id: 'x' })).toBe('/services/x/');
    expect(addressOfFile('find-help/[...slug].astro', { slug: 'a/in/b' })).toBe('/find-help/a/in/b/');
    expect(addressOfFile('courses/[id]/[session].ics.ts', { id: 'c', session: 's' })).toBe('/courses/c/s.ics');
    expect(addressOfFile('index.astro')).toBe('/');
    expect(addressOfFile('[...lang]/index.astro')).toBe('/');
    expect(addressOfFile('[...lang]/index.astro', { lang: 'cy' })).toBe('/cy/');
    expect(addressOfFile('[...lang]/services/[id].astro', { id: 'x', lang: 'ur' })).toBe('/ur/services/x/');
    expect(() => addressOfFile('services/[id].astro')).toThrow('No value for [id] in services/[id].astro');
  });
});
