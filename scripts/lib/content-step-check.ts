/**
 * The content step's first half, in a child process of the content step's process
 * (scripts/lib/content-step.ts): the content check, then, if the content passed, the open data
 * files (written to a staging folder, since Astro empties dist/ when it starts) and the search
 * records for the listings (one per language). The result goes back as one message. On a large
 * directory (searched area by area) the records stay here: each area's are written to a file of
 * its own (scripts/lib/area-records.ts), and what the index of every listing in short needs to
 * another, so the step's process reads one area's at a time as it writes the area indexes.
 */
import { checkContent, formatGithubAnnotations, formatReport } from '../../src/lib/content-check/index.ts';
import { serviceSearchRecords, type ServiceSearchRecord } from '../../src/lib/directory/search-record.ts';
import { directoryNames } from '../../src/lib/directory/names.ts';
import { withPlaceCoordinates } from '../../src/lib/postcodes/place-coordinates.ts';
import { joinPostcodeTables } from '../../src/lib/postcodes/table.ts';
import { isSplitByArea } from '../../src/lib/search-split.ts';
import { writeOpenData } from './write-open-data.ts';
import { keepRecordsByArea } from './area-records.ts';
import { keepListingsInShort, type ContentPassed, type ContentRefused, type ContentStepInput } from './content-step-messages.ts';

/** The check's answer: when the content passed, the listings' records, or on a large directory the areas whose records were kept in files. */
export type CheckedContent = ContentRefused | (ContentPassed & ({ readonly split: false; readonly records: ServiceSearchRecord[] } | { readonly split: true; readonly areas: string[] }));

/** The check and, if the content passed, its open data files and every listing's search records (one per language, each for its language's index). */
function checkAndMakeRecords({ root, staging, skipCheck }: ContentStepInput): ContentRefused | (Omit<ContentPassed, 'listingCount' | 'split'> & { readonly records: ServiceSearchRecord[] }) {
  const started = performance.now();
  const result = checkContent({ root });
  const report = formatReport(result.problems, result.filesChecked);
  const annotations = process.env.GITHUB_ACTIONS === 'true' && result.problems.length ? formatGithubAnnotations(result.problems) : '';
  if (!result.ok && !skipCheck) return { ok: false, report, annotations };
  const checkMs = performance.now() - started;

  const plain = <C extends 'services' | 'organisations' | 'areas'>(collection: C) => result.entries.entriesOf(collection).map((entry) => ({ id: entry.id, data: entry.data }));
  // A place with a postcode but no latitude and longitude gets its postcode's (as the pages do).
  const postcodes = joinPostcodeTables(result.entries.entriesOf('postcodes').map((part) => part.data));
  const services = plain('services').map((entry) => ({ ...entry, data: withPlaceCoordinates(entry.data, postcodes) }));
  const organisations = plain('organisations');
  const areas = plain('areas');
  const site = result.entries.get('site')?.[0]?.data;

  const openDataStarted = performance.now();
  const written = writeOpenData(staging, { services, organisations, areas, siteArea: site?.area ?? '' });
  const openData = { services: written.services, ms: performance.now() - openDataStarted };

  const names = directoryNames(areas, organisations);
  const records = services.flatMap((entry) => serviceSearchRecords(entry, names)).sort((a, b) => a.url.localeCompare(b.url));
  return { ok: true, report, annotations, checkMs, openData, records };
}

/**
 * The check's answer. On a large directory, the checked entries can be let go before the records
 * are kept in files (checkAndMakeRecords has returned by then), and each area's marked records are
 * made one area at a time (keepRecordsByArea). Measured at 25,000 listings, the check's process and
 * the step alone, five runs before and six after: at their highest 1,027 to 1,391 MB before (two
 * runs over 1,380 MB, when the entries were still held as the area files were written), 1,012 to
 * 1,147 MB after.
 */
function check(input: ContentStepInput): CheckedContent {
  const checked = checkAndMakeRecords(input);
  if (!checked.ok) return checked;
  const { records, ...passed } = checked;
  // The directory's size, for the search split, is its number of available listings.
  const listingCount = new Set(records.map((record) => record.id)).size;
  if (!isSplitByArea(listingCount, process.env)) return { ...passed, listingCount, split: false, records };
  keepListingsInShort(input.inShortFile, records);
  return { ...passed, listingCount, split: true, areas: keepRecordsByArea(input.areaRecordsFolder, records) };
}

// The step sends what to check; the answer goes back, and this process ends: its memory goes
// back to the system at once (an ended worker thread's came back about 8 s later, in Node 24).
process.once('message', (input: ContentStepInput) => {
  process.send!(check(input), undefined, undefined, () => process.exit(0));
});
