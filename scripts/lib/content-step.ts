/**
 * The build's content step, run in a process of its own while Astro builds the pages (see
 * scripts/build.ts): the content check, then, if the content passed, the open data files
 * (written to a staging folder, since Astro empties dist/ when it starts) and the search
 * records for the listings (one per language).
 *
 * On a large directory (searched area by area) this process also writes the area indexes, then
 * ends, and the system takes all of its memory back while Astro is still at work. In the
 * build's own process the records' memory stayed until Astro ended (at 25,000 listings, 430 MB,
 * even after a forced collection). The check itself runs in a worker thread of this process
 * (content-check-worker.ts), whose memory goes back when the thread ends; the thread also keeps
 * each area's records in a file (area-records.ts), and what the index of every listing in short
 * needs in another (written after Astro), so while the area indexes are written this process
 * holds one area's records at a time. On a small directory the records go back to the build,
 * which indexes them with the pages.
 *
 * It tells the build what it did in messages, in this order: the check's report ('checked'), then,
 * if the content passed, the listings ('indexed' or 'records'): see content-step-messages.ts.
 * This file is the step's process: only scripts/build.ts starts it, and nothing imports it.
 */
import { Worker } from 'node:worker_threads';
import { searchBundleCache } from './build-cache.ts';
import { closeSearchIndexer, writeAreaIndexes } from './search-index.ts';
import type { CheckedContent } from './content-check-worker.ts';
import type { ContentStepInput, ContentStepMessage } from './content-step-messages.ts';

function send(message: ContentStepMessage): Promise<void> {
  return new Promise((done, problem) => process.send!(message, undefined, undefined, (error) => (error ? problem(error) : done())));
}

/**
 * The check, the open data and the records, in a worker thread of this process. The thread's heap
 * is its own, and goes back to the system when the thread ends; the process's own heap, once
 * grown to what the check needs, would keep that size while the area indexes are written. The
 * answer is taken once the thread has ended. (Node 24 gives an ended thread's memory back to the
 * system about 8 s later, and only once this process's event loop turns: measured here, so
 * nothing the area indexes do blocks it, search-index.ts.)
 */
function checkInWorker(input: ContentStepInput): Promise<CheckedContent> {
  return new Promise((done, problem) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: input });
    let answer: CheckedContent | undefined;
    worker.once('message', (message: CheckedContent) => (answer = message));
    worker.once('error', problem);
    worker.once('exit', (status) => (answer ? done(answer) : problem(new Error(`the content check's thread ended (status ${status}) without an answer.`))));
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
  const { report, annotations, checkMs, openData, listingCount } = checked;
  await send({ kind: 'checked', ok: true, report, annotations, checkMs, openData, listingCount, split: checked.split });
  if (!checked.split) return send({ kind: 'records', records: checked.records });
  try {
    const started = performance.now();
    const indexed = await writeAreaIndexes(input.staging, input.areaRecordsFolder, checked.areas, searchBundleCache(input.root));
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
