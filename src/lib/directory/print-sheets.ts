/**
 * Plans the printable signposting sheets: one per area, and one per kind of help. A kind that
 * has more entries than fit on two sheets is split by area instead ("Free Wi-Fi in Eastbrook"),
 * since nobody prints forty pages. Long area sheets are split into parts. Each sheet also has a
 * large-print version on the same page (shown at #large-print, with no JavaScript).
 */
import { AREA_NOT_KNOWN } from './area-not-known.ts';
import type { ListedService } from './list-pages.ts';

export interface PrintSheet {
  /** The path under /print/, like "in/eastbrook", "free-wifi", "free-wifi/in/eastbrook" or "in/eastbrook/part/2". */
  readonly path: string;
  readonly by: { area?: string; kind?: string };
  readonly serviceIds: readonly string[];
  readonly part: number;
  readonly parts: number;
}

export const ENTRIES_PER_SHEET = 24;

export function planPrintSheets(services: readonly ListedService[], areas: readonly string[], kinds: readonly string[], perSheet = ENTRIES_PER_SHEET): PrintSheet[] {
  const sheets: PrintSheet[] = [];
  const add = (base: string, by: PrintSheet['by'], ids: readonly string[]) => {
    const parts = Math.ceil(ids.length / perSheet);
    for (let part = 1; part <= parts; part++) {
      sheets.push({ path: part > 1 ? `${base}/part/${part}` : base, by, serviceIds: ids.slice((part - 1) * perSheet, part * perSheet), part, parts });
    }
  };
  // Each area's sheet; none for listings whose area is not known (they are on the kinds' sheets).
  for (const area of areas.filter((id) => id !== AREA_NOT_KNOWN))
    add(
      `in/${area}`,
      { area },
      services.filter((s) => s.areas.includes(area)).map((s) => s.id),
    );
  for (const kind of kinds) {
    const offering = services.filter((s) => s.kinds.includes(kind));
    if (offering.length <= perSheet * 2)
      add(
        kind,
        { kind },
        offering.map((s) => s.id),
      );
    else
      for (const area of areas)
        add(
          `${kind}/in/${area}`,
          { kind, area },
          offering.filter((s) => s.areas.includes(area)).map((s) => s.id),
        );
  }
  return sheets;
}
