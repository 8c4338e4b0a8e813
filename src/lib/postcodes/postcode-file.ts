/**
 * Reads the two open postcode files a council can download, one line at a time (the whole ONS
 * Postcode Directory is over a gigabyte, so it is never held at once):
 *
 * - the ONS Postcode Directory (ONSPD) CSV: a header row, then one row per postcode ever used.
 *   Columns by name: pcds (or pcd2, pcd) the postcode, doterm the month it was terminated (empty
 *   while it is live), lat and long. A postcode with no grid reference has lat 99.999999.
 * - OS Code-Point Open CSV: no header; Postcode, Positional_quality_indicator, Eastings,
 *   Northings, then codes for country, NHS region and authority, county, district and ward.
 *   Only live postcodes. Eastings and northings are British National Grid (see osgb.ts); a
 *   postcode with no position has quality 90 and 0, 0.
 *
 * Which of the two a file is, is told from its first line.
 */
import { parseCsv } from '../csv.ts';
import type { Coordinates } from './district-file.ts';
import type { PostcodeSource } from './licence.ts';
import { gridToLatitudeLongitude } from './osgb.ts';
import { normalisePostcode } from './postcode.ts';

/** What one line of a postcode file says. */
export type PostcodeRow =
  | { readonly kind: 'live'; readonly postcode: string; readonly place: Coordinates }
  | { readonly kind: 'terminated'; readonly postcode: string }
  | { readonly kind: 'no-coordinates'; readonly postcode: string }
  /** A line that is not a postcode row of this file (a broken line, or a second header). */
  | { readonly kind: 'unreadable' };

export interface PostcodeFileReader {
  readonly source: PostcodeSource;
  /** Whether the first line is a header (ONSPD) rather than a postcode (Code-Point Open). */
  readonly header: boolean;
  /** One line of the file (not the header); undefined for an empty line. */
  read(line: string): PostcodeRow | undefined;
}

/** The columns the ONS Postcode Directory reader needs, by their names in its header. */
const ONSPD_POSTCODE_COLUMNS = ['pcds', 'pcd2', 'pcd'];
const ONSPD_NEEDED = ['doterm', 'lat', 'long'];
/** Code-Point Open's columns (its own header file names them Postcode, Positional_quality_indicator, Eastings, Northings...). */
const CODE_POINT = { postcode: 0, quality: 1, eastings: 2, northings: 3 } as const;
/** Code-Point Open's positional quality for a postcode with no coordinates. */
const CODE_POINT_NO_POSITION = '90';
/** The names Code-Point Open's header file gives its first four columns (long and short), if someone put that header in. */
const CODE_POINT_HEADER = [
  ['postcode', 'pc'],
  ['positional_quality_indicator', 'pq'],
  ['eastings', 'ea'],
  ['northings', 'no'],
];

function cellsOf(line: string): string[] {
  return (parseCsv(line)[0]?.cells ?? []).map((cell) => cell.trim());
}

const isWholeNumber = (text: string) => /^\d+$/.test(text);

function onspdReader(header: string[]): PostcodeFileReader | { problem: string } {
  const names = header.map((name) => name.toLowerCase());
  const postcodeColumn = ONSPD_POSTCODE_COLUMNS.map((name) => names.indexOf(name)).find((index) => index >= 0)!;
  const missing = ONSPD_NEEDED.filter((name) => !names.includes(name));
  if (missing.length) {
    return {
      problem: `This looks like the ONS Postcode Directory (its header has ${names[postcodeColumn]}), but it has no ${missing.join(', ')} column${missing.length === 1 ? '' : 's'}. Download the full ONSPD CSV (the "Data" folder's file), not a cut-down or renamed copy.`,
    };
  }
  const [terminated, lat, long] = ONSPD_NEEDED.map((name) => names.indexOf(name)) as [number, number, number];
  return {
    source: 'onspd',
    header: true,
    read(line) {
      if (line.trim() === '') return undefined;
      const cells = cellsOf(line);
      const postcode = normalisePostcode(cells[postcodeColumn] ?? '');
      if (!postcode || cells.length < names.length) return { kind: 'unreadable' };
      if ((cells[terminated] ?? '') !== '') return { kind: 'terminated', postcode };
      const [latitude, longitude] = [Number(cells[lat]), Number(cells[long])];
      // No grid reference: latitude 99.999999 (and longitude 0), or nothing at all.
      if (cells[lat] === '' || cells[long] === '' || !Number.isFinite(latitude) || !Number.isFinite(longitude) || latitude === 0 || Math.abs(latitude) > 90) {
        return { kind: 'no-coordinates', postcode };
      }
      return { kind: 'live', postcode, place: { latitude, longitude } };
    },
  };
}

function codePointReader(header: boolean): PostcodeFileReader {
  return {
    source: 'codePoint',
    header,
    read(line) {
      if (line.trim() === '') return undefined;
      const cells = cellsOf(line);
      const postcode = normalisePostcode(cells[CODE_POINT.postcode] ?? '');
      const [eastings, northings] = [cells[CODE_POINT.eastings] ?? '', cells[CODE_POINT.northings] ?? ''];
      if (!postcode || !isWholeNumber(eastings) || !isWholeNumber(northings)) return { kind: 'unreadable' };
      if (cells[CODE_POINT.quality] === CODE_POINT_NO_POSITION || (Number(eastings) === 0 && Number(northings) === 0)) return { kind: 'no-coordinates', postcode };
      const place = gridToLatitudeLongitude(Number(eastings), Number(northings));
      return { kind: 'live', postcode, place };
    },
  };
}

/**
 * The reader for a postcode file, chosen by its first line; or, for a file that is neither, what
 * to do. `name` is the file's name, for the message.
 */
export function postcodeFileReader(firstLine: string, name: string): PostcodeFileReader | { problem: string } {
  const cells = cellsOf(firstLine.replace(/^\uFEFF/, ''));
  const names = cells.map((cell) => cell.toLowerCase());
  if (names.some((cell) => ONSPD_POSTCODE_COLUMNS.includes(cell))) return onspdReader(cells);
  if (CODE_POINT_HEADER.every((allowed, column) => allowed.includes(names[column] ?? ''))) return codePointReader(true);
  if (cells.length >= 4 && normalisePostcode(cells[0]!) && isWholeNumber(cells[CODE_POINT.eastings]!) && isWholeNumber(cells[CODE_POINT.northings]!)) return codePointReader(false);
  return {
    problem: [
      `${name} is not a postcode file this import can read. Its first line should be either:`,
      `- the ONS Postcode Directory's header, with columns named pcds, doterm, lat and long (the ONSPD CSV from the ONS Open Geography portal), or`,
      `- a row of OS Code-Point Open: a postcode, then its quality, eastings and northings, like "NM1 4AL",10,391234,389012 (one of the CSV files in Code-Point Open's Data/CSV folder).`,
      `Download one of those (both are free under the Open Government Licence) and give its CSV file.`,
    ].join('\n'),
  };
}
