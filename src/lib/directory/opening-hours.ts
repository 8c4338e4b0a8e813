/**
 * Opening hours in the words people use ("Mondays to Fridays, 9am to 7pm"), and whether a
 * place is open at a given moment. The service page and the "open now" script share these.
 */
import { formatTime } from '../dates.ts';
import { weekdays, type WeekdayId } from '../vocabulary/weekdays.ts';

export interface Hours {
  readonly days: readonly WeekdayId[];
  readonly opens: string;
  readonly closes: string;
  readonly note?: string;
}

const ORDER = weekdays.ids;
const plural = (day: WeekdayId) => `${weekdays.label(day)}s`;

/** "Mondays", "Mondays and Wednesdays", "Mondays to Fridays", "Mondays to Wednesdays and Fridays". */
export function describeDays(days: readonly WeekdayId[]): string {
  const sorted = [...new Set(days)].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  if (sorted.length === 7) return 'Every day';
  const runs: WeekdayId[][] = [];
  for (const day of sorted) {
    const last = runs.at(-1);
    if (last && ORDER.indexOf(day) === ORDER.indexOf(last.at(-1)!) + 1) last.push(day);
    else runs.push([day]);
  }
  const parts = runs.flatMap((run) => (run.length >= 3 ? [`${plural(run[0]!)} to ${plural(run.at(-1)!)}`] : run.map(plural)));
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** One line per set of times, like "Mondays to Fridays, 9am to 7pm (term time only)". */
export function describeOpeningHours(hours: readonly Hours[]): string[] {
  const sorted = [...hours].sort((a, b) => ORDER.indexOf(a.days[0]!) - ORDER.indexOf(b.days[0]!) || a.opens.localeCompare(b.opens));
  return sorted.map((h) => `${describeDays(h.days)}, ${formatTime(h.opens)} to ${formatTime(h.closes)}${h.note ? ` (${h.note})` : ''}`);
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
export function describeOpenState(state: OpenState, today: WeekdayId): string {
  if (state.open) return `Open now, until ${formatTime(state.closes)}`;
  if (!state.opensNext) return 'Closed now';
  const when = state.opensNext.day === today ? 'today' : weekdays.label(state.opensNext.day);
  return `Closed now. Opens ${when} at ${formatTime(state.opensNext.time)}`;
}
