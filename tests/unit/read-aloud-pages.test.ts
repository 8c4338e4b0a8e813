import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { listenControlFor, type ListenControlKind } from '../../src/lib/read-aloud/pages.ts';
import { pathFromSiteRoot } from '../../src/lib/links.ts';

type RouteName = keyof typeof routes;

/**
 * Every kind of address on the site, with examples, and whether its page gets the Listen control.
 * The test below fails when a route is added to src/lib/routes.ts without a decision here.
 */
const EXPECTED: Record<RouteName, { readonly paths: readonly string[]; readonly kind: ListenControlKind }> = {
  home: { paths: [routes.home()], kind: 'page' },
  about: { paths: [routes.about()], kind: 'none' },
  accessibility: { paths: [routes.accessibility()], kind: 'page' },
  privacy: { paths: [routes.privacy()], kind: 'page' },
  search: { paths: [routes.search()], kind: 'page' },
  searchKnownWords: { paths: [routes.searchKnownWords()], kind: 'none' },
  searchAreas: { paths: [routes.searchAreas()], kind: 'none' },
  partners: { paths: [routes.partners()], kind: 'none' },
  service: { paths: [routes.service('eastbrook-library'), routes.service('a')], kind: 'page' },
  findHelp: {
    paths: [
      routes.findHelp(),
      routes.findHelp({ kind: 'free-wifi' }),
      routes.findHelp({ area: 'eastbrook' }),
      routes.findHelp({ kind: 'free-wifi', area: 'eastbrook' }),
      routes.findHelp({ kind: 'free-wifi', area: 'eastbrook', page: 2 }),
      routes.findHelp({ cost: 'free' }),
      routes.findHelp({ audience: 'older-people' }),
      routes.findHelp({ support: 'one-to-one' }),
      routes.findHelp({ language: 'pl' }),
    ],
    kind: 'page',
  },
  nearMe: { paths: [routes.nearMe()], kind: 'page' },
  nearPlacesIndex: { paths: [routes.nearPlacesIndex()], kind: 'none' },
  nearWords: { paths: [routes.nearWords()], kind: 'none' },
  triageCardWords: { paths: [routes.triageCardWords('cy')], kind: 'none' },
  nearPlacesCell: { paths: [routes.nearPlacesCell('52_-1')], kind: 'none' },
  postcodeDistrict: { paths: [routes.postcodeDistrict('NM1')], kind: 'none' },
  print: { paths: [routes.print()], kind: 'none' },
  printSheet: { paths: [routes.printSheet({ area: 'eastbrook' }), routes.printSheet({ kind: 'free-wifi' }), routes.printSheet({ kind: 'free-wifi', area: 'eastbrook', part: 2 })], kind: 'none' },
  openData: { paths: [routes.openData()], kind: 'none' },
  openDataCsv: { paths: [routes.openDataCsv()], kind: 'none' },
  openReferralRoot: { paths: [routes.openReferralRoot()], kind: 'none' },
  openReferralServices: { paths: [routes.openReferralServices()], kind: 'none' },
  openReferralService: { paths: [routes.openReferralService('0f0e')], kind: 'none' },
  courses: { paths: [routes.courses()], kind: 'page' },
  course: { paths: [routes.course('basic-skills')], kind: 'page' },
  courseSession: { paths: [routes.courseSession('basic-skills', { date: '2026-12-01', starts: '10:00' })], kind: 'none' },
  courseFilter: { paths: [routes.courseFilter('skill', 'communicating'), routes.courseFilter('cost', 'free')], kind: 'page' },
  caseStudies: { paths: [routes.caseStudies()], kind: 'none' },
  caseStudiesFeed: { paths: [routes.caseStudiesFeed()], kind: 'none' },
  caseStudy: { paths: [routes.caseStudy('northmere-homes')], kind: 'none' },
  caseStudyFilter: { paths: [routes.caseStudyFilter('c', 'cost')], kind: 'none' },
  reports: { paths: [routes.reports()], kind: 'none' },
  reportTopic: { paths: [routes.reportTopic('skills')], kind: 'none' },
  datasets: { paths: [routes.datasets()], kind: 'none' },
  dataset: { paths: [routes.dataset('survey')], kind: 'none' },
  datasetCsv: { paths: [routes.datasetCsv('survey')], kind: 'none' },
  shareYourWork: { paths: [routes.shareYourWork()], kind: 'none' },
  shareYourWorkOrganisations: { paths: [routes.shareYourWorkOrganisations()], kind: 'none' },
  nineCs: { paths: [routes.nineCs()], kind: 'none' },
  nineC: { paths: [routes.nineC('cost')], kind: 'none' },
  nineCsQuestionnaireCsv: { paths: [routes.nineCsQuestionnaireCsv()], kind: 'none' },
  nineCsResponsesTemplateCsv: { paths: [routes.nineCsResponsesTemplateCsv()], kind: 'none' },
  charter: { paths: [routes.charter()], kind: 'none' },
  charterPledge: { paths: [routes.charterPledge('listen')], kind: 'none' },
  charterSign: { paths: [routes.charterSign()], kind: 'none' },
  charterSignatories: { paths: [routes.charterSignatories()], kind: 'none' },
  charterSignatoriesCsv: { paths: [routes.charterSignatoriesCsv()], kind: 'none' },
  charterSignatoriesJson: { paths: [routes.charterSignatoriesJson()], kind: 'none' },
  champions: { paths: [routes.champions()], kind: 'none' },
  progress: { paths: [routes.progress()], kind: 'none' },
  module: { paths: [routes.module('getting-someone-connected')], kind: 'page' },
  lesson: { paths: [routes.lesson('getting-someone-connected', 'cheaper-broadband'), routes.lesson('staying-safe-online', 'spotting-scams')], kind: 'page' },
  certificate: { paths: [routes.certificate('getting-someone-connected')], kind: 'none' },
  triage: { paths: [routes.triage()], kind: 'marked parts' },
  triagePromptCard: { paths: [routes.triagePromptCard()], kind: 'none' },
  triageTool: { paths: [routes.triageTool()], kind: 'none' },
  triageArea: { paths: [routes.triageArea('eastbrook')], kind: 'none' },
  offlineKit: { paths: [routes.offlineKit()], kind: 'none' },
  offlineFallback: { paths: [routes.offlineFallback()], kind: 'none' },
  shortlist: { paths: [routes.shortlist()], kind: 'page' },
  shortlistEntry: { paths: [routes.shortlistEntry('eastbrook-library')], kind: 'none' },
  referral: { paths: [routes.referral()], kind: 'marked parts' },
};

describe('which pages get the Listen control (read-aloud)', () => {
  it('has a decision for every kind of address in src/lib/routes.ts', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(routes).sort());
  });

  for (const [name, { paths, kind }] of Object.entries(EXPECTED)) {
    it(`${name}: ${kind}`, () => {
      for (const path of paths) expect(listenControlFor(path), path).toBe(kind);
    });
  }

  it('gives addresses the site does not have no control', () => {
    for (const path of ['/nowhere/', '/services/', '/services/a/b/', '/champions/modules/', '/champions/modules/a/b/c/', '/find-help', '/privacy', '', '/abouts/'])
      expect(listenControlFor(path), path).toBe('none');
  });

  it("reads a page's path from its address under the site's base", () => {
    expect(pathFromSiteRoot('/', '/')).toBe('/');
    expect(pathFromSiteRoot('/services/a/', '/')).toBe('/services/a/');
    expect(pathFromSiteRoot('/council/services/a/', '/council/')).toBe('/services/a/');
    expect(pathFromSiteRoot('/council/', '/council')).toBe('/');
    expect(pathFromSiteRoot('/elsewhere/', '/council/')).toBe('/elsewhere/');
  });
});
