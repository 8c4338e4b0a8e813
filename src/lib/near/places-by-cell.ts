/**
 * Splits every listing's places into the squares of the map (see grid.ts), for the places files
 * the build writes, and makes the index of squares that have places.
 */
import { cellOf } from './grid.ts';
import type { NearListing, PlacesIndex } from './places-data.ts';

export interface PlacesByCell {
  readonly index: PlacesIndex;
  /** Each square's listings, each with only its places in that square. */
  readonly cells: ReadonlyMap<string, readonly NearListing[]>;
}

/** The listings' places by square, and the index (with the postcode districts the site has files for). */
export function placesByCell(listings: readonly NearListing[], districts: readonly string[] = []): PlacesByCell {
  const cells = new Map<string, NearListing[]>();
  for (const listing of listings) {
    const bySquare = Map.groupBy(listing.places, (place) => cellOf(place));
    for (const [cell, places] of bySquare) {
      const list = cells.get(cell) ?? [];
      list.push({ ...listing, places });
      cells.set(cell, list);
    }
  }
  const kinds = [...new Set(listings.flatMap((listing) => listing.kinds))].sort();
  const sorted = new Map([...cells].sort(([a], [b]) => a.localeCompare(b)));
  const index: PlacesIndex = {
    kinds,
    cells: new Map([...sorted].map(([cell, found]) => [cell, [...new Set(found.flatMap((listing) => listing.kinds))].map((kind) => kinds.indexOf(kind)).sort((a, b) => a - b)])),
    districts: [...districts],
  };
  return { index, cells: sorted };
}
