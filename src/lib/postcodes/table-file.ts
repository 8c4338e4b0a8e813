/**
 * The postcode table's file (content/postcodes.yaml) as text: what it says about where the
 * postcodes come from, then one line per postcode. Written by `npm run import:postcodes` and, for
 * the made-up sample, by scripts/make-sample-postcodes.ts.
 */
import { formatTableRow, type PostcodeTable } from './table.ts';

/** What the table says about itself (see src/schemas/postcode-table.ts). */
export interface PostcodeTableAbout {
  readonly source: string;
  readonly file: string;
  readonly imported: string;
  readonly licence: string;
  readonly attribution: string;
  readonly sample?: boolean;
}

/** The file's text. `notes` become comment lines at its top. Postcodes are written in order. */
export function postcodeTableText(about: PostcodeTableAbout, table: PostcodeTable, notes: readonly string[]): string {
  const postcodes = [...table.keys()].sort();
  return [
    ...notes.map((note) => `# ${note}`),
    `source: ${JSON.stringify(about.source)}`,
    `file: ${JSON.stringify(about.file)}`,
    `imported: ${about.imported}`,
    `licence: ${JSON.stringify(about.licence)}`,
    `attribution: ${JSON.stringify(about.attribution)}`,
    ...(about.sample ? ['sample: true'] : []),
    `count: ${postcodes.length}`,
    postcodes.length ? 'postcodes:' : 'postcodes: []',
    ...postcodes.map((postcode) => `  - ${formatTableRow(postcode, table.get(postcode)!)}`),
    '',
  ].join('\n');
}
