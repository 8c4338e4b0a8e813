/**
 * What one service shows in a list of help: a link to its page, and a short line that says
 * where it is (or that it is by phone or online, and for which area), what it costs, and
 * whether it is a made-up sample.
 */
import { addressLine } from '../directory/listing.ts';
import { routes } from '../routes.ts';
import { costTypes } from '../vocabulary/index.ts';
import type { ViewService } from './shared.ts';

export interface ServiceItemView {
  readonly path: string;
  /** "1 High Street, North Town NT1 1AA · Free", "By phone or online · all areas · Free · Sample listing". */
  readonly meta: string;
}

export function serviceItemView(service: Pick<ViewService, 'id' | 'data' | 'listed'>, areaName: (id: string) => string): ServiceItemView {
  const s = service.data;
  const place = s.locations?.[0];
  const areas = service.listed.areas;
  const where = place ? addressLine(place) : `By phone or online · ${areas.length > 1 ? 'all areas' : areaName(areas[0] ?? '')}`;
  return {
    path: routes.service(service.id),
    meta: `${where} · ${costTypes.label(s.cost.type)}${s.sample ? ' · Sample listing' : ''}`,
  };
}
