/**
 * The postcode table in content/ (written by `npm run import:postcodes`): one file per postcode
 * district, content/postcodes/nm1.yaml for NM1 (so no file grows too big to check, however big
 * the site's area), each with one line per postcode, "NM1 4AL,53.43390,-2.14880" (postcode,
 * latitude, longitude). This file reads and writes those lines and splits the table by district.
 */
import type { Coordinates } from './district-file.ts';
import { normalisePostcode, postcodeDistrict } from './postcode.ts';

/** Every postcode in the table, in the site's form ("NM1 4AL"), with its coordinates. */
export type PostcodeTable = ReadonlyMap<string, Coordinates>;

/** Decimal places the table keeps: 5 is about 1 m. */
export const TABLE_DECIMALS = 5;

/** How a line of the table is written, for messages: */
export const TABLE_ROW_EXAMPLE = 'NM1 4AL,53.43390,-2.14880';

const ROW = /^([A-Z0-9]{2,4} [0-9][A-Z]{2}),(-?\d{1,2}\.\d+),(-?\d{1,2}\.\d+)$/;

/** One line of the table. */
export function formatTableRow(postcode: string, place: Coordinates): string {
  return `${postcode},${place.latitude.toFixed(TABLE_DECIMALS)},${place.longitude.toFixed(TABLE_DECIMALS)}`;
}

/** A line of the table read back; undefined if it is not written as the table writes lines. */
export function parseTableRow(row: string): { readonly postcode: string; readonly place: Coordinates } | undefined {
  const match = ROW.exec(row);
  if (!match || normalisePostcode(match[1]!) !== match[1]) return undefined;
  return { postcode: match[1]!, place: { latitude: Number(match[2]), longitude: Number(match[3]) } };
}

/** The id (file name) of a district's part of the table: the district in small letters, "nm1" for NM1. */
export function tableFileId(district: string): string {
  return district.toLowerCase();
}

/** The district a part of the table is for, from its id. */
export function districtOfTableFile(id: string): string {
  return id.toUpperCase();
}

/** The whole table from its parts (one per district). */
export function joinPostcodeTables(parts: Iterable<{ readonly postcodes: readonly string[] }>): Map<string, Coordinates> {
  return readPostcodeTable([...parts].flatMap((part) => part.postcodes));
}

/** The table's lines as postcode → coordinates. Lines that cannot be read are left out (the content check reports them). */
export function readPostcodeTable(rows: readonly string[]): Map<string, Coordinates> {
  const table = new Map<string, Coordinates>();
  for (const row of rows) {
    const read = parseTableRow(row);
    if (read) table.set(read.postcode, read.place);
  }
  return table;
}

/** The table split by postcode district ("NM1", "NM2"...), districts and postcodes in order. */
export function splitByDistrict(table: PostcodeTable): Map<string, [string, Coordinates][]> {
  const districts = new Map<string, [string, Coordinates][]>();
  for (const postcode of [...table.keys()].sort()) {
    const district = postcodeDistrict(postcode);
    if (!districts.has(district)) districts.set(district, []);
    districts.get(district)!.push([postcode, table.get(postcode)!]);
  }
  return new Map([...districts].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
}
