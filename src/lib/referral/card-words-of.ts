/** The referral card's words in one language, from its catalogue (see ./card-words.ts). */
import { hoursWords } from '../i18n/hours-words.ts';
import { inLanguage } from '../i18n/paths.ts';
import { termLabel } from '../i18n/terms.ts';
import type { MessageKey, Translator } from '../i18n/translate.ts';
import { urgencies } from '../triage/facts.ts';
import { kindsOfHelp } from '../vocabulary/kinds-of-help.ts';
import { needs } from '../vocabulary/triage-terms.ts';
import { routes } from '../routes.ts';
import { CARD_TEXT_KEYS, type CardWords } from './card-words.ts';

/** Catalogue keys for the urgencies (they are the triage tool's own list, not one of the shared terms). */
const URGENCY_KEYS: Record<string, MessageKey> = { 'this-week': 'print.urgency.this-week', 'this-month': 'print.urgency.this-month', 'no-rush': 'print.urgency.no-rush' };

/**
 * The card's words for a language; withBase puts the referral page's path under the site's base;
 * the site's name and when its phone line is open come from site.yaml, in this language where it gives them.
 */
export function cardWordsOf(t: Translator, withBase: (path: string) => string, site: Pick<CardWords, 'helplineHours' | 'siteName'>): CardWords {
  const { time: _time, ...hours } = hoursWords(t);
  return {
    lang: t.language.code,
    dir: t.language.dir,
    locale: t.language.locale,
    referralPage: withBase(inLanguage(t.language.code, routes.referral())),
    text: Object.fromEntries(CARD_TEXT_KEYS.map((key) => [key, t(`print.${key}` as MessageKey)])) as CardWords['text'],
    needs: Object.fromEntries(needs.ids.map((id) => [id, termLabel(t, 'needs', id)])),
    urgencies: Object.fromEntries(urgencies.ids.map((id) => [id, t(URGENCY_KEYS[id]!)])),
    kinds: Object.fromEntries(kindsOfHelp.ids.map((id) => [id, termLabel(t, 'kindsOfHelp', id)])),
    hours,
    helplineHours: { text: site.helplineHours.text, lang: site.helplineHours.lang },
    siteName: site.siteName,
  };
}
