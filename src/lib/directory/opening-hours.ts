/**
 * Opening hours in the words people use ("Mondays to Fridays, 9am to 7pm"), and (from
 * ./open-state.ts) whether a place is open at a given moment.
 *
 * The words come in as HoursWords / OpenNowWords, so the same rules say it in any language
 * (src/lib/i18n/hours-words.ts makes them from the reader's catalogue). Without them, the
 * English words below are used, so the browser scripts stay small without a catalogue: they
 * are the English catalogue's words (tests/unit/hours-words.test.ts checks they match).
 */
import { formatTime } from '../dates.ts';
import { weekdays, type WeekdayId } from '../vocabulary/weekdays.ts';
import { fill, type Hours } from './open-state.ts';

// Whether a place is open now lives in ./open-state.ts (kept apart so the open-now and near-me
// scripts do not carry the hours-in-words code); it is exported from here too.
export * from './open-state.ts';

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

// Plain values only at the top of this file (no calls), so a script that imports the open-now
// half through here does not carry this half as well.
export const ENGLISH_HOURS_WORDS: HoursWords = {
  days: ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'],
  everyDay: 'Every day',
  dayRange: '{from} to {to}',
  listAnd: '{list} and {last}',
  line: '{days}, {opens} to {closes}',
  withNote: '{hours} ({note})',
  time: formatTime,
};

/** "Mondays", "Mondays and Wednesdays", "Mondays to Fridays", "Mondays to Wednesdays and Fridays". */
export function describeDays(days: readonly WeekdayId[], words: HoursWords = ENGLISH_HOURS_WORDS): string {
  const ORDER = weekdays.ids;
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
  const ORDER = weekdays.ids;
  return [...hours].sort((a, b) => ORDER.indexOf(a.days[0]!) - ORDER.indexOf(b.days[0]!) || a.opens.localeCompare(b.opens));
}

/** What was said for each list of hours with each set of words: a place's hours show on many pages. */
const described = new WeakMap<readonly Hours[], WeakMap<HoursWords, readonly string[]>>();

/** One line per set of times, like "Mondays to Fridays, 9am to 7pm (term time only)". */
export function describeOpeningHours(hours: readonly Hours[], words: HoursWords = ENGLISH_HOURS_WORDS): string[] {
  let byWords = described.get(hours);
  if (!byWords) described.set(hours, (byWords = new WeakMap()));
  let lines = byWords.get(words);
  if (!lines) byWords.set(words, (lines = Object.freeze(linesOf(hours, words))));
  return [...lines];
}

function linesOf(hours: readonly Hours[], words: HoursWords): string[] {
  return inWeekOrder(hours).map((h) => {
    const line = fill(words.line, { days: describeDays(h.days, words), opens: words.time(h.opens), closes: words.time(h.closes) });
    return h.note ? fill(words.withNote, { hours: line, note: h.note }) : line;
  });
}
