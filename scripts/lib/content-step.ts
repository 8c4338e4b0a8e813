/**
 * The build's content step, run in a process of its own while Astro builds the pages (see
 * scripts/build.ts): the content check, then, if the content passed, the open data files
 * (written to a staging folder, since Astro empties dist/ when it starts) and the search
 * records for the listings (one per language).
 *
 * On a large directory (searched area by area) this process also writes the area indexes, and
 * keeps in a file what the index of every listing in short needs (written after Astro), then
 * ends, and the system takes all of its memory back while Astro is still at work. In the
 * build's own process the records' memory stayed until Astro ended (at 25,000 listings, 430 MB,
 * even after a forced collection). The check itself runs in a worker thread of this process
 * (content-check-worker.ts), whose memory goes back when the thread ends, so while the area
 * indexes are written this process holds little more than the records. On a small directory
 * the records go back to the build, which indexes them with the pages.
 *
 * It tells the build what it did in messages, in this order: the check's report ('checked'), then,
 * if the content passed, the listings ('indexed' or 'records'): see content-step-messages.ts.
 * This file is the step's process: only scripts/build.ts starts it, and nothing imports it.
 */
import { Worker } from 'node:worker_threads';
import { isSplitByArea } from '../../src/lib/search-split.ts';
import { searchBundleCache } from './build-cache.ts';
import { closeSearchIndexer, indexListings } from './search-index.ts';
import type { CheckedContent } from './content-check-worker.ts';
import { keepListingsInShort, type ContentStepInput, type ContentStepMessage } from './content-step-messages.ts';

function send(message: ContentStepMessage): Promise<void> {
  return new Promise((done, problem) => process.send!(message, undefined, undefined, (error) => (error ? problem(error) : done())));
}

/**
 * The check, the open data and the records, in a worker thread of this process. The thread's heap
 * is its own, and goes back to the system when the thread ends; the process's own heap, once
 * grown to what the check needs, would keep that size while the area indexes are written.
 */
function checkInWorker(input: ContentStepInput): Promise<CheckedContent> {
  return new Promise((done, problem) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: input });
    worker.once('message', done);
    worker.once('error', problem);
  });
}

async function run(input: ContentStepInput): Promise<void> {
  let checked: CheckedContent;
  try {
    checked = await checkInWorker(input);
  } catch (problem) {
    return send({ kind: 'failed', message: (problem as Error).stack ?? String(problem) });
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
    await send({ kind: 'failed', message: (problem as Error).message });
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
