/**
 * Nearest first: each listing once, at its nearest place that fits what the person chose (a
 * kind of help, open now). A listing with several places is one result, not one per place, so
 * ten results are ten different kinds of help nearby, not one library service's ten branches;
 * its page lists every place, and the result says how many others it has.
 */
import { openStateAt } from '../directory/open-state.ts';
import { milesBetween, type LatLng } from './distance.ts';
import type { NearListing, NearPlace } from './places-data.ts';

/** Results show 10 at a time; "Show more" adds 10. */
export const PAGE_SIZE = 10;

/** What the person chose. */
export interface NearFilters {
  /** A kind of help's id, or undefined for any kind. */
  readonly kind?: string | undefined;
  /** Only places open at this moment (places with no set hours are left out: nobody can say they are open). */
  readonly openAt?: Date | undefined;
}

export interface NearResult {
  readonly listing: NearListing;
  /** The listing's nearest place that fits the filters. */
  readonly place: NearPlace;
  readonly miles: number;
}

/** Whether a listing offers the kind of help chosen. */
export function offersKind(listing: Pick<NearListing, 'kinds'>, kind: string | undefined): boolean {
  return kind === undefined || listing.kinds.includes(kind);
}

/** Whether a place fits the "open now" choice. */
export function isOpenAt(place: Pick<NearPlace, 'hours'>, moment: Date | undefined): boolean {
  return moment === undefined || (place.hours.length > 0 && openStateAt(place.hours, moment).open);
}

/**
 * One result per listing (listings with the same page are one listing, whichever squares their
 * places came from), nearest first; at the same distance, by listing name and then place name.
 */
export function nearestFirst(listings: readonly NearListing[], from: LatLng, filters: NearFilters = {}): NearResult[] {
  const best = new Map<string, NearResult>();
  for (const listing of listings) {
    if (!offersKind(listing, filters.kind)) continue;
    for (const place of listing.places) {
      if (!isOpenAt(place, filters.openAt)) continue;
      const miles = milesBetween(from, place);
      const known = best.get(listing.path);
      if (!known || miles < known.miles || (miles === known.miles && place.name.localeCompare(known.place.name) < 0)) best.set(listing.path, { listing, place, miles });
    }
  }
  return [...best.values()].sort((a, b) => a.miles - b.miles || a.listing.name.localeCompare(b.listing.name) || a.place.name.localeCompare(b.place.name));
}
