/**
 * A listing's shortlist file read back in the browser (what it holds: entry-shape.ts). Kept apart from
 * entry.ts so the shortlist page's script carries none of the build's code.
 */
import { SHORTLIST_ENTRY_FORMAT, type ShortlistEntry, type ShortlistPlace } from './entry-shape.ts';

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);

/**
 * A shortlist file read back in the browser, checked enough to show it safely; undefined when it
 * is not a shortlist file of this format for that id (an old copy, or a file for another listing).
 */
export function readShortlistEntry(json: unknown, id: string): ShortlistEntry | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const e = json as Record<string, unknown>;
  const places = e.places;
  const qr = e.qr as Record<string, unknown> | undefined;
  const ok =
    e.format === SHORTLIST_ENTRY_FORMAT &&
    e.id === id &&
    isText(e.name) &&
    isText(e.path) &&
    e.path.startsWith('/') &&
    (e.phone === undefined || isText(e.phone)) &&
    isTextList(e.contact) &&
    Array.isArray(places) &&
    places.every((p: unknown) => typeof p === 'object' && p !== null && isText((p as ShortlistPlace).where) && isText((p as ShortlistPlace).hours)) &&
    (e.noPlace === undefined || isText(e.noPlace)) &&
    (e.closed === undefined || isText(e.closed)) &&
    typeof qr === 'object' &&
    qr !== null &&
    typeof qr.size === 'number' &&
    isText(qr.bits);
  return ok ? (json as ShortlistEntry) : undefined;
}
