/**
 * The places data the near-me page fetches, and how it is written compactly. Two kinds of file:
 *
 * - the index (one file): the size of the squares, the kinds of help, and each square that has
 *   places with the kinds of help found in it (so a search for one kind skips squares without it);
 * - one file per square: the listings with a place in it, each with only those places.
 *
 * A listing with places in two squares is in both files, each time with its places there.
 * Everything is written as arrays, not objects with names, to keep the files small; the
 * functions here are the only ones that know the positions.
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

/** Which squares have places, and the kinds of help in each. */
export interface PlacesIndex {
  /** Every kind of help in the data; each square's kinds are indexes into this list. */
  readonly kinds: readonly string[];
  /** Each square that has places, with the kinds of help found there (indexes into `kinds`). */
  readonly cells: ReadonlyMap<string, readonly number[]>;
}

/** 5 decimal places of a degree is about a metre. */
const round = (degrees: number) => Math.round(degrees * 1e5) / 1e5;

type EncodedHours = [days: string, opens: string, closes: string];
type EncodedPlace = [name: string, latitude: number, longitude: number, area: string, hours?: EncodedHours[]];
type EncodedListing = [name: string, path: string, kinds: string[], placeCount: number, places: EncodedPlace[]];
interface EncodedIndex {
  kinds: string[];
  cells: Record<string, number[]>;
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

function fail(what: string): never {
  throw new Error(`The places file is not in the expected shape: ${what}.`);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A square's file, read back. Throws if it is not in the shape encodeCell writes. */
export function decodeCell(json: unknown): NearListing[] {
  if (!Array.isArray(json)) fail('not a list of listings');
  return json.map((entry: unknown): NearListing => {
    if (!Array.isArray(entry)) fail('a listing is not a list');
    const [name, path, kinds, placeCount, places] = entry as unknown[];
    if (!isString(name) || !isString(path) || !Array.isArray(kinds) || !kinds.every(isString) || !isNumber(placeCount) || !Array.isArray(places)) fail(`listing ${JSON.stringify(name)}`);
    return {
      name,
      path,
      kinds,
      placeCount,
      places: places.map((place: unknown): NearPlace => {
        const [placeName, latitude, longitude, area, hours = []] = (Array.isArray(place) ? place : fail(`a place of ${name}`)) as unknown[];
        if (!isString(placeName) || !isNumber(latitude) || !isNumber(longitude) || !isString(area) || !Array.isArray(hours)) fail(`a place of ${name}`);
        return {
          name: placeName,
          latitude,
          longitude,
          area,
          hours: hours.map((h: unknown): Hours => {
            const [days, opens, closes] = (Array.isArray(h) ? h : fail(`the hours of ${placeName}`)) as unknown[];
            if (!isString(days) || !isString(opens) || !isString(closes)) fail(`the hours of ${placeName}`);
            return { days: decodeDays(days), opens, closes };
          }),
        };
      }),
    };
  });
}

/** The index file. */
export function encodeIndex(index: PlacesIndex): EncodedIndex {
  return { kinds: [...index.kinds], cells: Object.fromEntries([...index.cells].map(([cell, kinds]) => [cell, [...kinds]])) };
}

/** The index file, read back. Throws if it is not in the shape encodeIndex writes. */
export function decodeIndex(json: unknown): PlacesIndex {
  const { kinds, cells } = (json ?? {}) as Partial<EncodedIndex>;
  if (!Array.isArray(kinds) || !kinds.every(isString) || typeof cells !== 'object' || cells === null) fail('no kinds or squares');
  const entries = Object.entries(cells).map(([cell, found]): [string, number[]] => {
    if (!Array.isArray(found) || !found.every((k) => isNumber(k) && kinds[k] !== undefined)) fail(`the kinds of square ${cell}`);
    return [cell, found];
  });
  return { kinds, cells: new Map(entries) };
}
