/**
 * What the near-me page says about its results, in words a screen reader announces as they
 * change: how many it shows, near where, with which filters, and what to try when there are none.
 */
import { MAX_MILES } from './nearby-search.ts';

export interface ResultsSummary {
  /** How many results show. */
  readonly shown: number;
  /** Whether "Show more" can add more. */
  readonly more: boolean;
  /** The postcode searched from, or undefined for the person's own location. */
  readonly postcode: string | undefined;
  /** The label of the kind of help chosen, if one was. */
  readonly kindLabel?: string | undefined;
  readonly openNow?: boolean;
}

/** "Showing the 10 nearest places to NM3 4EF. Kind of help: Free Wi-Fi. Open now only." */
export function resultsStatus(summary: ResultsSummary): string {
  const to = summary.postcode ?? 'you';
  const filters = [summary.kindLabel ? `Kind of help: ${summary.kindLabel}.` : '', summary.openNow ? 'Open now only.' : ''].filter(Boolean);
  let found: string;
  if (summary.shown === 0) found = `No places found within ${MAX_MILES} miles of ${to}.`;
  else if (summary.more) found = `Showing the ${summary.shown} nearest places to ${to}.`;
  else if (summary.shown === 1) found = `Showing the only place within ${MAX_MILES} miles of ${to}.`;
  else found = `Showing all ${summary.shown} places within ${MAX_MILES} miles of ${to}, nearest first.`;
  const loosen = [summary.openNow ? 'without Open now' : '', summary.kindLabel ? 'with any kind of help' : ''].filter(Boolean);
  const tryThis = summary.shown === 0 && loosen.length > 0 ? [`Try again ${loosen.join(', or ')}.`] : [];
  return [found, ...filters, ...tryThis].join(' ');
}

/** "Also at 2 other places" under a result whose listing has more places than the one shown. */
export function otherPlacesWords(placeCount: number): string | undefined {
  const others = placeCount - 1;
  if (others <= 0) return undefined;
  return `Also at ${others} other ${others === 1 ? 'place' : 'places'}`;
}
