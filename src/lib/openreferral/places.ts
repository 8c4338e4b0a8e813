/**
 * The places of a service from another directory, as our locations. A place is kept only if it
 * has a valid UK postcode, a street address (or at least a name) and a town; a map position
 * outside the UK is left out but the place is kept. Each change is explained in a note.
 */
import { normalisePostcode } from '../formats.ts';
import type { ServiceLocation } from '../../schemas/service.ts';
import type { AreaFinder } from './areas.ts';
import type { FeedPlace } from './feed-service.ts';
import { num } from './read-fields.ts';
import { readOpeningHours, type FeedSchedule } from './schedules.ts';
import { fitText } from './text.ts';
import { isInUk } from '../uk-bounds.ts';

export interface PlacesReading {
  readonly locations: ServiceLocation[];
  readonly notes: string[];
}

/**
 * Reads the places. `serviceSchedules` are the schedules on the service itself: those that name
 * a place go to that place, and those that name none (or a place the feed does not have) go to
 * every place, because they are the service's own hours.
 */
export function readPlaces(places: readonly FeedPlace[], serviceSchedules: readonly FeedSchedule[], areas: AreaFinder): PlacesReading {
  const notes: string[] = [];
  const locations: ServiceLocation[] = [];
  const allKeys = new Set(places.flatMap((place) => place.keys));
  const everywhere = serviceSchedules.filter((schedule) => !schedule.placeKey || !allKeys.has(schedule.placeKey));

  places.forEach((place, index) => {
    const label = place.name || place.addressLines[0] || `place ${index + 1}`;
    const postcode = normalisePostcode(place.postcode);
    if (!postcode) {
      notes.push(`Left out the place "${label}": ${place.postcode ? `"${place.postcode}" is not a UK postcode` : 'it has no postcode'}.`);
      return;
    }
    const lines = (place.addressLines.length ? place.addressLines : place.name ? [place.name] : []).map((item) => fitText(item, 120).text);
    if (lines.length === 0) {
      notes.push(`Left out the place at ${postcode}: it has no name or street address.`);
      return;
    }
    const town = place.town || place.region;
    if (!town) {
      notes.push(`Left out the place "${label}": it has no town or city.`);
      return;
    }
    const location: ServiceLocation = {
      name: fitText(place.name || lines[0]!, 120).text,
      address: lines,
      town: fitText(town, 80).text,
      postcode,
      area: areas.forPlace({ areaTerm: place.areaTerm, region: place.region, town, postcode }),
    };

    const latitude = num(place.latitude);
    const longitude = num(place.longitude);
    if (latitude !== undefined && longitude !== undefined && isInUk(longitude, latitude)) {
      location.latitude = latitude;
      location.longitude = longitude;
    } else if (latitude !== undefined || longitude !== undefined) {
      notes.push(`Left out the map position of "${label}" (${latitude ?? '?'}, ${longitude ?? '?'}): it is not in the UK. The address is kept.`);
    }

    const accessibility = [...new Set(place.accessibility.map((item) => fitText(item, 200).text))];
    if (accessibility.length) location.accessibility = accessibility;

    const schedules = [...place.schedules, ...serviceSchedules.filter((schedule) => schedule.placeKey && place.keys.includes(schedule.placeKey)), ...everywhere];
    const hours = readOpeningHours(schedules, 120);
    if (hours.openingHours.length) location.openingHours = hours.openingHours;
    if (hours.notes.length) {
      const note = fitText([...new Set(hours.notes)].join(' '), 200);
      location.hoursNote = note.text;
      if (note.cut) notes.push(`Shortened the hours note of "${label}" to 200 characters.`);
    }
    for (const dropped of hours.dropped) notes.push(`Left out ${dropped} at "${label}".`);
    locations.push(location);
  });

  if (locations.length === 0 && serviceSchedules.length > 0) notes.push('Left out its opening hours: it has no place we could keep to show them at.');
  return { locations, notes };
}
