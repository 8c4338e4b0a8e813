/**
 * What one service shows in a list of help: a link to its page, the places to go with their
 * addresses and hours (on a list for an area, only its places in that area), and a short line
 * that says how to get the help if there is no place, which areas it covers, what it costs, and
 * whether it is a made-up sample. In the reader's language: the site's own words translated,
 * the listing's words (summary, hours notes) in the language where the listing has them, and
 * otherwise in English, marked with lang="en".
 */
import { AREA_NOT_KNOWN } from '../directory/area-not-known.ts';
import { describeOpeningHours } from '../directory/opening-hours.ts';
import { addressLine } from '../directory/listing.ts';
import { areasCoveredInWords, coversEveryArea, noPlaceWords, placesToShow } from '../directory/places.ts';
import { formatList } from '../i18n/formats.ts';
import { hoursWords } from '../i18n/hours-words.ts';
import { termLabel } from '../i18n/terms.ts';
import { translatedField, translatedHoursNote, type FieldText } from '../i18n/translated-fields.ts';
import { translator, type Translator } from '../i18n/translate.ts';
import { routes } from '../routes.ts';
import type { ViewService } from './shared.ts';

/** One place in words, as a list shows it. */
export interface ItemPlace {
  readonly name: string;
  /** "Hawthorn Road, Northmere NM3 5HH". */
  readonly address: string;
  /** One line per set of times, like "Tuesdays, 10am to 12pm"; empty when there are no set times. */
  readonly hours: readonly string[];
  /** The note about the hours (the listing's words), or "Phone or book before you go." (the site's) for a place with no set times and no note. */
  readonly note: FieldText | undefined;
}

export interface ServiceItemView {
  readonly path: string;
  /** The listing's summary, in the reader's language where the listing has it. */
  readonly summary: FieldText | undefined;
  /** The places to go, in the order the listing gives them: the first PLACES_IN_A_LIST_ENTRY of them. */
  readonly places: readonly ItemPlace[];
  /** How many more places the listing has (in the list's area, on an area's list), shown on its own page. */
  readonly otherPlaces: number;
  /** "Eastbrook, Oakley Green and Westfield · Free", "By phone or online · Across Northmere · Free · Sample listing". */
  readonly meta: string;
}

export interface ServiceItemContext {
  readonly areaName: (id: string) => string;
  /** Every area's id, in the order the site lists areas. */
  readonly areaIds: readonly string[];
  /** The name of the whole place the site covers, like "Northmere". */
  readonly borough: string;
  /** The area of the list, for a list of one area (or of a kind of help in one area). */
  readonly area: string | undefined;
}

/**
 * A list entry shows at most this many places; the rest are on the listing's page ("Also at 4
 * other places"). A library service with twenty branches would otherwise fill a list page (and,
 * on a large directory, take a list page over the 14 KiB budget).
 */
export const PLACES_IN_A_LIST_ENTRY = 3;

const NO_PLACE_KEYS = {
  'Where: not known, ask them': 'browse.item.whereNotKnown',
  'By phone or online': 'browse.item.remote',
  'Address not given, ask them': 'browse.item.noAddress',
  'Help comes to you': 'browse.item.comesToYou',
} as const;

export function serviceItemView(service: Pick<ViewService, 'id' | 'data' | 'areas'>, { areaName, areaIds, borough, area }: ServiceItemContext, t: Translator = translator('en')): ServiceItemView {
  const s = service.data;
  const code = t.language.code;
  const words = hoursWords(t);
  const ownWords = (text: string): FieldText => ({ text, lang: code, translated: code !== 'en', status: undefined });
  const all = s.locations ?? [];
  const toShow = placesToShow(s, area);
  const places = toShow.slice(0, PLACES_IN_A_LIST_ENTRY).map((place): ItemPlace => {
    const hours = describeOpeningHours(place.openingHours ?? [], words);
    const note = translatedHoursNote(s.translations, code, all.indexOf(place), place.hoursNote);
    return { name: place.name, address: addressLine(place), hours, note: note ?? (hours.length === 0 ? ownWords(t('service.place.noHours')) : undefined) };
  });
  const parts = [
    ...(toShow.length === 0 ? [t(NO_PLACE_KEYS[noPlaceWords(s) as keyof typeof NO_PLACE_KEYS])] : []),
    areasCovered(service.areas, areaIds, areaName, borough, t),
    termLabel(t, 'costTypes', s.cost.type),
    ...(s.sample ? [t('browse.item.sample')] : []),
  ];
  return { path: routes.service(service.id), summary: translatedField(s.translations, code, 'summary', s.summary), places, otherPlaces: toShow.length - places.length, meta: parts.join(' · ') };
}

/** The areas a service covers, in words: English as src/lib/directory/places.ts says it; other languages with their own "Across" and "and". */
function areasCovered(covered: readonly string[], every: readonly string[], areaName: (id: string) => string, borough: string, t: Translator): string {
  if (t.language.code === 'en') return areasCoveredInWords(covered, every, areaName, borough);
  const set = new Set(covered);
  if (set.has(AREA_NOT_KNOWN)) return areaName(AREA_NOT_KNOWN);
  if (coversEveryArea(set, every)) return t('browse.item.across', { area: borough });
  return formatList(t.language.code, every.filter((id) => set.has(id)).map(areaName));
}
