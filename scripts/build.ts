/**
 * npm run build — builds the site into dist/. Two things run side by side, one on each core:
 *   - Astro builds every page;
 *   - the content step, a process of its own (scripts/lib/content-step.ts), runs the content
 *     check, then writes the open data files (Open Referral UK JSON and CSV) and the search
 *     records for the listings, and Pagefind indexes the listings (on a large directory, in that
 *     process, which then ends and gives its memory back while Astro is still at work).
 * If the content check finds a problem, Astro is stopped and nothing is built. When both are
 * done, the open data and the listings' search indexes join the pages, and the pages marked
 * for search are indexed from their HTML.
 * Everything is built in a temporary folder (.build-<process id>/) beside dist/, and swapped into
 * dist/ only when every step has passed. Stopped part way (Ctrl-C, SIGTERM, or the process that
 * started it killed), the build stops Astro, the content step and Pagefind, removes its temporary
 * folder and leaves the previous dist/ exactly as it was. If a step fails, dist/ is removed, so a
 * broken or out-of-date site can never be deployed.
 * Options: --root <folder> builds another copy of the site; --skip-content-check is for tests
 * that must build content the check would refuse.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { on } from 'node:events';
import { setPriority } from 'node:os';
import { readListingsInShort, type ContentStepInput, type ContentStepMessage } from './lib/content-step-messages.ts';
import { closeSearchIndexer, indexListings, writePageIndexes, type ListingsIndexed } from './lib/search-index.ts';
import { addSearchPreloads } from './lib/search-preloads.ts';
import { codeFingerprint, forgetPagesBuiltWithOtherCode, rememberCode } from './lib/build-cache.ts';
import { readCommandLine } from './lib/command-line.ts';
import { ASTRO_ALLOCATOR_SETTINGS, astroNodeOptions } from './lib/astro-memory.ts';
import { contentExtensionOf, contentFolderOf } from '../src/content-model/content-types.ts';

const { values } = readCommandLine('npm run build [-- --root <folder>] [--skip-content-check]', { root: { type: 'string', default: '.' }, 'skip-content-check': { type: 'boolean', default: false } });
const root = resolve(values.root);
const skipCheck = values['skip-content-check'];
const dist = join(root, 'dist');
/** This build's temporary folder: the new site is built in `site/`, files made beside the pages wait in `staging/`. */
const work = join(root, `.build-${process.pid}`);
const site = join(work, 'site');
const staging = join(work, 'staging');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
/** A lower priority (a higher "nice" value) for the work done beside Astro. */
const BACKGROUND_PRIORITY = 10;
const started = performance.now();
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function fail(message: string, status = 1): never {
  rmSync(dist, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  console.error(message);
  process.exit(status);
}

/**
 * Removes a folder in a process of its own, which goes on after the build has ended: the last
 * dist/ of a large directory (over 100,000 files at 10,000 listings) takes many seconds to
 * delete, and nobody needs to wait for that. The folder is first renamed .build-old-<pid>, so no
 * build uses it again; a build that finds one left over (the machine stopped) removes it the same way.
 */
const BEING_REMOVED = '.build-old-';
let removed = 0;
function removeInBackground(folder: string): void {
  let gone = folder;
  if (!basename(folder).startsWith(BEING_REMOVED)) {
    gone = join(root, `${BEING_REMOVED}${process.pid}-${(removed += 1)}`);
    renameSync(folder, gone);
  }
  spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', gone], { detached: true, stdio: 'ignore' }).unref();
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

/** Whether a process is still running. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (problem) {
    return (problem as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let astro: ChildProcess | undefined = undefined; // set once the build starts; read by the stop handler before then
let astroDone: Promise<{ status: number | null; signal: NodeJS.Signals | null; ms: number }> | undefined = undefined;
let contentStep: ChildProcess | undefined;
/** Resolves when the content step's process has ended (set when it starts). */
let contentStepEnded: Promise<void> | undefined;
/** True while the new site is being swapped into dist/: a stop then waits until the swap is done. */
let swapping = false;
let stopping: NodeJS.Signals | undefined;

/**
 * Stopped part way: stop Astro and the content step (waiting for them, so they write nothing
 * more) and Pagefind, remove the temporary folder, and leave dist/ as it was.
 */
async function stop(signal: NodeJS.Signals): Promise<never> {
  if (stopping) return new Promise<never>(() => {});
  stopping = signal;
  if (astro && astro.exitCode === null && astro.signalCode === null) {
    const running = astro;
    running.kill('SIGTERM');
    const forced = setTimeout(() => running.kill('SIGKILL'), 5000);
    await astroDone;
    clearTimeout(forced);
  }
  if (contentStep && contentStep.exitCode === null && contentStep.signalCode === null) {
    contentStep.kill('SIGTERM');
    await contentStepEnded;
  }
  await closeSearchIndexer().catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
  console.error(`The build was stopped (${signal}). dist/ is as it was before, and nothing was left behind.`);
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
/** Waits for ever: used once a stop has begun, so that nothing else runs while stop() cleans up and exits. */
const halt = () => new Promise<never>(() => {});

/** A step failed: remove dist/ and say why; but if the build is being stopped, that takes over. */
async function failed(message: string, status = 1): Promise<never> {
  // A signal to the whole process group reaches Astro and Pagefind too; give it a moment to be seen here.
  await new Promise((resolve) => setTimeout(resolve, 100));
  if (stopping) return halt();
  return fail(message, status);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (swapping) stopping ??= signal;
    else void stop(signal);
  });
}
// If the process that started the build goes away (npm killed outright), the build stops too,
// rather than running on unseen and writing dist/ later.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent && !swapping) void stop('SIGHUP');
}, 250).unref();

// Temporary folders of builds that were killed outright (SIGKILL cannot be caught); the folder
// of a build still running in this project is left alone. (.build-staging/ is the old name.)
for (const name of readdirSync(root)) {
  const match = /^\.build-(\d+|staging)$/.exec(name);
  if ((match && (match[1] === 'staging' || !isRunning(Number(match[1])))) || name.startsWith(BEING_REMOVED)) removeInBackground(join(root, name));
}
mkdirSync(staging, { recursive: true });

// Pages kept from a build of other code may link style sheets and scripts this build renames: see scripts/lib/build-cache.ts.
const code = codeFingerprint(root);
if (forgetPagesBuiltWithOtherCode(root, code)) console.log("The site's code has changed since the last build, so every page is built again.");

// Astro's heap is held to a limit that grows with the directory and to twice its live data, and
// its bundler's allocator gives back what it frees (scripts/lib/astro-memory.ts). Astro starts
// before the content check has read anything, so here the directory's size is its number of
// listing files, named as the content model says (the search split, below, counts the available listings).
const servicesFolder = join(root, contentFolderOf('services'));
const listingEnding = `.${contentExtensionOf('services')}`;
const listingFiles = existsSync(servicesFolder) ? readdirSync(servicesFolder).filter((name) => name.endsWith(listingEnding)).length : 0;
// Astro's messages are held back until the content check has spoken, so they never mix.
astro = spawn(process.execPath, [...astroNodeOptions(listingFiles), join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root, '--outDir', site], {
  env: { ...env, ...ASTRO_ALLOCATOR_SETTINGS },
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
});
// Astro's page build is the longest step, so it keeps the normal priority; this process, and the
// content step and Pagefind started from it, give way to it when they share a core.
setPriority(BACKGROUND_PRIORITY);
let held: { stream: NodeJS.WriteStream; chunk: Buffer }[] | undefined = [];
for (const [from, to] of [
  [astro.stdout!, process.stdout],
  [astro.stderr!, process.stderr],
] as const) {
  from.on('data', (chunk: Buffer) => (held ? held.push({ stream: to, chunk }) : to.write(chunk)));
}
const astroFinished = new Promise<{ status: number | null; signal: NodeJS.Signals | null; ms: number }>((done) =>
  astro!.on('close', (status, signal) => done({ status, signal, ms: performance.now() - started })),
);
astroDone = astroFinished;
/** Stops Astro and the content step and waits for them to end, so they write nothing after dist/ is removed, then fails. */
async function stopAstroAndFail(message: string): Promise<never> {
  if (stopping) return halt();
  astro!.kill();
  contentStep?.kill();
  await Promise.all([astroFinished, contentStepEnded]);
  return failed(message);
}

/** Where the content step keeps what the index of every listing in short needs, on a large directory, until Astro has ended. */
const inShortFile = join(work, 'listings-in-short.json');
/** Where it keeps each area's search records, on a large directory, until the area's index is written. */
const areaRecordsFolder = join(work, 'area-records');

/**
 * Starts the content step in its own process (scripts/lib/content-step.ts). `next(kinds)` is the
 * step's next message of one of those kinds; it fails if the step ends without sending one.
 */
function startContentStep(input: ContentStepInput) {
  const step = fork(new URL('./lib/content-step.ts', import.meta.url), [], { env, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  contentStep = step;
  contentStepEnded = new Promise<void>((done) => step.once('close', () => done()));
  // Every message, in order, kept until it is read; the list ends when the step's process has ended.
  const messages = on(step, 'message', { close: ['close'] }) as AsyncIterableIterator<[ContentStepMessage]>;
  step.send(input);
  async function next<K extends ContentStepMessage['kind']>(...kinds: K[]): Promise<Extract<ContentStepMessage, { kind: K | 'failed' }>> {
    for (let item = await messages.next(); !item.done; item = await messages.next()) {
      const [message] = item.value;
      if (message.kind === 'failed' || (kinds as string[]).includes(message.kind)) return message as Extract<ContentStepMessage, { kind: K | 'failed' }>;
    }
    throw new Error(`the content step ended (status ${step.exitCode ?? step.signalCode}) before it had finished.`);
  }
  return { next };
}

/**
 * Runs the content step beside Astro, says what the check found, and starts indexing the
 * listings. On a large directory the content step writes the area indexes itself and then ends,
 * so the listings' search records (the largest thing the build holds beside Astro) never come
 * to this process; on a small one they come here, to be indexed with the pages. What comes back
 * is the step's figures and the indexing under way.
 */
async function checkContentAndIndexListings() {
  const step = startContentStep({ root, staging, inShortFile, areaRecordsFolder, skipCheck });
  const checkFailed = (problem: string) => stopAstroAndFail(`The content could not be checked: ${problem}`);
  const content = await step.next('checked').catch((problem: Error) => checkFailed(problem.message));
  const checked = content.kind === 'failed' ? await checkFailed(content.message) : content;
  if (stopping) await halt();
  console.log(checked.report);
  if (checked.annotations) console.log(checked.annotations);
  const prepared = checked.ok ? checked : await stopAstroAndFail('The site was not built, because the content check found problems.');
  for (const { stream, chunk } of held ?? []) stream.write(chunk);
  held = undefined;

  const indexing = (async (): Promise<{ indexed: ListingsIndexed; ms: number }> => {
    const listings = await step.next('indexed', 'records');
    if (listings.kind === 'failed') throw new Error(listings.message);
    if (listings.kind === 'indexed') return { indexed: { areaBundles: listings.areaBundles, areaBundlesCopied: listings.areaBundlesCopied }, ms: listings.ms };
    const indexStarted = performance.now();
    const indexed = await indexListings(listings.records);
    return { indexed, ms: performance.now() - indexStarted };
  })().catch((problem: Error) => stopAstroAndFail(`The search index of listings could not be written: ${problem.message}`));
  return { checkMs: prepared.checkMs, openData: prepared.openData, listingCount: prepared.listingCount, split: prepared.split, indexing };
}

const prepared = await checkContentAndIndexListings();
const { listingCount, split } = prepared;
const [pages, listings] = await Promise.all([astroFinished, prepared.indexing, contentStepEnded]);
if (stopping) await halt();
// Astro stopped by a signal (Ctrl-C reaches the whole process group) is a stop, not a failure.
if (pages.signal || pages.status === 130 || pages.status === 143) await stop(pages.signal ?? (pages.status === 130 ? 'SIGINT' : 'SIGTERM'));
if (pages.status !== 0) await failed('The build failed, so dist/ was removed. Read the messages above.', pages.status ?? 1);
rememberCode(root, code);

moveInto(staging, site);

const mainStarted = performance.now();
try {
  // A large directory's listings in short, kept by the content step, are read only now that Astro has ended.
  const indexed = await writePageIndexes(site, split ? { ...listings.indexed, inShort: readListingsInShort(inShortFile) } : listings.indexed);
  addSearchPreloads(site);
  console.log(
    split
      ? `Search index: ${indexed.pages} pages (${indexed.localPages} of them also searched by area), and ${listingCount} listings in ${listings.indexed.areaBundles} area indexes (${listings.indexed.areaBundlesCopied} of them unchanged, copied from the last build) and one index of every listing in short (areas ${seconds(listings.ms)} beside pages, the rest ${seconds(performance.now() - mainStarted)}).`
      : `Search index: ${indexed.pages} pages and ${listingCount} listings in ${indexed.languages} languages (listings ${seconds(listings.ms)} beside pages, pages ${seconds(performance.now() - mainStarted)} after).`,
  );
} catch (problem) {
  await failed(`The search index could not be written, so dist/ was removed: ${(problem as Error).message}`);
} finally {
  await closeSearchIndexer();
}

// Every step passed: the new site takes the place of the old one. A stop asked for now waits
// until the swap is done, so dist/ is always a whole site.
if (stopping) await halt();
swapping = true;
const previous = join(work, 'previous');
if (existsSync(dist)) renameSync(dist, previous);
renameSync(site, dist);
removeInBackground(work);
swapping = false;

console.log(
  `Built ${dist} in ${seconds(performance.now() - started)}: content check ${seconds(prepared.checkMs)} and open data (${prepared.openData.services} services) ${seconds(prepared.openData.ms)} beside pages ${seconds(pages.ms)}; search index ${seconds(performance.now() - mainStarted)} after.`,
);
if (stopping) process.exit(stopping === 'SIGINT' ? 130 : 143);
