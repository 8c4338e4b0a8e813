/**
 * Checking listing ids that come from outside this browser's own buttons: a link someone sent,
 * or a shortlist kept by an older version of the site.
 */
import { SHORTLIST_MAX } from './list.ts';

/**
 * Whether a text could be a listing id: 1 to 100 characters, with no slash, dot, percent sign,
 * comma, space or control character (so it can never point at another file, and always fits in
 * the link). Listing ids come from file names like "eastbrook-library-wifi".
 */
export function isListingId(text: unknown): text is string {
  return typeof text === 'string' && text.length > 0 && text.length <= 100 && !/[\s/\\.%,#?&=\u0000-\u001f\u007f]/.test(text);
}

/** Ids kept in order, each once, bad ones and any past the most a shortlist keeps left out. */
export function cleanShortlist(ids: readonly unknown[]): string[] {
  return [...new Set(ids.filter(isListingId))].slice(0, SHORTLIST_MAX);
}

/** The list with the ids of another (a list someone sent) added after its own, each once. */
export function mergeShortlists(mine: readonly string[], theirs: readonly string[]): string[] {
  return cleanShortlist([...mine, ...theirs]);
}
