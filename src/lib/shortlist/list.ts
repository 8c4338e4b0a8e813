/**
 * The shortlist kept in this browser: listing ids, oldest first (newest last), each once. It lives
 * in localStorage under one key, as a JSON array of ids, and never leaves the browser. Every list
 * of help carries this file (for its "Add to your shortlist" buttons), so it holds only what the
 * buttons need; checking ids from elsewhere (a link someone sent) is in clean.ts.
 */

import { storage } from '../browser-storage.ts';

/** The localStorage key that holds the shortlist (a JSON array of listing ids, newest last); named with everything else the site keeps. */
export const SHORTLIST_KEY = storage.shortlist.key;

/** The most listings a shortlist keeps: one printed page, one text message and one link stay usable. */
export const SHORTLIST_MAX = 20;

/** The shortlist as stored: an empty list when there is none, or when what is stored is not a list of ids. */
export function readShortlist(storage: Pick<Storage, 'getItem'>): string[] {
  try {
    const stored: unknown = JSON.parse(storage.getItem(SHORTLIST_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id == 'string') : [];
  } catch {
    return [];
  }
}

/** Keeps the shortlist (an empty list removes the key, so nothing is left behind). */
export function writeShortlist(storage: Pick<Storage, 'setItem' | 'removeItem'>, ids: readonly string[]): void {
  if (ids.length > 0) storage.setItem(SHORTLIST_KEY, JSON.stringify(ids));
  else storage.removeItem(SHORTLIST_KEY);
}

/** The list with the id added at the end (newest last), or taken out if it was there. */
export function toggleListing(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id];
}
