/**
 * The maps each page shows, from the directory and the areas' boundaries: the find-help page's
 * map of the borough (each area a link to its list), an area list's map (its places as numbered
 * dots, with the list of those places), and a printed sheet's map (dots numbered as its entries).
 * No boundaries, or an area with none, means no map.
 */
import type { AreaGeometry } from '../../schemas/area-boundaries.ts';
import type { Service, ServiceLocation } from '../../schemas/service.ts';
import { placesToShow } from '../directory/places.ts';
import { findHelpSlug, routes } from '../routes.ts';
import type { LonLat } from './areas.ts';
import { areaMap, boroughMap, MAP_DRAWING, type MapArea, type MapPlace, type MapView } from './map-view.ts';

/** The areas' boundaries by area id (see boundariesById), or none when the site has no areas.geojson. */
export type Boundaries = ReadonlyMap<string, AreaGeometry> | undefined;

/** The areas in the site's order, with their names. */
export type NamedAreas = readonly { readonly id: string; readonly data: { readonly name: string } }[];

/** A service as the maps read it. */
export interface MapService {
  readonly id: string;
  readonly data: Pick<Service, 'name' | 'locations'>;
}

/** Where a place is, when its latitude and longitude are known. */
function pointOf(place: ServiceLocation): LonLat | undefined {
  return place.latitude !== undefined && place.longitude !== undefined ? [place.longitude, place.latitude] : undefined;
}

/** The find-help page's map: every area, each a link to its list when it has one. */
export function findHelpIndexMap(boundaries: Boundaries, areas: NamedAreas, listTotals: ReadonlyMap<string, number>): MapView | undefined {
  if (!boundaries) return undefined;
  const linked: MapArea[] = areas.map((area) => ({
    id: area.id,
    name: area.data.name,
    path: listTotals.has(findHelpSlug({ area: area.id })) ? routes.findHelp({ area: area.id }) : undefined,
  }));
  return boroughMap(boundaries, linked);
}

/** One place on an area's map, and in the list beside it: its number, name and the services there. */
export interface ListedPlace {
  readonly number: number;
  readonly name: string;
  readonly services: readonly { readonly name: string; readonly path: string }[];
}

/**
 * An area list's map: the area, its places with a latitude and longitude as numbered dots, and
 * the list of those places, numbered the same, in the order their services are listed. Services
 * at the same place (by its name) share its number; its dot is where the first of them puts it.
 */
export function areaListMap(
  boundaries: Boundaries,
  areas: NamedAreas,
  filters: Readonly<Record<string, string | undefined>>,
  services: readonly MapService[],
): { view: MapView; places: ListedPlace[] } | undefined {
  const { area, ...others } = filters;
  // Only a list of all the help in one area has a map (not one kind of help in it, say).
  if (area === undefined || Object.values(others).some((value) => value !== undefined) || !boundaries?.has(area)) return undefined;
  const places = new Map<string, { name: string; point: LonLat; services: { name: string; path: string }[] }>();
  for (const service of services)
    for (const place of placesToShow(service.data, area)) {
      const point = pointOf(place);
      if (!point) continue;
      // One place by one name in an area, whatever its listings write for its postcode.
      const key = place.name.trim().toLowerCase();
      if (!places.has(key)) places.set(key, { name: place.name, point, services: [] });
      const listed = places.get(key)!;
      if (!listed.services.some((s) => s.name === service.data.name)) listed.services.push({ name: service.data.name, path: routes.service(service.id) });
    }
  const numbered = [...places.values()].map((place, i) => ({ ...place, number: i + 1 }));
  const view = areaMap(boundaries, namesOf(areas), area, numbered.map(dotFor));
  return view && { view, places: numbered.map(({ number, name, services }) => ({ number, name, services })) };
}

/**
 * A printed sheet's map: dots numbered as the sheet's entries (an entry with two places here has
 * two dots). A sheet for an area shows the area; a sheet for a kind of help shows the borough.
 */
export function printSheetMap(boundaries: Boundaries, areas: NamedAreas, area: string | undefined, entries: readonly MapService[]): MapView | undefined {
  if (!boundaries) return undefined;
  const dots = entries.flatMap((service, i) =>
    placesToShow(service.data, area).flatMap((place) => {
      const point = pointOf(place);
      return point ? [dotFor({ number: i + 1, point })] : [];
    }),
  );
  if (area !== undefined) return areaMap(boundaries, namesOf(areas), area, dots);
  return boroughMap(boundaries, namesOf(areas), dots, MAP_DRAWING.sheet);
}

const namesOf = (areas: NamedAreas): MapArea[] => areas.map((area) => ({ id: area.id, name: area.data.name }));
const dotFor = ({ number, point }: { number: number; point: LonLat }): MapPlace => ({ label: String(number), point });
