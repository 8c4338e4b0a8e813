/**
 * The build's content step, run in a process of its own while Astro builds the pages (see
 * scripts/build.ts): the content check, then, if the content passed, the open data files
 * (written to a staging folder, since Astro empties dist/ when it starts) and the search
 * records for the listings (one per language).
 *
 * On a large directory (searched area by area) this process also writes the area indexes, then
 * ends, and the system takes all of its memory back while Astro is still at work. In the
 * build's own process the records' memory stayed until Astro ended (at 25,000 listings, 430 MB,
 * even after a forced collection). The check itself runs in a child process of this one
 * (content-step-check.ts), whose memory goes back when it ends; that process also keeps
 * each area's records in a file (area-records.ts), and what the index of every listing in short
 * needs in another (written after Astro), so while the area indexes are written this process
 * holds one area's records at a time. On a small directory the records go back to the build,
 * which indexes them with the pages.
 *
 * It tells the build what it did in messages, in this order: the check's report ('checked'), then,
 * if the content passed, the listings ('indexed' or 'records'): see content-step-messages.ts.
 * This file is the step's process: only scripts/build.ts starts it, and nothing imports it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { searchBundleCache } from './build-cache.ts';
import { closeSearchIndexer, writeAreaIndexes } from './search-index.ts';
import type { CheckedContent } from './content-step-check.ts';
import type { ContentStepInput, ContentStepMessage } from './content-step-messages.ts';

function send(message: ContentStepMessage): Promise<void> {
  return new Promise((done, problem) => process.send!(message, undefined, undefined, (error) => (error ? problem(error) : done())));
}

/** The check's process while it runs, stopped if this step is stopped. */
let checking: ChildProcess | undefined;

/**
 * The check, the open data and the records, in a child process of this one. Its memory goes back
 * to the system the moment it ends; this process's own heap, once grown to what the check needs,
 * would keep that size while the area indexes are written. (A worker thread's memory came back
 * too, but in Node 24 about 8 s after the thread ended, while Astro was at work beside it: at
 * 25,000 listings, about 1 GB for those seconds.) The answer is taken once the process has ended.
 */
function checkInChildProcess(input: ContentStepInput): Promise<CheckedContent> {
  return new Promise((done, problem) => {
    const child = fork(new URL('./content-step-check.ts', import.meta.url), [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    checking = child;
    let answer: CheckedContent | undefined;
    child.once('message', (message: CheckedContent) => (answer = message));
    child.once('error', problem);
    // 'close', not 'exit': by then every message it sent has been read.
    child.once('close', (status, signal) => {
      checking = undefined;
      if (answer) done(answer);
      else problem(new Error(`the content check's process ended (${signal ?? `status ${status}`}) without an answer.`));
    });
    child.send(input);
  });
}

async function run(input: ContentStepInput): Promise<void> {
  let checked: CheckedContent;
  try {
    checked = await checkInChildProcess(input);
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

/** Stopped (the build was stopped, or its process went away): the check's process and Pagefind's are stopped too. */
let ending = false;
function end(status: number): void {
  if (ending) return;
  ending = true;
  const checkEnded = checking ? new Promise((done) => checking!.once('close', done)) : Promise.resolve();
  checking?.kill();
  void Promise.all([checkEnded, closeSearchIndexer()]).finally(() => process.exit(status));
}
process.on('SIGTERM', () => end(143));
process.on('SIGINT', () => end(130));
process.on('disconnect', () => end(0));
process.once('message', (input: ContentStepInput) => {
  void run(input).finally(() => end(0));
});
