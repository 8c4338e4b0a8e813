import { z } from 'astro/zod';
import { isoDate, text } from './fields.ts';
import { parseTableRow, TABLE_ROW_EXAMPLE } from '../lib/postcodes/table.ts';
import { isInUk, UK_BOUNDS } from '../lib/uk-bounds.ts';

/** The most postcodes one file of the table may hold: a postcode district has at most 4,000 (10 sectors of 400). */
export const POSTCODE_TABLE_MAX = 4_000;

const REMAKE = 'Make the table again with npm run import:postcodes rather than editing it by hand.';

/** One line of the table: postcode, latitude and longitude, in the UK. */
const tableRow = () =>
  z.string({ error: `Write each postcode as one line of text, like "${TABLE_ROW_EXAMPLE}".` }).superRefine((row, context) => {
    const read = parseTableRow(row);
    if (!read) {
      context.addIssue({
        code: 'custom',
        message: `Write the postcode in capitals with one space, then its latitude and longitude, with commas and no spaces around them, like "${TABLE_ROW_EXAMPLE}". ${REMAKE}`,
        input: row,
      });
      return;
    }
    const { latitude, longitude } = read.place;
    if (!isInUk(longitude, latitude)) {
      context.addIssue({
        code: 'custom',
        message: `${read.postcode} is not placed in the UK (latitude ${UK_BOUNDS.south} to ${UK_BOUNDS.north}, longitude ${UK_BOUNDS.west} to ${UK_BOUNDS.east}). Check latitude comes before longitude. ${REMAKE}`,
        input: row,
      });
    }
  });

/**
 * One postcode district of the postcode table (`content/postcodes/nm1.yaml` for district NM1):
 * where each postcode in and around the site's areas is, so that the "near me" page can find a
 * postcode without asking anyone else, and a place with a postcode but no latitude and longitude
 * can still be put on the map. Written by `npm run import:postcodes` from the ONS Postcode
 * Directory or OS Code-Point Open, one file per district.
 */
export const postcodeTableSchema = z
  .strictObject({
    source: text({ max: 120 }).describe('Where the postcodes come from: "ONS Postcode Directory", "OS Code-Point Open", or "Made up" for sample data.'),
    file: text({ max: 200 }).describe('The name of the file they were imported from, like "ONSPD_NOV_2026_UK.csv".'),
    imported: isoDate().describe('When they were imported, as YYYY-MM-DD.'),
    licence: text({ max: 120 }).describe('The licence the postcodes are published under, like "Open Government Licence v3.0".'),
    attribution: text({ max: 600 }).describe('The words the licence asks the site to show with the data, like "Contains OS data © Crown copyright and database right 2026."'),
    sample: z.boolean().optional().describe('true for made-up sample postcodes.'),
    count: z.number({ error: 'Write how many postcodes the file has, as a number.' }).int().min(0).describe('How many postcodes the file has.'),
    postcodes: z
      .array(tableRow(), { error: `Write the postcodes as a list, one per line starting with "- ", like "- ${TABLE_ROW_EXAMPLE}".` })
      .max(POSTCODE_TABLE_MAX, { error: `A postcode district has at most ${POSTCODE_TABLE_MAX.toLocaleString('en-GB')} postcodes, so this is not one district. ${REMAKE}` })
      .describe(`One line per postcode of this file's district: the postcode, its latitude and its longitude, like "${TABLE_ROW_EXAMPLE}".`),
  })
  .superRefine((table, context) => {
    const seen = new Map<string, number>();
    table.postcodes.forEach((row, index) => {
      const postcode = parseTableRow(row)?.postcode;
      if (postcode === undefined) return;
      const first = seen.get(postcode);
      if (first === undefined) seen.set(postcode, index);
      else context.addIssue({ code: 'custom', path: ['postcodes', index], message: `${postcode} is in the file twice (also item ${first + 1}). Keep one. ${REMAKE}`, input: row });
    });
    if (table.count !== table.postcodes.length) {
      context.addIssue({
        code: 'custom',
        path: ['count'],
        message: `count says ${table.count} but the file has ${table.postcodes.length} postcodes, so part of it may be missing. ${REMAKE}`,
        input: table.count,
      });
    }
  });

export type PostcodeTableFile = z.infer<typeof postcodeTableSchema>;
