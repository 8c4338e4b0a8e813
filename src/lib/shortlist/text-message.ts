/**
 * The shortlist as one text message of at most 3 segments (459 characters in plain letters, or
 * 201 when a name needs other letters). Each listing gives its name and phone number first
 * (or its other contact), and the link to the whole list comes last. Then, listing by listing in
 * the order of the list, each gets its places (every place it gives, never one picked), and then
 * their opening hours, as long as the message still fits. When even names and phone numbers do
 * not fit, the link goes first, then listings from the end of the list, with a line saying how
 * many did not fit. A listing that has closed is never sent. Segments are counted by
 * src/lib/sms.ts.
 */
import { countSmsSegments, toGsmText, type SmsCount } from '../sms.ts';
import type { ShortlistEntry } from './entry-shape.ts';

/** A text message of more segments than this costs more and may arrive in pieces. */
export const SMS_MAX_SEGMENTS = 3;

/** How much of a listing the message gives: the name and phone number; with its places; or with their hours too. */
export type MessageDetail = 'phone' | 'places' | 'full';

export interface ShortlistMessage extends SmsCount {
  readonly text: string;
  /** How many listings are in the message. */
  readonly sent: number;
  /** How many open listings did not fit. */
  readonly notSent: number;
  /** How many listings were left out because they have closed. */
  readonly closed: number;
  /** How much of each listing sent the message gives, in the order of the list. */
  readonly details: readonly MessageDetail[];
  /** Whether the link to the whole list is in the message. */
  readonly withLink: boolean;
}

const HEADER = 'Your shortlist of free help:';

/** The lines for one listing: "1. Name", "Phone 01632 960400", then each place and (in full) its hours. */
function entryLines(entry: ShortlistEntry, number: number, detail: MessageDetail): string[] {
  const lines = [`${number}. ${entry.name}`, ...(entry.phone ? [`Phone ${entry.phone}`] : entry.contact)];
  if (detail === 'phone') return lines;
  for (const place of entry.places) {
    lines.push(place.where);
    if (detail === 'full' && place.hours) lines.push(place.hours);
  }
  if (entry.places.length === 0 && entry.noPlace) lines.push(entry.noPlace);
  return lines;
}

function render(entries: readonly ShortlistEntry[], details: readonly MessageDetail[], link: string | undefined, notSent: number): string {
  const lines = [HEADER, ...entries.flatMap((entry, i) => entryLines(entry, i + 1, details[i]!))];
  if (notSent > 0) lines.push(`${notSent} more did not fit${link ? ': see them all at the link' : ''}.`);
  if (link) lines.push(`${notSent > 0 ? '' : 'On your phone: '}${link}`);
  return toGsmText(lines.join('\n'));
}

/**
 * The message for a shortlist, within `maxSegments`. `link` is the address that opens the whole
 * list (shortlistLink). Listings keep their order (the order they were added).
 */
export function shortlistMessage(entries: readonly ShortlistEntry[], link: string, maxSegments = SMS_MAX_SEGMENTS): ShortlistMessage {
  const open = entries.filter((entry) => entry.closed === undefined);
  const closed = entries.length - open.length;
  const build = (keep: number, withLink: boolean, details: readonly MessageDetail[]): ShortlistMessage => {
    const text = render(open.slice(0, keep), details, withLink ? link : undefined, open.length - keep);
    return { text, ...countSmsSegments(text), sent: keep, notSent: open.length - keep, closed, details, withLink };
  };
  // First the most listings that fit with their names and phone numbers: with the link if it fits.
  const shapes = Array.from({ length: open.length + 1 }, (_, i) => open.length - i).flatMap((keep) => [
    { keep, withLink: true },
    { keep, withLink: false },
  ]);
  let best: ShortlistMessage | undefined;
  for (const { keep, withLink } of shapes) {
    best = build(keep, withLink, new Array<MessageDetail>(keep).fill('phone'));
    if (best.segments <= maxSegments) break;
  }
  const message = best!;
  if (message.segments > maxSegments) return message; // Not even the heading fits (a very small limit): say so honestly.
  // Then, listing by listing in order, its places, and then their hours, while the message still fits.
  let details = [...message.details];
  let result = message;
  for (const level of ['places', 'full'] as const)
    for (let i = 0; i < details.length; i++) {
      const trial = build(
        result.sent,
        result.withLink,
        details.map((detail, j) => (j === i ? level : detail)),
      );
      if (trial.segments <= maxSegments) {
        result = trial;
        details = [...trial.details];
      }
    }
  return result;
}
