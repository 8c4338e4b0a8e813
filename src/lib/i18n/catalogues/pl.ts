/** Polish (polski). A draft: a fluent speaker has not yet reviewed it. */
import type { LanguageDetails, Message, TermKey } from '../catalogue.ts';
import type { MessageKey } from './en.ts';
import * as service from './parts/service.ts';
import * as browse from './parts/browse.ts';
import * as print from './parts/print.ts';
import * as search from './parts/search.ts';
import * as terms from './parts/terms.ts';

export const language: LanguageDetails = { code: 'pl', name: 'Polski', englishName: 'Polish', dir: 'ltr', locale: 'pl-PL', status: 'draft' };

export const messages: Partial<Record<MessageKey | TermKey, Message>> = {
  'layout.skipLink': 'Przejdź do treści głównej',
  'layout.sampleBanner.title': 'Strona przykładowa.',
  'layout.sampleBanner.text': 'Miejsca, usługi i kursy w {area} to zmyślone przykłady.',
  'layout.nav.label': 'Menu główne',
  'layout.nav.findHelp': 'Znajdź bezpłatną pomoc',
  'layout.nav.champions': 'Cyfrowi Ambasadorzy',
  'layout.nav.partners': 'Partnerzy',
  'layout.nav.search': 'Szukaj',
  'layout.breadcrumbs.label': 'Ścieżka nawigacji',
  'layout.breadcrumbs.home': 'Strona główna',
  'layout.languages.label': 'Języki',
  'layout.languages.englishOnly': 'Ta strona jest dostępna tylko po angielsku.',
  'layout.footer.preferToTalk': 'Wolisz porozmawiać?',
  'layout.footer.call': 'Zadzwoń pod numer {phone}, {hours}.',
  'layout.footer.supportLinks': 'Linki pomocnicze',
  'layout.footer.about': 'O tej stronie',
  'layout.footer.accessibility': 'Deklaracja dostępności',
  'layout.footer.privacy': 'Prywatność',
  'layout.footer.suggestChange': 'Zaproponuj zmianę tej strony',
  'layout.footer.contact': 'Skontaktuj się z nami',
  'layout.footer.runBy': 'Stronę prowadzi {operator} wraz z partnerami.',
  'layout.footer.licence': 'Treści są udostępniane na licencji {licence}; kod na licencji {code}.',
  'content.notTranslated': 'Jeszcze nie przetłumaczono.',
  ...service.pl,
  ...browse.pl,
  ...print.pl,
  ...search.pl,
  ...terms.pl,
};
