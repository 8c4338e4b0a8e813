/**
 * On a large directory (searched area by area), the listings' search records of each area, kept
 * in a file of the area's own between the content check and the area's search index.
 *
 * The content step makes the records in its check's process (content-step-check.ts) and writes
 * them here, one file per area; its process then reads one area's file at a time as it writes
 * that area's index (search-index.ts). So the process never holds every record (at 25,000
 * listings, 95,000 records took about 260 MB of its heap, and about 560 MB of memory in all, for
 * the four minutes of the area indexes, beside Astro).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceSearchRecord } from '../../src/lib/directory/search-record.ts';
import { withOnlyAreaMark } from '../../src/lib/search/area-mark.ts';

/**
 * Each area's records, in the order of `records`: every listing that serves the area, with that
 * area's mark only (src/lib/search/area-mark.ts), as its index holds them.
 */
export function recordsByArea(records: readonly ServiceSearchRecord[]): Map<string, ServiceSearchRecord[]> {
  const byArea = new Map<string, ServiceSearchRecord[]>();
  for (const record of records) {
    for (const area of record.areas) {
      if (!byArea.has(area)) byArea.set(area, []);
      byArea.get(area)!.push({ ...record, filters: withOnlyAreaMark(record.filters, area) });
    }
  }
  return byArea;
}

const areaFile = (folder: string, area: string) => join(folder, `${area}.json`);

/** Writes each area's records to a file in `folder`, and gives the areas' ids in order. */
export function keepRecordsByArea(folder: string, records: readonly ServiceSearchRecord[]): string[] {
  mkdirSync(folder, { recursive: true });
  const byArea = recordsByArea(records);
  const areas = [...byArea.keys()].sort((a, b) => a.localeCompare(b));
  for (const area of areas) writeFileSync(areaFile(folder, area), JSON.stringify(byArea.get(area)));
  return areas;
}

/**
 * One area's records, as keepRecordsByArea wrote them, and the file's text: the records as JSON,
 * which a rebuild's cache key is made from without turning the records into JSON again.
 */
export function readAreaRecords(folder: string, area: string): { records: ServiceSearchRecord[]; json: string } {
  const json = readFileSync(areaFile(folder, area), 'utf8');
  return { records: JSON.parse(json) as ServiceSearchRecord[], json };
}
