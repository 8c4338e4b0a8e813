/**
 * Every place should be findable on a map and by "near me": by its own latitude and longitude, or
 * by its postcode in the postcode table (content/postcodes.yaml). A place with neither is a
 * warning, not an error: the listing still works, it is only missing from distances and maps.
 */
import { contentFilePath, contentTypeOf } from '../../content-model/content-types.ts';
import { placeCoordinates } from '../postcodes/place-coordinates.ts';
import { readPostcodeTable } from '../postcodes/table.ts';
import type { LoadedContent } from './entries.ts';
import { locateInEntry, warningAt, type Problem } from './problem.ts';

const TABLE = contentFilePath('postcodes', 'postcodes');
const IMPORT = 'npm run import:postcodes';
const UNFOUND = 'so it cannot be shown on a map or in "near me" distances';

/** `files` are the paths inside content/, to tell a missing table from one that failed its own check (which says so itself). */
export function checkPlaceCoordinates(content: LoadedContent, files: readonly string[]): Problem[] {
  const [tableEntry] = content.entriesOf('postcodes');
  if (!tableEntry && files.includes(contentTypeOf('postcodes').pattern)) return [];
  const table = readPostcodeTable(tableEntry?.data.postcodes ?? []);
  const problems: Problem[] = [];
  const warn = (entry: Parameters<typeof locateInEntry>[0] & { readonly file: string }, path: PropertyKey[], message: string) => {
    const at = locateInEntry(entry, path);
    problems.push(warningAt(entry.file, message, at.line, at.path));
  };
  for (const entry of content.entriesOf('services')) {
    (entry.data.locations ?? []).forEach((place, index) => {
      if (placeCoordinates(place, table)) return;
      const why = tableEntry
        ? `This place has no latitude and longitude, and its postcode ${place.postcode} is not in the postcode table (${TABLE}), ${UNFOUND}. Check the postcode, or add latitude and longitude (find the place on a map), or import a newer postcode file with ${IMPORT}.`
        : `This place has no latitude and longitude, and the site has no postcode table (${TABLE}), ${UNFOUND}. Add latitude and longitude (find the place on a map), or import your area's postcodes with ${IMPORT}.`;
      warn(entry, ['locations', index, 'postcode'], why);
    });
  }
  for (const entry of content.entriesOf('courses')) {
    const place = entry.data.location;
    if (!place || placeCoordinates(place, table)) continue;
    const why = tableEntry
      ? `The course's postcode ${place.postcode} is not in the postcode table (${TABLE}), ${UNFOUND}. Check the postcode, or import a newer postcode file with ${IMPORT}.`
      : `The site has no postcode table (${TABLE}), so this course's place cannot be shown on a map or in "near me" distances. Import your area's postcodes with ${IMPORT}.`;
    warn(entry, ['location', 'postcode'], why);
  }
  return problems;
}
