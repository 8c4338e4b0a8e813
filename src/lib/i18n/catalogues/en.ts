/**
 * English: the site's own words, and the list of every key. Other languages translate these
 * keys (./cy.ts, ./ur.ts, ./pl.ts). Keep keys grouped by where they show.
 */
import type { LanguageDetails, Message } from '../catalogue.ts';
import * as service from './parts/service.ts';
import * as browse from './parts/browse.ts';
import * as print from './parts/print.ts';
import * as search from './parts/search.ts';

export const language: LanguageDetails = { code: 'en', name: 'English', englishName: 'English', dir: 'ltr', locale: 'en-GB', status: 'reviewed' };

export const messages = {
  // Every page
  'layout.skipLink': 'Skip to main content',
  'layout.sampleBanner.title': 'Sample site.',
  'layout.sampleBanner.text': 'The places, services and courses in {area} are made-up examples.',
  'layout.nav.label': 'Main',
  'layout.nav.findHelp': 'Find free help',
  'layout.nav.champions': 'Digital Champions',
  'layout.nav.partners': 'Partners',
  'layout.nav.search': 'Search',
  'layout.breadcrumbs.label': 'Breadcrumb',
  'layout.breadcrumbs.home': 'Home',
  'layout.languages.label': 'Languages',
  'layout.languages.englishOnly': 'This page is in English only.',
  'layout.footer.preferToTalk': 'Prefer to talk?',
  'layout.footer.call': 'Call {phone}, {hours}.',
  'layout.footer.supportLinks': 'Support links',
  'layout.footer.about': 'About this site',
  'layout.footer.accessibility': 'Accessibility statement',
  'layout.footer.privacy': 'Privacy',
  'layout.footer.suggestChange': 'Suggest a change to this page',
  'layout.footer.contact': 'Contact us',
  'layout.footer.runBy': 'Run by {operator} and partners.',
  'layout.footer.licence': 'Written content is shared under the {licence} licence; the code is {code}.',
  'content.notTranslated': 'Not yet translated.',
  ...service.en,
  ...browse.en,
  ...print.en,
  ...search.en,
} as const satisfies Record<string, Message>;

export type MessageKey = keyof typeof messages;
