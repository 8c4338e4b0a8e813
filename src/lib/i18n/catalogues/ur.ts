/** Urdu (اردو), written right to left. A draft: a fluent speaker has not yet reviewed it. */
import type { LanguageDetails, Message, TermKey } from '../catalogue.ts';
import type { MessageKey } from './en.ts';
import * as service from './parts/service.ts';
import * as browse from './parts/browse.ts';
import * as print from './parts/print.ts';
import * as search from './parts/search.ts';
import * as terms from './parts/terms.ts';

export const language: LanguageDetails = { code: 'ur', name: 'اردو', englishName: 'Urdu', dir: 'rtl', locale: 'ur-PK', status: 'draft' };

export const messages: Partial<Record<MessageKey | TermKey, Message>> = {
  'layout.skipLink': 'مرکزی مواد پر جائیں',
  'layout.sampleBanner.title': 'نمونے کی سائٹ۔',
  'layout.sampleBanner.text': '{area} میں جگہیں، خدمات اور کورس فرضی مثالیں ہیں۔',
  'layout.nav.label': 'مرکزی مینیو',
  'layout.nav.findHelp': 'مفت مدد تلاش کریں',
  'layout.nav.champions': 'ڈیجیٹل چیمپئنز',
  'layout.nav.partners': 'شراکت دار',
  'layout.nav.search': 'تلاش',
  'layout.breadcrumbs.label': 'آپ کہاں ہیں',
  'layout.breadcrumbs.home': 'ہوم پیج',
  'layout.languages.label': 'زبانیں',
  'layout.languages.englishOnly': 'یہ صفحہ صرف انگریزی میں ہے۔',
  'layout.footer.preferToTalk': 'بات کرنا چاہتے ہیں؟',
  'layout.footer.call': '{phone} پر کال کریں، {hours}۔',
  'layout.footer.supportLinks': 'مدد کے لنکس',
  'layout.footer.about': 'اس سائٹ کے بارے میں',
  'layout.footer.accessibility': 'رسائی کا بیان',
  'layout.footer.privacy': 'رازداری',
  'layout.footer.suggestChange': 'اس صفحے میں تبدیلی تجویز کریں',
  'layout.footer.contact': 'ہم سے رابطہ کریں',
  'layout.footer.runBy': 'یہ سائٹ {operator} اور شراکت دار چلاتے ہیں۔',
  'layout.footer.licence': 'تحریری مواد {licence} لائسنس کے تحت شیئر کیا جاتا ہے؛ کوڈ {code} کے تحت ہے۔',
  'content.notTranslated': 'ابھی اس کا ترجمہ نہیں ہوا۔',
  ...service.ur,
  ...browse.ur,
  ...print.ur,
  ...search.ur,
  ...terms.ur,
};
