/**
 * The postcode table (content/postcodes/, one file per postcode district) against the rest of
 * the content:
 * - each file is named after a postcode district and holds only that district's postcodes;
 * - every place should be findable on a map and by "near me": by its own latitude and longitude,
 *   or by its postcode in the table. A place with neither is a warning, not an error: the listing
 *   still works, it is only missing from distances and maps.
 */
import { contentFolderOf, contentTypeOf } from '../../content-model/content-types.ts';
import { placeCoordinates } from '../postcodes/place-coordinates.ts';
import { normalisePostcode, postcodeDistrict } from '../postcodes/postcode.ts';
import { districtOfTableFile, joinPostcodeTables, parseTableRow, tableFileId } from '../postcodes/table.ts';
import type { ContentEntry, LoadedContent } from './entries.ts';
import { errorAt, locateInEntry, warningAt, type Problem } from './problem.ts';

const TABLE = `${contentFolderOf('postcodes')}/`;
/** The table's folder as the check lists files, inside content/: "postcodes/". */
const TABLE_IN_CONTENT = contentTypeOf('postcodes').pattern.replace(/\*.*$/, '');
const IMPORT = 'npm run import:postcodes';
const UNFOUND = 'so it cannot be shown on a map or in "near me" distances';
/** How many unfound places the check names one by one, with their lines; the rest are counted in one more warning. */
export const PLACES_NAMED_ONE_BY_ONE = 20;
/** A district in small letters, as the table's files are named: nm1, sw1a. */
const DISTRICT_FILE_ID = /^[a-z]{1,2}[0-9][a-z0-9]?$/;

/** Each file of the table is one district's: its name, and every postcode in it. */
function checkTableFiles(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.entriesOf('postcodes')) {
    if (!DISTRICT_FILE_ID.test(entry.id)) {
      problems.push(
        errorAt(
          entry.file,
          `${TABLE} holds one file per postcode district, named after it in small letters, like nm1.yaml for NM1. "${entry.id}" is not a postcode district: make the table again with ${IMPORT}.`,
        ),
      );
      continue;
    }
    const district = districtOfTableFile(entry.id);
    entry.data.postcodes.forEach((row, index) => {
      const postcode = parseTableRow(row)?.postcode;
      if (postcode === undefined || postcodeDistrict(postcode) === district) return;
      const at = locateInEntry(entry, ['postcodes', index]);
      problems.push(
        errorAt(
          entry.file,
          `${postcode} is in district ${postcodeDistrict(postcode)}, so it belongs in ${TABLE}${tableFileId(postcodeDistrict(postcode))}.yaml, not in this file for ${district}. Make the table again with ${IMPORT}.`,
          at.line,
          at.path,
        ),
      );
    });
  }
  return problems;
}

/** `files` are the paths inside content/, to tell a district with no file from one whose file failed its own check (which says so itself). */
function checkPlacesFound(content: LoadedContent, files: readonly string[]): Problem[] {
  const parts = content.entriesOf('postcodes');
  const table = joinPostcodeTables(parts.map((entry) => entry.data));
  const unread = new Set(files.filter((file) => file.startsWith(TABLE_IN_CONTENT)).map((file) => districtOfTableFile(file.slice(TABLE_IN_CONTENT.length).replace(/\.yaml$/, ''))));
  for (const entry of parts) unread.delete(districtOfTableFile(entry.id));
  const hasTable = parts.length > 0 || unread.size > 0;
  /** Whether the place's district's file failed its check: that file's error says what to do. */
  const inUnreadFile = (postcode: string) => {
    const canonical = normalisePostcode(postcode);
    return canonical !== undefined && unread.has(postcodeDistrict(canonical));
  };
  const problems: Problem[] = [];
  // Finding a warning's line reads its file again, so on a large directory with no postcode
  // table (every place unfound) only the first few are named one by one, and the rest counted.
  const unfound: { entry: Pick<ContentEntry, 'file' | 'source' | 'listIndex'>; path: PropertyKey[]; message: string }[] = [];
  const warn = (entry: Pick<ContentEntry, 'file' | 'source' | 'listIndex'>, path: PropertyKey[], message: string) => unfound.push({ entry, path, message });
  for (const entry of content.entriesOf('services')) {
    (entry.data.locations ?? []).forEach((place, index) => {
      if (placeCoordinates(place, table) || inUnreadFile(place.postcode)) return;
      const why = hasTable
        ? `This place has no latitude and longitude, and its postcode ${place.postcode} is not in the postcode table (${TABLE}), ${UNFOUND}. Check the postcode, or add latitude and longitude (find the place on a map), or import a newer postcode file with ${IMPORT}.`
        : `This place has no latitude and longitude, and the site has no postcode table (${TABLE}), ${UNFOUND}. Add latitude and longitude (find the place on a map), or import your area's postcodes with ${IMPORT}.`;
      warn(entry, ['locations', index, 'postcode'], why);
    });
  }
  for (const entry of content.entriesOf('courses')) {
    const place = entry.data.location;
    if (!place || placeCoordinates(place, table) || inUnreadFile(place.postcode)) continue;
    const why = hasTable
      ? `The course's postcode ${place.postcode} is not in the postcode table (${TABLE}), ${UNFOUND}. Check the postcode, or import a newer postcode file with ${IMPORT}.`
      : `The site has no postcode table (${TABLE}), so this course's place cannot be shown on a map or in "near me" distances. Import your area's postcodes with ${IMPORT}.`;
    warn(entry, ['location', 'postcode'], why);
  }
  for (const { entry, path, message } of unfound.slice(0, PLACES_NAMED_ONE_BY_ONE)) {
    const at = locateInEntry(entry, path);
    problems.push(warningAt(entry.file, message, at.line, at.path));
  }
  const rest = unfound.slice(PLACES_NAMED_ONE_BY_ONE);
  if (rest.length > 0) {
    const files = [...new Set(rest.map((item) => item.entry.file))];
    problems.push(
      warningAt(
        rest[0]!.entry.file,
        `${rest.length} more places (in ${files.length} files, like ${files.slice(0, 3).join(', ')}) have no latitude and longitude, and their postcodes are not in the postcode table, so they cannot be shown on a map or in "near me" distances. ${hasTable ? `Import a newer postcode file with ${IMPORT}, or check their postcodes.` : `Import your area's postcodes with ${IMPORT}.`}`,
      ),
    );
  }
  return problems;
}

export function checkPostcodes(content: LoadedContent, files: readonly string[]): Problem[] {
  return [...checkTableFiles(content), ...checkPlacesFound(content, files)];
}
