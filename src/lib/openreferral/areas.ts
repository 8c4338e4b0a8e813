/**
 * Which of our areas (content/areas.yaml) a place from another directory is in. Tried in order:
 *
 * 1. our own area term (from our export): that area, added if this site does not have it yet;
 * 2. the address's region, then its town, matched by name to an area ("North Town");
 * 3. the postcode's outward code ("NM3" of "NM3 4EB"), matched to the area of the site's other
 *    places with that outward code;
 * 4. otherwise a new area, named after the region or town.
 */
import { isSlug, slugify } from '../formats.ts';
import { uniqueSlug } from './slugs.ts';
import type { Area } from './types.ts';
import { looseName } from './text.ts';

export interface AreaFinder {
  /** The area id for a place. */
  forPlace(place: { areaTerm?: { id: string; name: string }; region: string; town: string; postcode: string }): string;
  /**
   * The area id for a service area's name, "everywhere" if it names the whole site, or undefined
   * if it is free text we cannot make into an area.
   */
  forServiceArea(name: string): string | 'everywhere' | undefined;
  /** The areas made so far, that content/areas.yaml does not have yet. */
  readonly created: readonly Area[];
}

/** "NM3" from "NM3 4EB". */
export function outwardCode(postcode: string): string {
  return postcode.trim().toUpperCase().split(/\s+/)[0] ?? '';
}

const WHOLE_AREA = /^(all( areas)?|everywhere|anywhere|nationwide|national|uk|united kingdom|england|the whole (borough|county|district|city|area)|whole (borough|county|district|city|area))$/i;

/**
 * Makes the area finder for one import.
 * `places` are the site's existing places (postcode and area id), which teach it outward codes.
 * `siteArea` is the place the whole site covers (site.yaml `area`): a service area with that name
 * means "every area", so the service is listed everywhere.
 */
export function createAreaFinder(known: { areas: readonly Area[]; places: readonly { postcode: string; area: string }[]; siteArea?: string }): AreaFinder {
  const created: Area[] = [];
  const ids = new Set(known.areas.map((area) => area.id));
  const byName = new Map<string, string>();
  for (const area of known.areas) if (!byName.has(looseName(area.name))) byName.set(looseName(area.name), area.id);
  const outward = new Map<string, Map<string, number>>();
  const learn = (postcode: string, area: string) => {
    const code = outwardCode(postcode);
    if (!code) return;
    const counts = outward.get(code) ?? new Map<string, number>();
    counts.set(area, (counts.get(area) ?? 0) + 1);
    outward.set(code, counts);
  };
  for (const place of known.places) learn(place.postcode, place.area);
  const mostCommon = (code: string) => {
    const counts = outward.get(code);
    if (!counts) return undefined;
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  };
  const add = (id: string, name: string) => {
    const area: Area = { id, name: name.slice(0, 80) };
    created.push(area);
    ids.add(id);
    if (!byName.has(looseName(name))) byName.set(looseName(name), id);
    return id;
  };

  return {
    created,
    forPlace(place) {
      let id: string | undefined;
      if (place.areaTerm && isSlug(place.areaTerm.id)) {
        id = ids.has(place.areaTerm.id) ? place.areaTerm.id : add(place.areaTerm.id, place.areaTerm.name || place.areaTerm.id);
      }
      id ??= (place.region && byName.get(looseName(place.region))) || (place.town && byName.get(looseName(place.town))) || mostCommon(outwardCode(place.postcode));
      if (!id) {
        const name = place.region || place.town || outwardCode(place.postcode);
        id = add(uniqueSlug(name, ids, 'area'), name);
      }
      learn(place.postcode, id);
      return id;
    },
    forServiceArea(name) {
      const loose = looseName(name);
      if (!loose) return undefined;
      if ((known.siteArea && loose === looseName(known.siteArea)) || WHOLE_AREA.test(name.trim())) return 'everywhere';
      const found = byName.get(loose) ?? (ids.has(slugify(name)) ? slugify(name) : undefined);
      if (found) return found;
      // A short name is an area; a sentence ("Available to all residents who...") is not.
      if (name.length > 60 || /[.!?;:]/.test(name) || name.split(/\s+/).length > 6) return undefined;
      return add(uniqueSlug(name, ids, 'area'), name);
    },
  };
}
