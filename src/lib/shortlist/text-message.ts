/**
 * The shortlist as one text message of at most 3 segments (459 characters in plain letters, or
 * 201 when a name needs other letters). Each listing gives its name and phone number first, then
 * its places with their opening hours. When that is too long, the hours go; then the places;
 * then the link to the list; and last, listings from the end of the list, with a line saying how
 * many did not fit. A listing that has closed is never sent. Segments are counted by src/lib/sms.ts.
 */
import { countSmsSegments, toGsmText, type SmsCount } from '../sms.ts';
import type { ShortlistEntry } from './entry-shape.ts';

/** A text message of more segments than this costs more and may arrive in pieces. */
export const SMS_MAX_SEGMENTS = 3;

/** How much of each listing the message gives: everything, the places without hours, or the name and phone number. */
export type MessageDetail = 'full' | 'places' | 'phone';

export interface ShortlistMessage extends SmsCount {
  readonly text: string;
  /** How many listings are in the message. */
  readonly sent: number;
  /** How many open listings did not fit. */
  readonly notSent: number;
  /** How many listings were left out because they have closed. */
  readonly closed: number;
  readonly detail: MessageDetail;
  /** Whether the link to the whole list is in the message. */
  readonly withLink: boolean;
}

const HEADER = 'Your shortlist of free help:';

/** The lines for one listing: "1. Name", "Phone 01632 960400", each place and (in full) its hours. */
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

function render(entries: readonly ShortlistEntry[], detail: MessageDetail, link: string | undefined, notSent: number): string {
  const lines = [HEADER, ...entries.flatMap((entry, i) => entryLines(entry, i + 1, detail))];
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
  const tries: { keep: number; detail: MessageDetail; withLink: boolean }[] = [
    ...(['full', 'places', 'phone'] as const).map((detail) => ({ keep: open.length, detail, withLink: true })),
    { keep: open.length, detail: 'phone', withLink: false },
    ...Array.from({ length: open.length }, (_, i) => open.length - 1 - i).flatMap((keep) => [
      { keep, detail: 'phone' as const, withLink: true },
      { keep, detail: 'phone' as const, withLink: false },
    ]),
  ];
  let last: ShortlistMessage | undefined;
  for (const { keep, detail, withLink } of tries) {
    const text = render(open.slice(0, keep), detail, withLink ? link : undefined, open.length - keep);
    last = { text, ...countSmsSegments(text), sent: keep, notSent: open.length - keep, closed, detail, withLink };
    if (last.segments <= maxSegments) return last;
  }
  // Not even the heading and a count fit (a very small limit): send that anyway, honestly counted.
  return last ?? { text: HEADER, ...countSmsSegments(HEADER), sent: 0, notSent: 0, closed, detail: 'phone', withLink: false };
}
