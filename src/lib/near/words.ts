/**
 * What the near-me page says about its results, in words a screen reader announces as they
 * change: how many it shows, near where, with which filters, and what to try when there are none.
 * The words come from the page, in its language (src/lib/near/near-words.ts writes them): no
 * catalogue is imported here, so the page's script stays small.
 */
import type { PluralMessage } from '../i18n/catalogue.ts';
import type { OpenNowWords } from '../directory/opening-hours.ts';
import type { ShortlistWords } from '../i18n/shortlist-words.ts';
import { MAX_MILES } from './nearby-search.ts';

/** Everything the near-me script says, in the page's language; {placeholders} are filled in here. */
export interface NearWords {
  /** The language's locale, for plural forms and numbers ("cy-GB"). */
  readonly locale: string;
  /** The start of a listing's address in the page's language: "" for English, "cy/" for Welsh. */
  readonly prefix: string;
  readonly noTimes: string;
  readonly noPlaceKind: string;
  readonly noPlaceKindLink: string;
  readonly noPlaceArea: string;
  readonly noPlaceAreaLink: string;
  readonly noPlaceNone: string;
  readonly chooseArea: string;
  readonly empty: string;
  readonly emptyLike: string;
  readonly partial: string;
  readonly partialLike: string;
  readonly finding: string;
  readonly notFound: string;
  readonly locating: string;
  readonly denied: string;
  readonly noLocation: string;
  readonly you: string;
  readonly foundNone: string;
  readonly foundMore: string;
  readonly foundOne: string;
  readonly foundAll: string;
  readonly kindChosen: string;
  readonly openOnly: string;
  readonly tryBoth: string;
  readonly tryOpen: string;
  readonly tryKind: string;
  readonly milesAway: string;
  readonly veryClose: string;
  readonly otherPlaces: PluralMessage;
  readonly openNow: OpenNowWords;
  /** The "Add to your shortlist" button's words, handed on to its script with the first result. */
  readonly shortlist: ShortlistWords;
}

/** Fills in {name} placeholders. */
export const fill = (text: string, values: Record<string, string | number>): string => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

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
export function resultsStatus(summary: ResultsSummary, words: NearWords): string {
  const values = { to: summary.postcode ?? words.you, miles: MAX_MILES, count: summary.shown };
  const found = fill(summary.shown === 0 ? words.foundNone : summary.more ? words.foundMore : summary.shown === 1 ? words.foundOne : words.foundAll, values);
  const filters = [summary.kindLabel ? fill(words.kindChosen, { kind: summary.kindLabel }) : '', summary.openNow ? words.openOnly : ''].filter(Boolean);
  const tryThis = summary.shown > 0 ? '' : summary.openNow && summary.kindLabel ? words.tryBoth : summary.openNow ? words.tryOpen : summary.kindLabel ? words.tryKind : '';
  return [found, ...filters, tryThis].filter(Boolean).join(' ');
}

/** "Also at 2 other places" under a result whose listing has more places than the one shown. */
export function otherPlacesWords(placeCount: number, words: NearWords): string | undefined {
  const others = placeCount - 1;
  if (others <= 0) return undefined;
  const forms = words.otherPlaces as Record<string, string | undefined>;
  return fill(forms[new Intl.PluralRules(words.locale).select(others)] ?? words.otherPlaces.other, { count: others });
}

/** A distance as people read it, to one decimal place: "1.2 miles away", "Less than 0.1 miles away". */
export function milesAway(miles: number, words: NearWords): string {
  const rounded = Math.round(miles * 10) / 10;
  if (rounded < 0.1) return words.veryClose;
  return fill(words.milesAway, { miles: new Intl.NumberFormat(words.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rounded) });
}
