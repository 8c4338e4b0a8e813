/**
 * The words for opening hours and the open-now note in the reader's language, from the
 * catalogue (keys service.hours.*) and the weekday terms: what src/lib/directory/opening-hours.ts
 * says "Mondays 10am to 1pm" with. Times use the language's clock (src/lib/i18n/formats.ts);
 * English keeps GOV.UK's "10am".
 */
import type { HoursWords, OpenNowWords } from '../directory/opening-hours.ts';
import { weekdays } from '../vocabulary/weekdays.ts';
import { formatTime } from './formats.ts';
import { termLabel } from './terms.ts';
import type { MessageKey, Translator } from './translate.ts';

/** One set of words per language (the same translator gives the same words), so what is said with them can be remembered too. */
const wordsOf = new WeakMap<Translator, HoursWords>();

export function hoursWords(t: Translator): HoursWords {
  const known = wordsOf.get(t);
  if (known) return known;
  const words = hoursWordsIn(t);
  wordsOf.set(t, words);
  return words;
}

function hoursWordsIn(t: Translator): HoursWords {
  const code = t.language.code;
  return {
    days: weekdays.ids.map((id) => t(`service.hours.days.${id}` as MessageKey)),
    everyDay: t('service.hours.everyDay'),
    dayRange: t('service.hours.dayRange'),
    listAnd: t('service.hours.listAnd'),
    line: t('service.hours.line'),
    withNote: t('service.hours.withNote'),
    time: (clock) => formatTime(code, clock),
  };
}

/** The open-now note's words, as data the page writes for the browser script. */
export function openNowWords(t: Translator): OpenNowWords {
  return {
    openUntil: t('service.hours.openUntil'),
    closedNow: t('service.hours.closedNow'),
    closedOpens: t('service.hours.closedOpens'),
    today: t('service.hours.today'),
    weekdays: weekdays.ids.map((id) => termLabel(t, 'weekdays', id)),
    locale: t.language.locale,
  };
}
