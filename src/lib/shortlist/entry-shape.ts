/**
 * What one listing's shortlist file holds (written by entry.ts at build time, read back in the
 * browser by read-entry.ts).
 */
import type { PackedQr } from './qr-modules.ts';

/** Which version of the files this code writes and reads: a file of another version is not read. */
export const SHORTLIST_ENTRY_FORMAT = 1;

export interface ShortlistPlace {
  /** "Eastbrook Library, 1 Market Square, Northmere NM1 1AA". */
  readonly where: string;
  /** "Open: Mondays to Fridays, 9am to 5pm.", with the note about the hours; or just the note. */
  readonly hours: string;
}

export interface ShortlistEntry {
  readonly format: typeof SHORTLIST_ENTRY_FORMAT;
  readonly id: string;
  readonly name: string;
  /** The listing's page from the site's root: "/services/eastbrook-library/". */
  readonly path: string;
  /** The phone number as written in the listing ("01632 960400"), when it has one. */
  readonly phone?: string;
  /** With no phone number, the other ways to get in touch: ["Email help@example.org", "Website example.org/help"]. */
  readonly contact: readonly string[];
  /** Every place the listing gives, in its order; none for help with no place to visit. */
  readonly places: readonly ShortlistPlace[];
  /** For help with no place: "By phone or online", "Help comes to you". */
  readonly noPlace?: string;
  /** For a listing that is not available: "This service has closed." or "This service is closed for now." */
  readonly closed?: string;
  /** The QR code of the listing's page (its full web address). */
  readonly qr: PackedQr;
}
