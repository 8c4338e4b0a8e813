/**
 * Plans the printable signposting sheets: one per area and one per kind of help, each in
 * standard and large print. Long sheets are split into parts so that each stays light.
 */
import type { ListedService } from './list-pages.ts';

export type SheetSize = 'standard' | 'large';

export interface PrintSheet {
  /** The path under /print/, like "in/eastbrook", "free-wifi/large" or "in/eastbrook/part/2". */
  readonly path: string;
  readonly by: { area: string } | { kind: string };
  readonly size: SheetSize;
  readonly serviceIds: readonly string[];
  readonly part: number;
  readonly parts: number;
}

export const ENTRIES_PER_SHEET = 24;

export function planPrintSheets(services: readonly ListedService[], areas: readonly string[], kinds: readonly string[], perSheet = ENTRIES_PER_SHEET): PrintSheet[] {
  const sheets: PrintSheet[] = [];
  const add = (base: string, by: PrintSheet['by'], ids: string[]) => {
    if (ids.length === 0) return;
    const parts = Math.ceil(ids.length / perSheet);
    for (const size of ['standard', 'large'] as const) {
      for (let part = 1; part <= parts; part++) {
        const path = [base, size === 'large' ? 'large' : '', part > 1 ? `part/${part}` : ''].filter(Boolean).join('/');
        sheets.push({ path, by, size, serviceIds: ids.slice((part - 1) * perSheet, part * perSheet), part, parts });
      }
    }
  };
  for (const area of areas) add(`in/${area}`, { area }, services.filter((s) => s.areas.includes(area)).map((s) => s.id));
  for (const kind of kinds) add(kind, { kind }, services.filter((s) => s.kinds.includes(kind)).map((s) => s.id));
  return sheets;
}

/** The path of another part or size of the same sheet. */
export function sheetPath(sheet: Pick<PrintSheet, 'by'>, size: SheetSize, part = 1): string {
  const base = 'area' in sheet.by ? `in/${sheet.by.area}` : sheet.by.kind;
  return [base, size === 'large' ? 'large' : '', part > 1 ? `part/${part}` : ''].filter(Boolean).join('/');
}
