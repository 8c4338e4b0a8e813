/**
 * The postcode table's files (content/postcodes/<district>.yaml) as text: what each says about
 * where the postcodes come from, then one line per postcode of its district. Written by
 * `npm run import:postcodes` and, for the made-up sample, by scripts/make-sample-postcodes.ts.
 */
import { formatTableRow, splitByDistrict, tableFileId, type PostcodeTable } from './table.ts';

/** What each part of the table says about itself (see src/schemas/postcode-table.ts). */
export interface PostcodeTableAbout {
  readonly source: string;
  readonly file: string;
  readonly imported: string;
  readonly licence: string;
  readonly attribution: string;
  readonly sample?: boolean;
}

/** One part of the table as text. `notes` become comment lines at its top. Postcodes are written in order. */
export function postcodeTableText(about: PostcodeTableAbout, places: readonly (readonly [string, { latitude: number; longitude: number }])[], notes: readonly string[]): string {
  const sorted = [...places].sort(([a], [b]) => a.localeCompare(b));
  return [
    ...notes.map((note) => `# ${note}`),
    `source: ${JSON.stringify(about.source)}`,
    `file: ${JSON.stringify(about.file)}`,
    `imported: ${about.imported}`,
    `licence: ${JSON.stringify(about.licence)}`,
    `attribution: ${JSON.stringify(about.attribution)}`,
    ...(about.sample ? ['sample: true'] : []),
    `count: ${sorted.length}`,
    sorted.length ? 'postcodes:' : 'postcodes: []',
    ...sorted.map(([postcode, place]) => `  - ${formatTableRow(postcode, place)}`),
    '',
  ].join('\n');
}

/** The whole table as its files: each file's id ("nm1") and text, districts in order. */
export function postcodeTableFiles(about: PostcodeTableAbout, table: PostcodeTable, notes: readonly string[]): Map<string, string> {
  return new Map([...splitByDistrict(table)].map(([district, places]) => [tableFileId(district), postcodeTableText(about, places, notes)]));
}
