/**
 * Whether a place is open at a given moment, and the open-now note people read ("Open now, until
 * 1pm"), in the words a page gives (OpenNowWords; English without them). Kept apart from the
 * hours in words (./opening-hours.ts, which exports these too) so the open-now and near-me
 * scripts stay small.
 */
import { timeInLocale } from '../dates.ts';
import { weekdays, type WeekdayId } from '../vocabulary/weekdays.ts';

export interface Hours {
  readonly days: readonly WeekdayId[];
  readonly opens: string;
  readonly closes: string;
  readonly note?: string;
}

/** Words for the open-now note, as plain data a page can hand to the browser script. */
export interface OpenNowWords {
  /** "Open now, until {time}". */
  readonly openUntil: string;
  readonly closedNow: string;
  /** "Closed now. Opens {day} at {time}". */
  readonly closedOpens: string;
  readonly today: string;
  /** Weekday names, Monday first: "Monday" (the English list's own words when left out). */
  readonly weekdays?: readonly string[];
  /** The locale for times ("cy-GB"); English ("en-GB") keeps "10am". */
  readonly locale: string;
}

/** Fills {name} placeholders in a template. */
export const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** A time of day in a locale (src/lib/dates.ts), here too for the scripts that import open-state. */
export { timeInLocale };

export const ENGLISH_OPEN_NOW_WORDS: OpenNowWords = {
  openUntil: 'Open now, until {time}',
  closedNow: 'Closed now',
  closedOpens: 'Closed now. Opens {day} at {time}',
  today: 'today',
  locale: 'en-GB',
};

const ORDER = weekdays.ids;

/** The day of the week of a date, as our ids use it. */
export function weekdayOf(date: Date, timeZone = 'Europe/London'): WeekdayId {
  const name = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone }).format(date).toLowerCase();
  return name as WeekdayId;
}

/** "HH:MM" in the UK at a moment. */
export function clockTimeOf(date: Date, timeZone = 'Europe/London'): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(date);
}

export type OpenState = { open: true; closes: string } | { open: false; opensNext?: { day: WeekdayId; time: string } };

/** Whether the hours say it is open at a moment, and when it closes or next opens. */
export function openStateAt(hours: readonly Hours[], moment: Date, timeZone = 'Europe/London'): OpenState {
  const day = weekdayOf(moment, timeZone);
  const time = clockTimeOf(moment, timeZone);
  const today = hours.filter((h) => h.days.includes(day));
  const current = today.find((h) => h.opens <= time && time < h.closes);
  if (current) return { open: true, closes: current.closes };
  const laterToday = today.filter((h) => h.opens > time).sort((a, b) => a.opens.localeCompare(b.opens))[0];
  if (laterToday) return { open: false, opensNext: { day, time: laterToday.opens } };
  for (let offset = 1; offset <= 7; offset++) {
    const next = ORDER[(ORDER.indexOf(day) + offset) % 7]!;
    const first = hours.filter((h) => h.days.includes(next)).sort((a, b) => a.opens.localeCompare(b.opens))[0];
    if (first) return { open: false, opensNext: { day: next, time: first.opens } };
  }
  return { open: false };
}

/** The open-now message a person reads. */
export function describeOpenState(state: OpenState, today: WeekdayId, words: OpenNowWords = ENGLISH_OPEN_NOW_WORDS): string {
  if (state.open) return fill(words.openUntil, { time: timeInLocale(words.locale, state.closes) });
  if (!state.opensNext) return words.closedNow;
  const when = state.opensNext.day === today ? words.today : (words.weekdays?.[ORDER.indexOf(state.opensNext.day)] ?? weekdays.label(state.opensNext.day));
  return fill(words.closedOpens, { day: when, time: timeInLocale(words.locale, state.opensNext.time) });
}
