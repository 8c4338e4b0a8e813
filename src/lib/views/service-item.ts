/**
 * What one service shows in a list of help: a link to its page, the places to go with their
 * addresses and hours (on a list for an area, only its places in that area), and a short line
 * that says how to get the help if there is no place, which areas it covers, what it costs, and
 * whether it is a made-up sample.
 */
import { areasCoveredInWords, noPlaceWords, placesToShow, placeWords, type PlaceWords } from '../directory/places.ts';
import { routes } from '../routes.ts';
import { costTypes } from '../vocabulary/index.ts';
import type { ViewService } from './shared.ts';

export interface ServiceItemView {
  readonly path: string;
  /** The places to go, in the order the listing gives them. */
  readonly places: readonly PlaceWords[];
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

export function serviceItemView(service: Pick<ViewService, 'id' | 'data' | 'areas'>, { areaName, areaIds, borough, area }: ServiceItemContext): ServiceItemView {
  const s = service.data;
  const places = placesToShow(s, area).map(placeWords);
  const parts = [
    ...(places.length === 0 ? [noPlaceWords(s)] : []),
    areasCoveredInWords(service.areas, areaIds, areaName, borough),
    costTypes.label(s.cost.type),
    ...(s.sample ? ['Sample listing'] : []),
  ];
  return { path: routes.service(service.id), places, meta: parts.join(' · ') };
}
