/**
 * Opening hours in the words people use ("Mondays to Fridays, 9am to 7pm"), and whether a
 * place is open at a given moment. The service page and the "open now" script share these.
 *
 * The words come in as HoursWords / OpenNowWords, so the same rules say it in any language
 * (src/lib/i18n/hours-words.ts makes them from the reader's catalogue). Without them, the
 * English words below are used, so the browser scripts stay small without a catalogue: they
 * are the English catalogue's words (tests/unit/hours-words.test.ts checks they match).
 */
import { formatTime } from '../dates.ts';
import { weekdays, type WeekdayId } from '../vocabulary/weekdays.ts';

/** Words for opening hours in one language; templates have {placeholders}. */
export interface HoursWords {
  /** Each weekday said of every week, Monday first: "Mondays". */
  readonly days: readonly string[];
  readonly everyDay: string;
  /** "{from} to {to}": three or more days in a row. */
  readonly dayRange: string;
  /** "{list} and {last}": the last of several days (the others are joined with ", "). */
  readonly listAnd: string;
  /** "{days}, {opens} to {closes}". */
  readonly line: string;
  /** "{hours} ({note})". */
  readonly withNote: string;
  /** A time of day from "HH:MM", as the language writes it: "10am", "10:00". */
  readonly time: (clock: string) => string;
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

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

/** A time of day in a locale: English keeps GOV.UK's "10am"; other languages their own clock ("10:00"). */
export function timeInLocale(locale: string, clock: string): string {
  if (locale === 'en-GB') return formatTime(clock);
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 5, hours, minutes)));
}

const everyWeek = () => weekdays.terms.map((day) => `${day.label}s`);

export const ENGLISH_HOURS_WORDS: HoursWords = {
  days: /* @__PURE__ */ everyWeek(),
  everyDay: 'Every day',
  dayRange: '{from} to {to}',
  listAnd: '{list} and {last}',
  line: '{days}, {opens} to {closes}',
  withNote: '{hours} ({note})',
  time: formatTime,
};

export const ENGLISH_OPEN_NOW_WORDS: OpenNowWords = {
  openUntil: 'Open now, until {time}',
  closedNow: 'Closed now',
  closedOpens: 'Closed now. Opens {day} at {time}',
  today: 'today',
  locale: 'en-GB',
};

export interface Hours {
  readonly days: readonly WeekdayId[];
  readonly opens: string;
  readonly closes: string;
  readonly note?: string;
}

const ORDER = weekdays.ids;

/** "Mondays", "Mondays and Wednesdays", "Mondays to Fridays", "Mondays to Wednesdays and Fridays". */
export function describeDays(days: readonly WeekdayId[], words: HoursWords = ENGLISH_HOURS_WORDS): string {
  const plural = (day: WeekdayId) => words.days[ORDER.indexOf(day)]!;
  const sorted = [...new Set(days)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  if (sorted.length === 7) return words.everyDay;
  const runs: WeekdayId[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && ORDER.indexOf(day) === ORDER.indexOf(last.at(-1)!) + 1) last.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) => (run.length >= 3 ? [fill(words.dayRange, { from: plural(run[0]!), to: plural(run.at(-1)!) })] : run.map(plural)));
  return parts.length === 1 ? parts[0]! : fill(words.listAnd, { list: parts.slice(0, -1).join(', '), last: parts.at(-1)! });
}

/** Sets of times in the order a week reads: by their first day, then by when they open. */
export function inWeekOrder(hours: readonly Hours[]): Hours[] {
  return [...hours].sort((a, b) => ORDER.indexOf(a.days[0]!) - ORDER.indexOf(b.days[0]!) || a.opens.localeCompare(b.opens));
}

/** One line per set of times, like "Mondays to Fridays, 9am to 7pm (term time only)". */
export function describeOpeningHours(hours: readonly Hours[], words: HoursWords = ENGLISH_HOURS_WORDS): string[] {
  return inWeekOrder(hours).map((h) => {
    const line = fill(words.line, { days: describeDays(h.days, words), opens: words.time(h.opens), closes: words.time(h.closes) });
    return h.note ? fill(words.withNote, { hours: line, note: h.note }) : line;
  });
}

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
