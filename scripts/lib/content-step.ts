/**
 * The build's content step, run in a process of its own while Astro builds the pages (see
 * scripts/build.ts): the content check, then, if the content passed, the open data files
 * (written to a staging folder, since Astro empties dist/ when it starts) and the search
 * records for the listings (one per language).
 *
 * On a large directory (searched area by area) this process also writes the area indexes, and
 * keeps in a file what the index of every listing in short needs (written after Astro), then
 * ends. The records are the largest thing the build holds beside Astro, and only the end of a
 * process gives all of their memory back: a worker thread's or a collection's did not (at
 * 25,000 listings the build's own process stayed at 430 MB until Astro ended). On a small
 * directory the records go back to the build, which indexes them with the pages.
 *
 * It tells the build what it did in messages, in this order: the check's report ('checked'), then,
 * if the content passed, the listings ('indexed' or 'records'): see content-step-messages.ts.
 * This file is the step's process: only scripts/build.ts starts it, and nothing imports it.
 */
import { checkContent, formatGithubAnnotations, formatReport } from '../../src/lib/content-check/index.ts';
import { serviceSearchRecords } from '../../src/lib/directory/search-record.ts';
import { directoryNames } from '../../src/lib/directory/names.ts';
import { withPlaceCoordinates } from '../../src/lib/postcodes/place-coordinates.ts';
import { joinPostcodeTables } from '../../src/lib/postcodes/table.ts';
import { isSplitByArea } from '../../src/lib/search-split.ts';
import { writeOpenData } from './write-open-data.ts';
import { searchBundleCache } from './build-cache.ts';
import { closeSearchIndexer, indexListings } from './search-index.ts';
import { keepListingsInShort, type ContentStepInput, type ContentStepMessage } from './content-step-messages.ts';

function send(message: ContentStepMessage): Promise<void> {
  return new Promise((done, problem) => process.send!(message, undefined, undefined, (error) => (error ? problem(error) : done())));
}

function check({ root, staging, skipCheck }: ContentStepInput) {
  const started = performance.now();
  const result = checkContent({ root });
  const report = formatReport(result.problems, result.filesChecked);
  const annotations = process.env.GITHUB_ACTIONS === 'true' && result.problems.length ? formatGithubAnnotations(result.problems) : '';
  if (!result.ok && !skipCheck) return { ok: false as const, report, annotations };
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
  // One record per listing and language, each for its language's index.
  const records = services.flatMap((entry) => serviceSearchRecords(entry, names)).sort((a, b) => a.url.localeCompare(b.url));
  return { ok: true as const, report, annotations, checkMs, openData, records };
}

async function run(input: ContentStepInput): Promise<void> {
  let checked: ReturnType<typeof check>;
  try {
    checked = check(input);
  } catch (problem) {
    return send({ kind: 'failed', during: 'check', message: (problem as Error).stack ?? String(problem) });
  }
  if (!checked.ok) return send({ kind: 'checked', ok: false, report: checked.report, annotations: checked.annotations });
  const { records, ...figures } = checked;
  // The directory's size, for the search split, is its number of available listings (one record per listing and language).
  const listingCount = new Set(records.map((record) => record.id)).size;
  const split = isSplitByArea(listingCount, process.env);
  await send({ kind: 'checked', ...figures, listingCount, split });
  if (!split) return send({ kind: 'records', records });
  try {
    const started = performance.now();
    const indexed = await indexListings(input.staging, records, true, searchBundleCache(input.root));
    keepListingsInShort(input.inShortFile, indexed.inShort ?? []);
    await send({ kind: 'indexed', areaBundles: indexed.areaBundles, areaBundlesCopied: indexed.areaBundlesCopied, ms: performance.now() - started });
  } catch (problem) {
    await send({ kind: 'failed', during: 'index', message: (problem as Error).message });
  }
}

/** Stopped (the build was stopped, or its process went away): Pagefind's process is stopped too. */
let ending = false;
function end(status: number): void {
  if (ending) return;
  ending = true;
  void closeSearchIndexer().finally(() => process.exit(status));
}
process.on('SIGTERM', () => end(143));
process.on('SIGINT', () => end(130));
process.on('disconnect', () => end(0));
process.once('message', (input: ContentStepInput) => {
  void run(input).finally(() => end(0));
});
