/**
 * Dates, times, numbers and lists in the reader's language, with the language's own rules (Intl):
 * "3 December 2026" in English is "3 Rhagfyr 2026" in Welsh. Dates in content are YYYY-MM-DD
 * and times are HH:MM, both as the clock in the UK shows them.
 */
import { timeInLocale } from '../dates.ts';
import { languageByCode } from './languages.ts';

const locale = (code: string) => languageByCode(code).locale;
const dayOf = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/**
 * Making an Intl formatter costs far more than using one (a build makes tens of thousands of
 * pages, each with many times and dates), so each language keeps one of each kind.
 */
const STYLES = {
  date: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  dateWithWeekday: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  weekday: { weekday: 'long', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
/** Making a formatter costs far more than using one: each is made once per language and kind. */
const made = new Map<string, Intl.DateTimeFormat | Intl.ListFormat | Intl.NumberFormat>();
function once<F extends Intl.DateTimeFormat | Intl.ListFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = made.get(key) as F | undefined;
  if (!formatter) made.set(key, (formatter = make()));
  return formatter;
}
const formatterFor = (code: string, style: keyof typeof STYLES) => once(`${code} ${style}`, () => new Intl.DateTimeFormat(locale(code), STYLES[style]));
const listFormatFor = (code: string) => once(`${code} list`, () => new Intl.ListFormat(locale(code), { style: 'long', type: 'conjunction' }));
const numberFormatFor = (code: string) => once(`${code} number`, () => new Intl.NumberFormat(locale(code)));

/** A day, like "3 December 2026". */
export function formatDate(code: string, isoDate: string): string {
  return formatterFor(code, 'date').format(dayOf(isoDate));
}

/** A day with its weekday, like "Thursday 3 December 2026". */
export function formatDateWithWeekday(code: string, isoDate: string): string {
  return formatterFor(code, 'dateWithWeekday').format(dayOf(isoDate));
}

/** A time of day from "HH:MM". English keeps GOV.UK's style ("10am", "1:30pm"); other languages use their own (src/lib/dates.ts). */
export function formatTime(code: string, time: string): string {
  return timeInLocale(locale(code), time);
}

/** A weekday's name from 0 (Monday) to 6 (Sunday). */
export function weekdayName(code: string, index: number): string {
  return formatterFor(code, 'weekday').format(new Date(Date.UTC(2026, 0, 5 + index, 12)));
}

/** A list of words joined as the language joins them: "a, b and c". */
export function formatList(code: string, items: readonly string[]): string {
  return listFormatFor(code).format(items);
}

/** A number in the language's digits and separators. */
export function formatNumber(code: string, value: number): string {
  return numberFormatFor(code).format(value);
}
