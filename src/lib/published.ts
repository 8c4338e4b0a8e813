/**
 * When a report or source was published, only as precisely as it is known: a day
 * ("31 August 2021"), a year ("2021"), "about 2013", or not known. Dates that were guessed are
 * never shown as exact.
 */
import { formatLongDate } from './dates.ts';

export interface Published {
  /** The exact day, YYYY-MM-DD, when it is known. */
  readonly date?: string;
  /** The year, when only the year is known. */
  readonly year?: number;
  /** The year is a best guess. */
  readonly approximate?: boolean;
}

/** The words for when it was published: "31 August 2021", "2021", "about 2013", or "date not known". */
export function publishedWords(published: Published): string {
  if (published.date) return formatLongDate(published.date);
  if (published.year) return published.approximate ? `about ${published.year}` : String(published.year);
  return 'date not known';
}

/** A key that sorts newest first when compared descending: a year counts as its last day; no date sorts last. */
export function publishedSortKey(published: Published): string {
  if (published.date) return published.date;
  if (published.year) return `${published.year}-12-31`;
  return '0000';
}
