/**
 * Finds the nearest results while fetching as few squares of the map as it can. Squares are
 * fetched nearest first (those close together at once), skipping squares without the kind of help chosen,
 * until the results wanted are nearer than any square not yet fetched (so nothing unfetched
 * could come before them), or no square within reach is left. Squares once fetched are kept,
 * so "Show more" and a change of filters fetch only what is new.
 */
import type { LatLng } from './distance.ts';
import { cellsNearestFirst } from './grid.ts';
import { nearestFirst, type NearFilters, type NearResult } from './nearest.ts';
import type { NearListing, PlacesIndex } from './places-data.ts';

/** Places further than this are not looked for: help over 25 miles away is not "near you", and the squares it would take cost a phone's data. */
export const MAX_MILES = 25;

/**
 * Each round fetches the nearest square waiting and any others that start within this many miles
 * of it (up to AT_ONCE): the squares around a point usually all count, and fetching them together
 * saves round trips; squares further out wait until the results show they are needed.
 */
const BAND_MILES = 3;
const AT_ONCE = 4;

export interface NearbyResults {
  readonly results: readonly NearResult[];
  /** Whether there are more results within reach than those returned. */
  readonly more: boolean;
}

export class NearbySearch {
  private readonly from: LatLng;
  private readonly index: PlacesIndex;
  private readonly load: (cell: string) => Promise<readonly NearListing[]>;
  private readonly order: readonly { readonly cell: string; readonly miles: number }[];
  private readonly fetched = new Set<string>();
  private readonly listings: NearListing[] = [];

  constructor(from: LatLng, index: PlacesIndex, load: (cell: string) => Promise<readonly NearListing[]>) {
    this.from = from;
    this.index = index;
    this.load = load;
    this.order = cellsNearestFirst(from, index.cells.keys()).filter((square) => square.miles <= MAX_MILES);
  }

  /** Whether a square can hold the kind of help chosen. */
  private holds(cell: string, kind: string | undefined): boolean {
    if (kind === undefined) return true;
    const wanted = this.index.kinds.indexOf(kind);
    return wanted >= 0 && (this.index.cells.get(cell) ?? []).includes(wanted);
  }

  /** The `count` nearest results within reach that fit the filters, and whether there are more. */
  async find(count: number, filters: NearFilters = {}): Promise<NearbyResults> {
    for (;;) {
      const waiting = this.order.filter((square) => !this.fetched.has(square.cell) && this.holds(square.cell, filters.kind));
      const found = nearestFirst(this.listings, this.from, filters).filter((result) => result.miles <= MAX_MILES);
      // Results nearer than every square still waiting are final; one more than asked for says whether there are more.
      const certain = waiting.length === 0 ? found : found.filter((result) => result.miles <= waiting[0]!.miles);
      if (certain.length > count || waiting.length === 0) return { results: certain.slice(0, count), more: found.length > count };
      const next = waiting.filter((square) => square.miles <= waiting[0]!.miles + BAND_MILES).slice(0, AT_ONCE);
      const loaded = await Promise.all(next.map((square) => this.load(square.cell)));
      for (const [i, square] of next.entries()) {
        if (this.fetched.has(square.cell)) continue;
        this.fetched.add(square.cell);
        this.listings.push(...loaded[i]!);
      }
    }
  }
}
