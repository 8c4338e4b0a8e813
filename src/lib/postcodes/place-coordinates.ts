/**
 * Where a place is: its own latitude and longitude if its listing gives them, otherwise its
 * postcode's from the postcode table. The build gives places their postcode's coordinates with
 * this (src/data/directory.ts and the open data), and the content check warns about a place that
 * has neither.
 */
import type { Coordinates } from './district-file.ts';
import { normalisePostcode } from './postcode.ts';
import type { PostcodeTable } from './table.ts';

/** A place as listings write it: a postcode, and perhaps a latitude and longitude. */
export interface PlaceWithPostcode {
  readonly postcode: string;
  readonly latitude?: number | undefined;
  readonly longitude?: number | undefined;
}

/** The place's own coordinates, or its postcode's from the table; undefined when there are neither. */
export function placeCoordinates(place: PlaceWithPostcode, table: PostcodeTable): Coordinates | undefined {
  if (place.latitude !== undefined && place.longitude !== undefined) return { latitude: place.latitude, longitude: place.longitude };
  const postcode = normalisePostcode(place.postcode);
  return postcode === undefined ? undefined : table.get(postcode);
}

/**
 * The listing with a latitude and longitude on every place that has none but whose postcode is in
 * the table. Places that have their own are left as they are; the listing itself is not changed.
 */
export function withPlaceCoordinates<T extends { readonly locations?: readonly PlaceWithPostcode[] | undefined }>(listing: T, table: PostcodeTable): T {
  if (!listing.locations?.length || table.size === 0) return listing;
  let changed = false;
  const locations = listing.locations.map((place) => {
    if (place.latitude !== undefined && place.longitude !== undefined) return place;
    const found = placeCoordinates(place, table);
    if (!found) return place;
    changed = true;
    return { ...place, ...found };
  });
  return changed ? { ...listing, locations } : listing;
}
