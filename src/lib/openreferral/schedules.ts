/**
 * Opening hours as Open Referral schedules, and back. We write one weekly schedule per day of each
 * set of hours (`freq: WEEKLY`, `byday: MO`, `opens_at: "10:00"`), with a description in plain
 * words, and a schedule with only a description for a place's hours note. Reading, we accept the
 * forms other directories use: `byday` lists, ISO weekday numbers or names (Open Referral UK v1's
 * `weekday`), and times like "9:30", "09:30:00" or "09:30Z" (times are taken as UK local time).
 */
import { formatTime } from '../dates.ts';
import { isClockTime } from '../formats.ts';
import { fitText } from './text.ts';
import { weekdays, type WeekdayId } from '../vocabulary/index.ts';
import type { OpeningHours } from '../../schemas/service.ts';

const RRULE_DAYS: readonly (readonly [WeekdayId, string])[] = [
  ['monday', 'MO'],
  ['tuesday', 'TU'],
  ['wednesday', 'WE'],
  ['thursday', 'TH'],
  ['friday', 'FR'],
  ['saturday', 'SA'],
  ['sunday', 'SU'],
];

/** Our day id as an iCalendar (RFC 5545) day: monday becomes "MO". */
export function rruleDay(day: WeekdayId): string {
  return RRULE_DAYS.find(([id]) => id === day)![1];
}

/** "Mondays, 10am to 1pm": one day of a set of opening hours, in plain words. */
export function describeDayHours(day: WeekdayId, opens: string, closes: string): string {
  return `${weekdays.label(day)}s, ${formatTime(opens)} to ${formatTime(closes)}`;
}

/** A day written any way a feed writes it: "MO", "mo", "Monday", "Mon", 1 (ISO: Monday) ... 7 or 0 (Sunday). */
export function readDay(value: unknown): WeekdayId | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*[0-7]\s*$/.test(value))) {
    const n = Number(value);
    return n === 0 || n === 7 ? 'sunday' : RRULE_DAYS[n - 1]?.[0];
  }
  if (typeof value !== 'string') return undefined;
  const text = value
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^weds$/, 'wed');
  const singular = text.length > 6 && text.endsWith('s') ? text.slice(0, -1) : text;
  for (const [id, code] of RRULE_DAYS) {
    if (text === code.toLowerCase() || singular === id || (text.length >= 3 && id.startsWith(text))) return id;
  }
  return undefined;
}

/** A time written "9:30", "09:30", "09:30:00", "09:30Z", "09:30+01:00" or "1970-01-01T09:30:00", as "09:30". */
export function readClockTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /(?:^|T)\s*([0-9]{1,2})[:.]([0-9]{2})(?::[0-9]{2}(?:\.[0-9]+)?)?\s*(?:Z|[+-][0-9]{2}:?[0-9]{2})?\s*$/i.exec(value.trim());
  if (!match) return undefined;
  const time = `${match[1]!.padStart(2, '0')}:${match[2]}`;
  return isClockTime(time) ? time : undefined;
}

/** One schedule as the import sees it, whichever version of Open Referral it came from. */
export interface FeedSchedule {
  /** Which place it belongs to (a service_at_location or location id), if it says. */
  readonly placeKey?: string;
  readonly freq?: string;
  readonly interval?: number;
  /** The days, as the feed wrote them (`MO,TU` or `["Monday"]`). Monthly days like `2MO` are kept as written. */
  readonly byday: readonly string[];
  readonly bymonthday?: string;
  readonly opens?: string;
  readonly closes?: string;
  readonly description?: string;
  readonly notes?: string;
}

const ORDINALS: Record<string, string> = { '1': 'First', '2': 'Second', '3': 'Third', '4': 'Fourth', '5': 'Fifth', '-1': 'Last' };

/** Words for a schedule we cannot hold as weekly hours, like "Second Monday of the month, 10am to midday". */
function describeOtherSchedule(schedule: FeedSchedule, opens?: string, closes?: string): string | undefined {
  const parts: string[] = [];
  for (const token of schedule.byday) {
    const match = /^([+-]?[0-9])?([a-z]{2})$/i.exec(token.trim());
    const day = match ? readDay(match[2]) : undefined;
    if (!day) continue;
    const ordinal = match?.[1] ? ORDINALS[match[1].replace('+', '')] : undefined;
    parts.push(ordinal ? `${ordinal} ${weekdays.label(day)} of the month` : `${weekdays.label(day)}s`);
  }
  if (parts.length === 0 && schedule.bymonthday) parts.push(`Day ${schedule.bymonthday} of the month`);
  if (parts.length === 0) return undefined;
  const when = schedule.interval && schedule.interval > 1 && schedule.freq?.toUpperCase() !== 'MONTHLY' ? ` (every ${schedule.interval} weeks)` : '';
  const times = opens && closes ? `, ${formatTime(opens)} to ${formatTime(closes)}` : '';
  return `${parts.join(' and ')}${times}${when}`;
}

export interface ReadHours {
  /** Weekly hours, grouped: days in a row with the same times and note share one entry. */
  readonly openingHours: OpeningHours[];
  /** Schedules that are not weekly hours, in words: they become the place's hours note. */
  readonly notes: string[];
  /** Schedules that had to be left out, with the reason. */
  readonly dropped: string[];
}

/**
 * Turns a place's schedules into our opening hours. Weekly schedules with days and both times
 * become opening hours; next days with the same times and note join the same entry (so our own
 * export, one schedule per day, reads back as it was written). Monthly or free-text schedules
 * become notes in words.
 */
export function readOpeningHours(schedules: readonly FeedSchedule[], noteMax: number): ReadHours {
  const openingHours: { days: WeekdayId[]; opens: string; closes: string; note?: string }[] = [];
  const notes: string[] = [];
  const dropped: string[] = [];
  for (const schedule of schedules) {
    const opens = readClockTime(schedule.opens);
    const closes = readClockTime(schedule.closes);
    const freq = schedule.freq?.trim().toUpperCase();
    const weekly = (freq === undefined || freq === '' || freq === 'WEEKLY') && (schedule.interval ?? 1) <= 1;
    const days = schedule.byday.map(readDay);
    const plainDays = days.length > 0 && days.every((day) => day !== undefined);
    if (weekly && plainDays && opens && closes) {
      if (opens >= closes) {
        dropped.push(`the hours ${schedule.opens} to ${schedule.closes} (it closes before it opens)`);
        continue;
      }
      const note = schedule.notes ? fitText(schedule.notes, noteMax).text : undefined;
      const last = openingHours.at(-1);
      const unique = [...new Set(days as WeekdayId[])];
      if (last && last.opens === opens && last.closes === closes && last.note === note && unique.every((day) => !last.days.includes(day))) {
        last.days.push(...unique);
      } else {
        openingHours.push({ days: unique, opens, closes, ...(note ? { note } : {}) });
      }
      continue;
    }
    const words = schedule.description || describeOtherSchedule(schedule, opens, closes);
    if (words) notes.push(schedule.notes && schedule.description ? `${words} (${schedule.notes})` : words);
    else if (schedule.byday.length || schedule.opens || schedule.closes)
      dropped.push(`a schedule we could not read (${[schedule.byday.join(','), schedule.opens, schedule.closes].filter(Boolean).join(' ')})`);
  }
  return { openingHours, notes, dropped };
}
