/**
 * How fresh a listing is. Listings not checked for 9 months get a warning in the content check;
 * listings not checked for 12 months carry a clear warning on their page.
 */
import { isIsoDate } from './formats.ts';

export const REVIEW_AFTER_MONTHS = 9;
export const STALE_AFTER_MONTHS = 12;

export type Freshness = 'fresh' | 'due-for-review' | 'out-of-date';

/** The YYYY-MM-DD date a number of whole months after another (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export function freshness(lastChecked: string, today: string): Freshness {
  if (!isIsoDate(lastChecked) || !isIsoDate(today)) throw new Error('freshness() needs two YYYY-MM-DD dates.');
  if (today >= addMonths(lastChecked, STALE_AFTER_MONTHS)) return 'out-of-date';
  if (today >= addMonths(lastChecked, REVIEW_AFTER_MONTHS)) return 'due-for-review';
  return 'fresh';
}

/** What freshness needs to know about a listing: when it was last checked, and whether anyone here has checked it at all. */
export interface Checkable {
  readonly lastChecked: string;
  readonly imported?: { readonly notYetChecked?: true | undefined } | undefined;
}

/** True for an imported listing that nobody here has checked yet (its feed gave no date). */
export function notYetChecked(listing: Checkable): boolean {
  return listing.imported?.notYetChecked === true;
}

/**
 * How fresh a listing is. A listing nobody here has checked yet counts as out of date, whatever
 * its date (the date is only the day it was imported).
 */
export function listingFreshness(listing: Checkable, today: string): Freshness {
  const state = freshness(listing.lastChecked, today);
  return notYetChecked(listing) ? 'out-of-date' : state;
}

/** Today as YYYY-MM-DD in the UK. `SITE_TODAY=YYYY-MM-DD` fixes it, for tests and reproducible builds. */
export function today(env: Record<string, string | undefined> = process.env): string {
  const fixed = env.SITE_TODAY;
  if (fixed) {
    if (!isIsoDate(fixed)) throw new Error(`SITE_TODAY must be a date written YYYY-MM-DD, not "${fixed}".`);
    return fixed;
  }
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
