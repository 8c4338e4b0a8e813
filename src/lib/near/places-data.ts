/**
 * The places data the near-me page fetches, and how it is written compactly. Two kinds of file:
 *
 * - the index (one file): the kinds of help, each square that has places with the kinds of help
 *   found in it (so a search for one kind skips squares without it), and the postcode districts
 *   the site has a file for (so a postcode from elsewhere is known to be unknown without asking
 *   for a file that is not there);
 * - one file per square: the listings with a place in it, each with only those places.
 *
 * A listing with places in two squares is in both files, each time with its places there.
 * Everything is written as arrays, not objects with names, to keep the files small; the
 * functions here are the only ones that know the positions. Reading them back checks only the
 * index's format, to keep the page's script small: the square files come from the same build as
 * their index.
 */
import type { Hours } from '../directory/opening-hours.ts';
import { weekdays, type WeekdayId } from '../vocabulary/weekdays.ts';
import type { LatLng } from './distance.ts';

/** One place where a listing gives help, with what the near-me page shows and filters on. */
export interface NearPlace extends LatLng {
  /** The place's name, like "Eastbrook Library". */
  readonly name: string;
  /** The id of the area it is in. */
  readonly area: string;
  /** Its set opening hours (none for "phone or book first"). */
  readonly hours: readonly Hours[];
}

/** A listing and its places (all of them, or those in one square). */
export interface NearListing {
  readonly name: string;
  /** The listing's page, from the site's root: "/services/eastbrook-library/". */
  readonly path: string;
  readonly kinds: readonly string[];
  /** How many places the listing has in all, in every square, with or without coordinates. */
  readonly placeCount: number;
  readonly places: readonly NearPlace[];
}

/** Which squares have places, the kinds of help in each, and the postcode districts the site knows. */
export interface PlacesIndex {
  /** Every kind of help in the data; each square's kinds are indexes into this list. */
  readonly kinds: readonly string[];
  /** Each square that has places, with the kinds of help found there (indexes into `kinds`). */
  readonly cells: ReadonlyMap<string, readonly number[]>;
  /** The postcode districts with a file on the site, like "NM1". */
  readonly districts: readonly string[];
}

/**
 * Which version of the files this code writes and reads. The index says it; an index of another
 * version is refused, and the square files come from the same build as their index.
 */
export const PLACES_FORMAT = 1;

/** 5 decimal places of a degree is about a metre. */
const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;

type EncodedHours = [days: string, opens: string, closes: string];
type EncodedPlace = [name: string, latitude: number, longitude: number, area: string, hours?: EncodedHours[]];
type EncodedListing = [name: string, path: string, kinds: string[], placeCount: number, places: EncodedPlace[]];
interface EncodedIndex {
  format: typeof PLACES_FORMAT;
  kinds: string[];
  cells: Record<string, number>;
  districts: string[];
}

/** Days as the digits of their place in the week: Monday is 0, so Mondays to Fridays is "01234". */
const encodeDays = (days: readonly WeekdayId[]) => days.map((day) => weekdays.ids.indexOf(day)).join('');
const decodeDays = (digits: string): WeekdayId[] =>
  [...digits].map((digit) => {
    const day = weekdays.ids[Number(digit)];
    if (day === undefined) throw new Error(`"${digits}" is not a set of days.`);
    return day;
  });

/** The listings of one square, as its file holds them. */
export function encodeCell(listings: readonly NearListing[]): EncodedListing[] {
  return listings.map((listing) => [
    listing.name,
    listing.path,
    [...listing.kinds],
    listing.placeCount,
    listing.places.map((place): EncodedPlace => {
      const encoded: EncodedPlace = [place.name, round(place.latitude), round(place.longitude), place.area];
      if (place.hours.length > 0) encoded.push(place.hours.map((h): EncodedHours => [encodeDays(h.days), h.opens, h.closes]));
      return encoded;
    }),
  ]);
}

/** A square's file, read back (it comes from the same build as the index, whose format decodeIndex checks). */
export function decodeCell(json: unknown): NearListing[] {
  if (!Array.isArray(json)) throw new Error('The places file is not a list of listings.');
  return (json as EncodedListing[]).map(([name, path, kinds, placeCount, places]) => ({
    name,
    path,
    kinds,
    placeCount,
    places: places.map(([placeName, latitude, longitude, area, hours = []]) => ({
      name: placeName,
      latitude,
      longitude,
      area,
      hours: hours.map(([days, opens, closes]) => ({ days: decodeDays(days), opens, closes })),
    })),
  }));
}

/** The index file. */
export function encodeIndex(index: PlacesIndex): EncodedIndex {
  // Each square's kinds as one number: bit i is set when kinds[i] is there.
  const mask = (kinds: readonly number[]) => kinds.reduce((sum, kind) => sum + 2 ** kind, 0);
  return { format: PLACES_FORMAT, kinds: [...index.kinds], cells: Object.fromEntries([...index.cells].map(([cell, kinds]) => [cell, mask(kinds)])), districts: [...index.districts] };
}

/** The index file, read back. Throws if it is not an index of this format (an old copy, say). */
export function decodeIndex(json: unknown): PlacesIndex {
  const file = (json ?? {}) as Partial<EncodedIndex>;
  if (file.format !== PLACES_FORMAT || !Array.isArray(file.kinds) || typeof file.cells !== 'object' || !Array.isArray(file.districts))
    throw new Error(`This is not a places index in format ${PLACES_FORMAT}.`);
  const kinds = file.kinds;
  const unmask = (mask: number) => kinds.flatMap((_, kind) => (Math.floor(mask / 2 ** kind) % 2 === 1 ? [kind] : []));
  return { kinds, cells: new Map(Object.entries(file.cells).map(([cell, mask]) => [cell, unmask(mask)])), districts: file.districts };
}
