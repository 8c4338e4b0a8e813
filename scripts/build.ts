/**
 * npm run build — builds the site into dist/. Two things run side by side, one on each core:
 *   - Astro builds every page;
 *   - a worker thread runs the content check, then writes the open data files (Open Referral UK
 *     JSON and CSV) and the search records for the listings, and Pagefind indexes the listings.
 * If the content check finds a problem, Astro is stopped and nothing is built. When both are
 * done, the open data and the listings' search indexes move into dist/, and the pages marked
 * for search are indexed from their HTML.
 * If any step fails, dist/ is removed, so a broken site can never be deployed.
 * Options: --root <folder> builds another copy of the site; --skip-content-check is for tests
 * that must build content the check would refuse.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ContentWorkerInput, ContentWorkerResult } from './lib/content-worker.ts';
import { isSplitByArea } from '../src/lib/search-split.ts';
import { closeSearchIndexer, indexListings, writePageIndexes } from './lib/search-index.ts';
import { readCommandLine } from './lib/command-line.ts';

const { values } = readCommandLine('npm run build [-- --root <folder>] [--skip-content-check]', { root: { type: 'string', default: '.' }, 'skip-content-check': { type: 'boolean', default: false } });
const root = resolve(values.root);
const skipCheck = values['skip-content-check'];
const dist = join(root, 'dist');
// Files made beside the pages wait here: Astro empties dist/ when it starts.
const staging = join(root, '.build-staging');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
/** A lower priority (a higher "nice" value) for the work done beside Astro. */
const BACKGROUND_PRIORITY = 10;
const started = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function fail(message: string, status = 1): never {
  rmSync(dist, { recursive: true, force: true });
  rmSync(staging, { recursive: true, force: true });
  console.error(message);
  process.exit(status);
}

/** Moves every file under `from` to the same place under `to`, keeping what is already there. */
function moveInto(from: string, to: string): void {
  for (const item of readdirSync(from, { withFileTypes: true })) {
    const target = join(to, item.name);
    if (!existsSync(target)) renameSync(join(from, item.name), target);
    else if (item.isDirectory() && statSync(target).isDirectory()) moveInto(join(from, item.name), target);
    else fail(`Two steps of the build both wrote ${target}.`);
  }
}

rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });

// Astro's messages are held back until the content check has spoken, so they never mix.
const astro = spawn(process.execPath, [join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root], { env, stdio: ['ignore', 'pipe', 'pipe'] });
// Astro's page build is the longest step, so it keeps the normal priority; this thread, and the
// worker and Pagefind started from it, give way to it when they share a core.
setPriority(BACKGROUND_PRIORITY);
let held: { stream: NodeJS.WriteStream; chunk: Buffer }[] | undefined = [];
for (const [from, to] of [[astro.stdout, process.stdout], [astro.stderr, process.stderr]] as const) {
  from.on('data', (chunk: Buffer) => (held ? held.push({ stream: to, chunk }) : to.write(chunk)));
}
const astroDone = new Promise<{ status: number | null; ms: number }>((done) => astro.on('close', (status) => done({ status, ms: performance.now() - started })));

/** Stops Astro and waits for it to end, so it writes nothing after dist/ is removed, then fails. */
async function stopAstroAndFail(message: string): Promise<never> {
  astro.kill();
  await astroDone;
  return fail(message);
}

const input: ContentWorkerInput = { root, staging, skipCheck };
const content = await new Promise<ContentWorkerResult>((done, problem) => {
  const worker = new Worker(new URL('./lib/content-worker.ts', import.meta.url), { workerData: input });
  worker.once('message', done);
  worker.once('error', problem);
}).catch((problem: Error) => stopAstroAndFail(`The content could not be checked: ${problem.stack ?? problem.message}`));

console.log(content.report);
if (content.annotations) console.log(content.annotations);
const prepared = content.ok ? content : await stopAstroAndFail('The site was not built, because the content check found problems.');
for (const { stream, chunk } of held) stream.write(chunk);
held = undefined;

const records = prepared.searchRecords;
const split = isSplitByArea(records.length, env);
const [pages, listings] = await Promise.all([
  astroDone,
  (async () => {
    const indexStarted = performance.now();
    const indexed = await indexListings(staging, records, split);
    return { indexed, ms: performance.now() - indexStarted };
  })().catch((problem: Error) => stopAstroAndFail(`The search index of listings could not be written: ${problem.message}`)),
]);
if (pages.status !== 0) fail('The build failed, so dist/ was removed. Read the messages above.', pages.status ?? 1);

moveInto(staging, dist);
rmSync(staging, { recursive: true, force: true });

const mainStarted = performance.now();
try {
  const indexed = await writePageIndexes(dist, listings.indexed);
  console.log(
    split
      ? `Search index: ${indexed.pages} pages (${indexed.localPages} of them also searched by area), and ${records.length} listings in ${listings.indexed.areaBundles} area indexes (areas ${seconds(listings.ms)} beside pages, the rest ${seconds(performance.now() - mainStarted)}).`
      : `Search index: ${indexed.pages} pages and ${records.length} listings (listings ${seconds(listings.ms)} beside pages, pages ${seconds(performance.now() - mainStarted)} after).`,
  );
} catch (problem) {
  fail(`The search index could not be written, so dist/ was removed: ${(problem as Error).message}`);
} finally {
  await closeSearchIndexer();
}

console.log(
  `Built ${dist} in ${seconds(performance.now() - started)}: content check ${seconds(prepared.checkMs)} and open data (${prepared.openData.services} services) ${seconds(prepared.openData.ms)} beside pages ${seconds(pages.ms)}; search index ${seconds(performance.now() - mainStarted)} after.`,
);
