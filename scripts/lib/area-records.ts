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

/** The records of the listings that serve each area, in the order of `records`: the records themselves, not yet marked. */
function servingEachArea(records: readonly ServiceSearchRecord[]): Map<string, ServiceSearchRecord[]> {
  const serving = new Map<string, ServiceSearchRecord[]>();
  for (const record of records) {
    for (const area of record.areas) {
      if (!serving.has(area)) serving.set(area, []);
      serving.get(area)!.push(record);
    }
  }
  return serving;
}

/** `records` as one area's index holds them: each with that area's mark only (src/lib/search/area-mark.ts). */
const markedFor = (area: string, records: readonly ServiceSearchRecord[]): ServiceSearchRecord[] => records.map((record) => ({ ...record, filters: withOnlyAreaMark(record.filters, area) }));

/**
 * Each area's records, in the order of `records`: every listing that serves the area, with that
 * area's mark only, as its index holds them.
 */
export function recordsByArea(records: readonly ServiceSearchRecord[]): Map<string, ServiceSearchRecord[]> {
  return new Map([...servingEachArea(records)].map(([area, serving]) => [area, markedFor(area, serving)]));
}

const areaFile = (folder: string, area: string) => join(folder, `${area}.json`);

/**
 * Writes each area's records (as recordsByArea gives them) to a file in `folder`, and gives the
 * areas' ids in order. One area's marked copies are made at a time, and let go once written,
 * rather than every area's at once (see content-step-check.ts for what this saved, measured).
 */
export function keepRecordsByArea(folder: string, records: readonly ServiceSearchRecord[]): string[] {
  mkdirSync(folder, { recursive: true });
  const serving = servingEachArea(records);
  const areas = [...serving.keys()].sort((a, b) => a.localeCompare(b));
  for (const area of areas) writeFileSync(areaFile(folder, area), JSON.stringify(markedFor(area, serving.get(area)!)));
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
