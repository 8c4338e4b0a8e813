/**
 * On a large directory the content step keeps each area's search records in a file of the area's
 * own (scripts/lib/area-records.ts), and reads one area's at a time as it writes that area's index.
 * Each area's file must hold exactly the records its index held when they were all in memory.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepRecordsByArea, readAreaRecords, recordsByArea } from '../../scripts/lib/area-records.ts';
import type { ServiceSearchRecord } from '../../src/lib/directory/search-record.ts';
import { areaFilters, areaMarkName } from '../../src/lib/search/area-mark.ts';

const AREA_NAMES: Record<string, string> = { westfield: 'Westfield', riverside: 'Riverside', 'town-centre': 'Town Centre' };

function record(id: string, language: string, areas: string[]): ServiceSearchRecord {
  return {
    id,
    url: `${language === 'en-gb' ? '' : `/${language}`}/services/${id}/`,
    language,
    content: `Free Wi-Fi at ${id}\nUse the Wi-Fi for free. Urdu words: مفت وائی فائی`,
    meta: { title: `Free Wi-Fi at ${id}` },
    filters: { type: ['Help near you'], ...areaFilters(areas, (area) => AREA_NAMES[area]!), kind: ['Free Wi-Fi'] },
    areas,
    short: `Use the Wi-Fi for free. Run by Westfield Library.`,
  };
}

const records = [
  record('library-wifi', 'en-gb', ['westfield']),
  record('library-wifi', 'cy', ['westfield']),
  record('phone-help', 'en-gb', ['riverside', 'town-centre', 'westfield']),
  record('phone-help', 'ur', ['riverside', 'town-centre', 'westfield']),
  record('closed-hub', 'en-gb', []),
  record('youth-hub', 'en-gb', ['town-centre']),
];

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('each area’s search records, kept in files', () => {
  it('gives every area exactly the records that serve it, in order, each with that area’s mark only', () => {
    const byArea = recordsByArea(records);
    expect([...byArea.keys()].sort()).toEqual(['riverside', 'town-centre', 'westfield']);
    for (const [area, areaRecords] of byArea) {
      const serving = records.filter((r) => r.areas.includes(area));
      expect(areaRecords.map((r) => r.url)).toEqual(serving.map((r) => r.url));
      for (const r of areaRecords) {
        const marks = Object.keys(r.filters).filter((name) => name.startsWith('in-'));
        expect(marks).toEqual([areaMarkName(area)]);
        // Everything else about the record is as it was: the names of all its areas stay, for the words under a result.
        const original = serving.find((s) => s.url === r.url)!;
        expect(r.filters.area).toEqual(original.filters.area);
        expect({ ...r, filters: undefined }).toEqual({ ...original, filters: undefined });
      }
    }
  });

  it('writes one file per area, and reads back what recordsByArea gives, for every area', () => {
    const folder = mkdtempSync(join(tmpdir(), 'area-records-'));
    folders.push(folder);
    const areas = keepRecordsByArea(join(folder, 'records'), records);
    expect(areas).toEqual(['riverside', 'town-centre', 'westfield']);
    expect(readdirSync(join(folder, 'records')).sort()).toEqual(['riverside.json', 'town-centre.json', 'westfield.json']);
    const byArea = recordsByArea(records);
    for (const area of areas) {
      const { records: read, json } = readAreaRecords(join(folder, 'records'), area);
      expect(read).toEqual(byArea.get(area));
      // A rebuild's cache key is made from this text: it must be what JSON.stringify gives for the index's input.
      expect(`{"records":${json}}`).toBe(JSON.stringify({ records: read }));
    }
  });

  it('fails when an area’s file is missing, instead of writing an empty index', () => {
    const folder = mkdtempSync(join(tmpdir(), 'area-records-'));
    folders.push(folder);
    keepRecordsByArea(folder, records);
    expect(() => readAreaRecords(folder, 'hillside')).toThrow(/hillside\.json/);
  });
});
