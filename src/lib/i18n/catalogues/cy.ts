/** Welsh (Cymraeg). A draft: a fluent speaker has not yet reviewed it. */
import type { LanguageDetails, Message, TermKey } from '../catalogue.ts';
import type { MessageKey } from './en.ts';
import * as service from './parts/service.ts';
import * as browse from './parts/browse.ts';
import * as print from './parts/print.ts';
import * as search from './parts/search.ts';
import * as terms from './parts/terms.ts';

export const language: LanguageDetails = { code: 'cy', name: 'Cymraeg', englishName: 'Welsh', dir: 'ltr', locale: 'cy-GB', status: 'draft' };

export const messages: Partial<Record<MessageKey | TermKey, Message>> = {
  'layout.skipLink': 'Neidio i’r prif gynnwys',
  'layout.sampleBanner.title': 'Safle enghreifftiol.',
  'layout.sampleBanner.text': 'Enghreifftiau ffug yw’r lleoedd, y gwasanaethau a’r cyrsiau yn {area}.',
  'layout.nav.label': 'Prif ddewislen',
  'layout.nav.findHelp': 'Dod o hyd i help am ddim',
  'layout.nav.champions': 'Hyrwyddwyr Digidol',
  'layout.nav.partners': 'Partneriaid',
  'layout.nav.search': 'Chwilio',
  'layout.breadcrumbs.label': 'Briwsion bara',
  'layout.breadcrumbs.home': 'Hafan',
  'layout.languages.label': 'Ieithoedd',
  'layout.languages.englishOnly': 'Mae’r dudalen hon yn Saesneg yn unig.',
  'layout.footer.preferToTalk': 'Gwell gennych siarad?',
  'layout.footer.call': 'Ffoniwch {phone}, {hours}.',
  'layout.footer.supportLinks': 'Dolenni cymorth',
  'layout.footer.about': 'Am y wefan hon',
  'layout.footer.accessibility': 'Datganiad hygyrchedd',
  'layout.footer.privacy': 'Preifatrwydd',
  'layout.footer.suggestChange': 'Awgrymu newid i’r dudalen hon',
  'layout.footer.contact': 'Cysylltu â ni',
  'layout.footer.runBy': 'Yn cael ei rhedeg gan {operator} a phartneriaid.',
  'layout.footer.licence': 'Rhennir y cynnwys ysgrifenedig o dan y drwydded {licence}; mae’r cod o dan {code}.',
  'content.notTranslated': 'Heb ei gyfieithu eto.',
  ...service.cy,
  ...browse.cy,
  ...print.cy,
  ...search.cy,
  ...terms.cy,
};
