/**
 * Which of a service's places a list or a printed sheet shows, and the words for them. A list or
 * sheet for an area shows the service's places in that area only (the Eastbrook list sends people
 * to Eastbrook, on Eastbrook's day); any other list or sheet shows every place. Also the words
 * for the areas a service covers ("Eastbrook and Oakley Green", "Across Northmere"), and for help
 * with no place to visit.
 */
import { AREA_NOT_KNOWN, AREA_NOT_KNOWN_LABEL } from './area-not-known.ts';
import type { Service, ServiceLocation } from '../../schemas/service.ts';
import { addressLine } from './listing.ts';
import { describeOpeningHours } from './opening-hours.ts';

/** One place in words, as a list or sheet shows it. */
export interface PlaceWords {
  readonly name: string;
  /** "Hawthorn Road, Northmere NM3 5HH". */
  readonly address: string;
  /** One line per set of times, like "Tuesdays, 10am to 12pm"; empty when there are no set times. */
  readonly hours: readonly string[];
  /** The note about the hours, or "Phone or book before you go." for a place with no set times and no note. */
  readonly note: string | undefined;
}

/** The places to show for a service: those in the area, for a list or sheet of one area; otherwise every place. */
export function placesToShow(service: Pick<Service, 'locations'>, area: string | undefined): ServiceLocation[] {
  const places = service.locations ?? [];
  return area === undefined ? [...places] : places.filter((place) => place.area === area);
}

/** A place in words: its name, one line of address, its hours and the note about them. */
export function placeWords(place: ServiceLocation): PlaceWords {
  const hours = describeOpeningHours(place.openingHours ?? []);
  return {
    name: place.name,
    address: addressLine(place),
    hours,
    note: place.hoursNote ?? (hours.length === 0 ? 'Phone or book before you go.' : undefined),
  };
}

/**
 * How people get help that has no place to visit (or none in the area of the list). An imported
 * listing whose feed gave no place and no area may well have a place: nobody here knows, so it
 * says so rather than "help comes to you".
 */
export function noPlaceWords(service: Pick<Service, 'supportModes' | 'areaNotKnown' | 'imported'>): string {
  if (service.areaNotKnown) return 'Where: not known, ask them';
  if (service.supportModes.includes('remote')) return 'By phone or online';
  // A feed that gave no address has not said there is no place to go.
  return service.imported ? 'Address not given, ask them' : 'Help comes to you';
}

/** Names in a sentence: "Eastbrook", "Eastbrook and Oakley Green", "Eastbrook, Hillside and Oakley Green". */
export function namesInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Whether a service covers every area the site has (a phone line for the whole borough, say). */
export function coversEveryArea(covered: readonly string[] | ReadonlySet<string>, every: readonly string[]): boolean {
  const set = covered instanceof Set ? covered : new Set(covered as readonly string[]);
  return every.length > 0 && every.every((area) => set.has(area));
}

/**
 * The areas a service covers, in words: "Across Northmere" only when it covers every area,
 * "Area not known" when nobody knows, otherwise each area by name, in the order the site lists areas.
 */
export function areasCoveredInWords(covered: readonly string[], every: readonly string[], areaName: (id: string) => string, borough: string): string {
  const set = new Set(covered);
  if (set.has(AREA_NOT_KNOWN)) return AREA_NOT_KNOWN_LABEL;
  if (coversEveryArea(set, every)) return `Across ${borough}`;
  return namesInWords(every.filter((area) => set.has(area)).map(areaName));
}
