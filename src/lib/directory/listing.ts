/**
 * Rules about one listing in the directory: whether it is available, which areas it serves,
 * and the short text a champion sends by text message.
 */
import type { Service, ServiceLocation } from '../../schemas/service.ts';
import { phoneDialString } from '../formats.ts';
import { AREA_NOT_KNOWN } from './area-not-known.ts';
import { toGsmText } from '../sms.ts';
import { describeOpeningHours, type HoursWords } from './opening-hours.ts';

export { AREA_NOT_KNOWN, AREA_NOT_KNOWN_LABEL } from './area-not-known.ts';

/** Only active services are listed as available. */
export function isAvailable(service: Pick<Service, 'status'>): boolean {
  return service.status === 'active';
}

/**
 * The areas a service serves: where its places are, plus any areas it serves from a distance.
 * A service with neither serves every area (like a phone line for the whole borough), unless it
 * says the area is not known: then it serves no area we know, and is listed under
 * {@link AREA_NOT_KNOWN} alone.
 */
export function areasServed(service: Pick<Service, 'locations' | 'areasServed' | 'areaNotKnown'>, allAreas: readonly string[]): string[] {
  const fromPlaces = (service.locations ?? []).map((location) => location.area);
  const named = new Set([...fromPlaces, ...(service.areasServed ?? [])]);
  if (named.size === 0) return service.areaNotKnown ? [AREA_NOT_KNOWN] : [...allAreas];
  return allAreas.filter((area) => named.has(area));
}

/** One line of address: "1 Market Square, Northmere NM1 1AA". */
export function addressLine(location: Pick<ServiceLocation, 'address' | 'town' | 'postcode'>): string {
  return [...location.address, `${location.town} ${location.postcode}`].join(', ');
}

/** The text a champion sends someone: name, phone, address and hours, kept short. */
/** The words of a listing's text message, in the reader's language (English as written here by default). */
export interface TextMessageWords {
  /** "Phone: {phone}" */
  readonly phone: string;
  /** "Address: {address}" */
  readonly address: string;
  /** "Open: {hours}" */
  readonly open: string;
  /** "{count} places:" for a number of places. */
  places(count: number): string;
  /** "More: {url}" */
  readonly more: string;
  /** The words of opening hours ("Mondays 10am to 1pm"). */
  readonly hours?: HoursWords;
}

export const ENGLISH_TEXT_MESSAGE_WORDS: TextMessageWords = {
  phone: 'Phone: {phone}',
  address: 'Address: {address}',
  open: 'Open: {hours}',
  places: (count) => `${count} places:`,
  more: 'More: {url}',
};

const put = (words: string, name: string, value: string) => words.replace(`{${name}}`, value);

export function textMessageBody(service: Pick<Service, 'name' | 'phone' | 'locations' | 'website'>, pageUrl: string, words: TextMessageWords = ENGLISH_TEXT_MESSAGE_WORDS): string {
  const lines = [service.name];
  if (service.phone) lines.push(put(words.phone, 'phone', service.phone));
  const locations = service.locations ?? [];
  const [only] = locations;
  if (only && locations.length === 1) {
    lines.push(put(words.address, 'address', addressLine(only)));
    const hours = describeOpeningHours(only.openingHours ?? [], words.hours);
    if (hours.length) lines.push(put(words.open, 'hours', hours.join('; ')));
    else if (only.hoursNote) lines.push(only.hoursNote);
  } else if (locations.length > 1) {
    // Every place, each with its own days, so nobody goes to the wrong place on the wrong day.
    lines.push(words.places(locations.length));
    for (const location of locations) {
      const hours = describeOpeningHours(location.openingHours ?? [], words.hours);
      lines.push(`${location.name}, ${addressLine(location)}${hours.length ? `. ${hours.join('; ')}` : ''}`);
    }
  }
  lines.push(put(words.more, 'url', pageUrl));
  return toGsmText(lines.join('\n'));
}

/** An sms: link that opens the phone's messages app with the text filled in (no number, so the champion chooses). */
export function smsLink(body: string, to?: string): string {
  return `sms:${to ? phoneDialString(to) : ''}?body=${encodeURIComponent(body)}`;
}
