/**
 * The link that carries a shortlist to a phone: the ids go in the address's #fragment
 * ("/shortlist/#ids=eastbrook-library,riverside-tech-cafe"), which a browser never sends to a
 * server. Reading one back is forgiving: ids that cannot be listing ids are counted and left out.
 */
import { cleanShortlist, isListingId } from './clean.ts';
import { SHORTLIST_MAX } from './list.ts';

const PREFIX = 'ids=';

/** The fragment for a list, without the "#": "ids=a,b,c". */
export function encodeShortlistFragment(ids: readonly string[]): string {
  return `${PREFIX}${cleanShortlist(ids).map(encodeURIComponent).join(',')}`;
}

export interface DecodedFragment {
  /** The ids, in the order of the link, each once. */
  readonly ids: string[];
  /** How many parts of the link could not be read as listing ids (or were past the most a list keeps). */
  readonly unreadable: number;
}

/**
 * The list in an address's fragment ("#ids=a,b,c", with or without the "#"), or undefined when
 * the fragment does not hold a list (it is empty, or is for something else).
 */
export function decodeShortlistFragment(hash: string): DecodedFragment | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(PREFIX)) return undefined;
  const parts = fragment.slice(PREFIX.length).split(',');
  const read = parts.map((part) => {
    try {
      return decodeURIComponent(part.trim());
    } catch {
      return undefined;
    }
  });
  const good = read.filter(isListingId);
  const ids = cleanShortlist(good);
  const empty = parts.length === 1 && parts[0] === '' ? 1 : 0;
  return { ids, unreadable: read.length - good.length - empty + Math.max(0, new Set(good).size - SHORTLIST_MAX) };
}

/** The full link that opens a list on another phone: the shortlist page's address with the list in its fragment. */
export function shortlistLink(pageUrl: string, ids: readonly string[]): string {
  const url = new URL(pageUrl);
  url.hash = encodeShortlistFragment(ids);
  return url.href;
}
