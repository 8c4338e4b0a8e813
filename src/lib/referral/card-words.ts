/**
 * The words of the referral card and its text message in the language the champion chose for
 * the person: plain data, written per language by the build (/champions/triage/card-words/<code>.json,
 * from the catalogue: src/lib/referral/card-words-of.ts) and fetched by the triage tool when it
 * makes a card. Nothing here imports a catalogue, so the tool's script carries no copy of one.
 */
import type { HoursWords } from '../directory/opening-hours.ts';

/** The catalogue keys (print.* in src/lib/i18n/catalogues/<code>.ts) the card and text message use, without "print.". */
export const CARD_TEXT_KEYS = [
  'card.heading',
  'card.finding',
  'card.area',
  'card.from',
  'card.none',
  'card.thisWeek',
  'card.more',
  'card.nothing',
  'card.also',
  'card.national',
  'card.check',
  'card.checkOwn',
  'card.agedBetween',
  'card.agedOver',
  'card.agedUnder',
  'card.rentsFrom',
  'card.or',
  'card.livesIn',
  'card.theArea',
  'card.benefits',
  'card.qrHeading',
  'card.qrText',
  'card.smsLink',
  'sms.header',
  'sms.none',
  'sms.group',
  'sms.groupThisWeek',
  'sms.national',
  'sms.footer',
  'list.separator',
  'list.stop',
] as const;
export type CardTextKey = (typeof CARD_TEXT_KEYS)[number];

export interface CardWords {
  /** The language's code ("ur"), for lang="". */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** For Intl (times): "ur-PK". */
  readonly locale: string;
  /** The referral summary page in this language (under the site's base), for the card's link and QR code. */
  readonly referralPage: string;
  readonly text: Readonly<Record<CardTextKey, string>>;
  /** Words for the controlled lists the card names, by id. */
  readonly needs: Readonly<Record<string, string>>;
  readonly urgencies: Readonly<Record<string, string>>;
  readonly kinds: Readonly<Record<string, string>>;
  /** Opening hours' words, without the clock (timeInLocale with the locale gives that). */
  readonly hours: Omit<HoursWords, 'time'>;
  /** When the phone line is open (site.yaml), in this language where the site gives it; otherwise in English, with lang "en". */
  readonly helplineHours: { readonly text: string; readonly lang: string };
  /** The site's name in this language where site.yaml gives one (translations.<code>.name), for "From …". */
  readonly siteName: string;
}

/** A card message with its {placeholders} filled in. */
export function cardText(words: CardWords, key: CardTextKey, values: Readonly<Record<string, string | number>> = {}): string {
  return words.text[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Where the build writes a language's card words (under the site's base). */
export function cardWordsPath(code: string): string {
  return `/champions/triage/card-words/${code}.json`;
}
