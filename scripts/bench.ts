/**
 * npm run bench [-- --sizes 1000,10000 --repeat 3] — the scale benchmark (not a test: it prints figures).
 *
 * For each size N it makes a synthetic Open Referral UK v3 feed (with 5% broken records), feeds
 * it through the real `import:openreferral` path into a throwaway copy of the site, times the
 * content check (also with problems planted), builds the site, and measures:
 * build wall time and ms per page, peak memory of Astro (node) and of indexing (pagefind),
 * files and size of dist/, the largest and median page weight (HTML+CSS+JS, gzip), and the
 * bytes Chromium fetches for a first search until results show. It also builds a bare Astro
 * baseline (one minimal page per service, same data) and prints our ms per page against it, and
 * once more with as many minimal pages as ours: the least time Astro itself takes for that many.
 * Both are clean builds, run `--repeat` times in turn; the median of each counts. Figures go to bench-results/<time>.json as well, so runs can be compared.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { DISTRICT_FILE_BUDGET, describeDistrictFileSize, measureDistrictFileSize } from './lib/district-file-size.ts';
import { listingsWithRareNameWords, syntheticDirectory, syntheticFeed } from './lib/synthetic-feed.ts';
import { listFiles } from '../src/lib/files.ts';
import { measure, type Measured, type ProcessKind } from './lib/measure-process.ts';
import { copyProject, PROJECT_ROOT } from './lib/project-copy.ts';
import { measurePage, PAGE_BUDGET_BYTES, budgetFor } from './lib/page-weight.ts';
import { serveFolder } from './lib/static-server.ts';
import { readCommandLine } from './lib/command-line.ts';
import { measureOneAreaKit } from './lib/offline-kit-bench.ts';
import { routes } from '../src/lib/routes.ts';
import { BUILD_CACHE_FOLDER } from './lib/build-cache.ts';

const { values } = readCommandLine('npm run bench [-- --sizes 1000,10000] [--repeat 3] [--keep]', {
  sizes: { type: 'string', default: '1000,10000' },
  repeat: { type: 'string', default: '3' },
  keep: { type: 'boolean', default: false },
});
const sizes = values.sizes.split(',').map(Number);
const keep = values.keep;
// Each build is repeated (alternating with the baseline) and the median taken: this machine's
// disk is shared, and one slow moment would otherwise decide the ratio.
const repeat = Math.max(1, Number(values.repeat) || 1);
const node = process.execPath;
const TODAY = '2026-11-23';
const env = { ...process.env, SITE_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1' };
const MB = 1024 * 1024;
/** Where a copy of the site keeps its build cache (Astro's pages and the search bundles of areas). */
const ASTRO_CACHE = BUILD_CACHE_FOLDER;
const KIB = 1024;

/** The build's time budget at `size` listings, in seconds (issue 18). */
const buildBudgetSeconds = (size: number) => (size > 10_000 ? 90 : 60);
/** How many times bare Astro's ms per page ours may take at `size` listings (issue 18). */
const ratioBudget = (size: number) => (size > 10_000 ? 1.3 : 1.5);
/** The most a first search may fetch at `size` listings, in KiB, compressed (issue 18). */
const firstSearchBudgetKiB = (size: number) => (size <= 1000 ? 120 : 150);

/** The run with the median wall time (a failed run counts as the slowest). */
function medianRun(runs: readonly Measured[]): Measured {
  const sorted = [...runs].sort((a, b) => (a.status === 0 ? a.wallMs : Infinity) - (b.status === 0 ? b.wallMs : Infinity));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** The highest memory each kind of process reached over all runs. */
function peakOf(runs: readonly Measured[]): Record<string, number> {
  const peak: Record<string, number> = {};
  for (const run of runs) for (const [name, bytes] of Object.entries(run.peakBytes)) peak[name] = Math.max(peak[name] ?? 0, bytes);
  return peak;
}

const PROCESS_KINDS: readonly ProcessKind[] = ['node', 'content step', 'astro', 'pagefind'];
const KIND_NAMES: Record<ProcessKind, string> = { node: "the build's own process", 'content step': 'the content step', astro: 'Astro', pagefind: 'Pagefind' };

/** What each kind of process held at the build's highest moment, in words: "the build's own process 111 MB, Astro 2,416 MB, …". */
function describeAtPeak(atPeakMB: Record<ProcessKind, number>): string {
  return PROCESS_KINDS.map((kind) => `${KIND_NAMES[kind]} ${atPeakMB[kind].toLocaleString('en-GB')} MB`).join(', ');
}

/** The run whose whole build (every process at once) reached the most memory. */
function highestTotalOf(runs: readonly Measured[]): Measured {
  return runs.reduce((a, b) => (b.peakTotalBytes > a.peakTotalBytes ? b : a));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

interface FirstSearch {
  readonly bytes: number;
  readonly requests: number;
  readonly results: number;
  /** The area chosen, or "" for all areas. */
  readonly area: string;
  /** The word searched for. */
  readonly term: string;
  /** Whether a listing named `expect` was in the first 5 results (true when none was expected). */
  readonly found: boolean;
}

/** Chrome DevTools' "Slow 4G" profile: 1.6 Mbps down and 750 kbps up at 90% of the line, 562.5 ms round trip (150 ms × 3.75). */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
/** A short word that many listings share, typed as well as the rare one. */
const COMMON_WORD = 'laptop';
/** How fast the benchmark's citizen types: 5 letters a second. */
const KEY_DELAY_MS = 200;

interface TypedSearch {
  readonly term: string;
  /** From pressing Search (Enter) to the first result on screen. */
  readonly msAfterTyping: number;
  /** From opening the search page to the first result on screen. */
  readonly msFromOpening: number;
  readonly found: boolean;
}

function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/**
 * A citizen on a slow phone network opens the search page, types a word and presses Enter: how
 * long until the first result shows, and whether the listing named `expect` is in the first 5.
 */
async function typedSearchOnSlow4G(dist: string, term: string, expect?: string): Promise<TypedSearch> {
  const server = await serveFolder(dist, { compress: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await page.goto(`${server.origin}/search/`);
    // Timed in the page, by its own clock: from the Enter key to the first result in the page
    // (timed from here, the messages between this script and Chromium would add about 0.2 s).
    await page.evaluate(() => {
      const clock = window as unknown as { enterAt?: number; shownAt?: number };
      document.addEventListener('keydown', (event) => event.key === 'Enter' && (clock.enterAt ??= performance.now()), true);
      new MutationObserver(() => {
        if (clock.shownAt === undefined && document.querySelector('[data-search-results] li')) clock.shownAt = performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.getByLabel('Search the site').click();
    await page.keyboard.type(term, { delay: KEY_DELAY_MS });
    await page.keyboard.press('Enter');
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 60_000 });
    // performance.now() in the page counts from when the page was opened.
    const { enterAt, shownAt } = await page.evaluate(() => {
      const clock = window as unknown as { enterAt: number; shownAt: number };
      return { enterAt: clock.enterAt, shownAt: clock.shownAt };
    });
    const titles = await page.locator('[data-search-results] h2 a').allTextContents();
    return { term, msAfterTyping: Math.round(shownAt - enterAt), msFromOpening: Math.round(shownAt), found: expect === undefined || titles.slice(0, 5).includes(expect) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** A fingerprint of every file under a folder, to tell whether two builds wrote the same bytes. */
function folderFingerprints(folder: string): Map<string, string> {
  return new Map(listFiles(folder).map((file) => [relative(folder, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));
}

/** The files that differ between two fingerprinted folders (added, removed or changed). */
function differingFiles(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
}

/** The last area in the search page's area list (on a large directory, choosing it loads that area's listings). */
function lastArea(dist: string): string {
  const areas = JSON.parse(readFileSync(join(dist, routes.searchAreas().slice(1)), 'utf8')) as [string, string][];
  return areas.at(-1)?.[0] ?? '';
}

async function firstSearchBytes(dist: string, term: string, area: string, expect?: string): Promise<FirstSearch> {
  const server = await serveFolder(dist, { compress: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // Every request of the page and its workers (Pagefind searches in a worker), with the bytes
    // that crossed the network: headers plus the (compressed) body.
    const sizes: Promise<number>[] = [];
    page.context().on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseHeadersSize + s.responseBodySize)));
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(term)}&area=${area}`);
    await page.locator('[data-search-results] li').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(300);
    const titles = await page.locator('[data-search-results] h2 a').allTextContents();
    const all = await Promise.all(sizes);
    return { bytes: all.reduce((a, b) => a + b, 0), requests: all.length, results: titles.length, area, term, found: expect === undefined || titles.slice(0, 5).includes(expect) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * A bare Astro site from the same listings: one minimal page (a title, a heading and a paragraph)
 * per service, or, given `pages`, that many such pages (each service's page again and again, under
 * other addresses), as many as our build makes. The first is the baseline the ratio is measured
 * against; the second is the least time Astro itself needs for as many pages as ours, here.
 */
function buildBaseline(servicesFolder: string, pages?: number): string {
  const root = mkdtempSync(join(tmpdir(), 'knowledge-store-baseline-'));
  mkdirSync(join(root, 'src', 'pages', 'services'), { recursive: true });
  cpSync(servicesFolder, join(root, 'content', 'services'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  // Its own cache folder, emptied before each build like ours, so neither reuses the other's content.
  writeFileSync(join(root, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './${BUILD_CACHE_FOLDER}' });\n`);
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { services: defineCollection({ loader: glob({ base: './content/services', pattern: '*.yaml' }), schema: z.any() }) };\n",
  );
  const paths =
    pages === undefined
      ? 'entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }))'
      : `Array.from({ length: ${pages} }, (_, i) => ({ params: { id: \`\${entries[i % entries.length].id}-\${Math.floor(i / entries.length)}\` }, props: { entry: entries[i % entries.length] } }))`;
  writeFileSync(
    join(root, 'src', 'pages', 'services', '[id].astro'),
    `---\nimport { getCollection } from 'astro:content';\nexport async function getStaticPaths() {\n  const entries = await getCollection('services');\n  return ${paths};\n}\nconst { entry } = Astro.props;\n---\n<html lang="en"><head><title>{entry.data.name}</title></head><body><h1>{entry.data.name}</h1><p>{entry.data.description}</p></body></html>\n`,
  );
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

interface Figures {
  size: number;
  import: { ms: number; found: number; imported: number; skipped: number; skippedWithReason: number };
  contentCheck: { files: number; ms: number; plantedProblems: number; problemsReported: number; msWithProblems: number };
  /**
   * peakMB is the build's peak: all its processes added up at one moment (the budget's figure),
   * which came peakAtS seconds into the build, with atPeakMB held by each kind of process then;
   * peakAstroMB and peakIndexMB are Astro's and Pagefind's own highest, which may come at other moments.
   */
  build: {
    ms: number;
    runsMs: number[];
    pages: number;
    msPerPage: number;
    peakMB: number;
    peakAtS: number;
    atPeakMB: Record<ProcessKind, number>;
    peakAstroMB: number;
    peakIndexMB: number;
    ok: boolean;
  };
  dist: { files: number; totalMB: number };
  pageWeight: { largestBytes: number; largestPage: string; medianBytes: number; overBudget: number };
  /** The heavier of the two first searches below. */
  firstSearch: FirstSearch;
  firstSearches: { allAreas: FirstSearch; oneArea: FirstSearch };
  /** The slower of the two typed searches below. */
  typedSearch: TypedSearch;
  typedSearches: { rare: TypedSearch; common: TypedSearch };
  /** One listing changed and the site built again, without cleaning. */
  rebuild: { ms: number; shareOfClean: number; differingFiles: number; ok: boolean };
  baseline: { ms: number; runsMs: number[]; pages: number; msPerPage: number };
  /** Bare Astro with as many pages as ours (one build): the least time Astro itself takes for that many. */
  bareSamePages: { ms: number; pages: number; msPerPage: number };
  ratioToBaseline: number;
}

async function run(size: number): Promise<Figures> {
  console.log(`\n=== ${size.toLocaleString('en-GB')} services ===`);
  const root = copyProject(`knowledge-store-bench-${size}-`);
  try {
    const { feed, broken } = syntheticFeed(size, { brokenShare: 0.05 });
    const feedFile = join(root, 'feed.json');
    writeFileSync(feedFile, JSON.stringify(feed));
    console.log(`Feed: ${size} records, ${broken} broken on purpose, ${(statSync(feedFile).size / MB).toFixed(1)} MB.`);

    const imported = await measure(node, [join(root, 'scripts', 'import-openreferral.ts'), feedFile, '--root', root, '--feed-name', 'Synthetic benchmark feed'], { env });
    const found = Number(/, (\d+) records?\./.exec(imported.output)?.[1] ?? NaN);
    const [, importedCount, skipped] = (/Imported (\d+) .*skipped (\d+)/.exec(imported.output) ?? []).map(Number) as [number, number, number];
    // Every skipped record, with its reason, is in the full report (the screen shows 10 of each reason).
    const reportText = readFileSync(join(root, 'import-report.txt'), 'utf8');
    const named = [...reportText.matchAll(/^Skipped: .+\n((?:- .+: .+\n?)+)/gm)].reduce((sum, group) => sum + group[1]!.trim().split('\n').length, 0);
    console.log(
      `Import: ${found} records in ${Math.round(imported.wallMs)} ms; ${importedCount} imported, ${skipped} skipped, ${named} of them named with a reason in the report (exit ${imported.status}).`,
    );

    const checked = await measure(node, [join(root, 'scripts', 'check-content.ts'), '--root', root], { env });
    const files = Number(/(\d+) files checked/.exec(checked.output)?.[1] ?? 0);
    // Plant a problem in 1% of the service files, check again, then put them back.
    const serviceFiles = readdirSync(join(root, 'content', 'services'))
      .filter((f) => f.startsWith('synthetic') || /-\d+\.yaml$/.test(f))
      .slice(0, Math.max(1, Math.round(size / 100)));
    const originals = serviceFiles.map((f) => [f, readFileSync(join(root, 'content', 'services', f), 'utf8')] as const);
    for (const [file, text] of originals) writeFileSync(join(root, 'content', 'services', file), text.replace(/^status: active$/m, 'status: open'));
    const planted = await measure(node, [join(root, 'scripts', 'check-content.ts'), '--root', root], { env });
    const reported = (planted.output.match(/^Error: /gm) ?? []).length;
    for (const [file, text] of originals) writeFileSync(join(root, 'content', 'services', file), text);
    console.log(`Content check: ${files} files in ${Math.round(checked.wallMs)} ms; with ${originals.length} planted problems, ${reported} reported in ${Math.round(planted.wallMs)} ms.`);

    // Clean builds only: no dist/, and no cache from an earlier build (each copy keeps its own, in .astro-cache/: astro.config.mjs).
    const baselineRoot = buildBaseline(join(root, 'content', 'services'));
    // Then the disk is left to settle (sync), so removing thousands of files does not slow the build measured next.
    const clean = (folder: string, cache: string) => {
      for (const path of [join(folder, 'dist'), join(folder, '.astro'), cache]) rmSync(path, { recursive: true, force: true });
      spawnSync('sync');
    };
    const builds: Measured[] = [];
    const baselines: Measured[] = [];
    for (let run = 0; run < repeat; run++) {
      clean(root, join(root, ASTRO_CACHE));
      builds.push(await measure(node, [join(root, 'scripts', 'build.ts'), '--root', root], { env }));
      clean(baselineRoot, join(baselineRoot, BUILD_CACHE_FOLDER));
      baselines.push(await measure(node, [join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', baselineRoot], { env, cwd: baselineRoot }));
    }
    rmSync(baselineRoot, { recursive: true, force: true });
    const highest = highestTotalOf(builds);
    const built = {
      ...medianRun(builds),
      status: builds.find((b) => b.status !== 0)?.status ?? 0,
      peakBytes: peakOf(builds),
      peakTotalBytes: highest.peakTotalBytes,
      atPeakBytes: highest.atPeakBytes,
      atPeakMs: highest.atPeakMs,
    };
    const baseline = medianRun(baselines);
    console.log(
      `Build times over ${repeat} clean builds each: ours ${builds.map((b) => (b.wallMs / 1000).toFixed(1)).join(', ')} s; baseline ${baselines.map((b) => (b.wallMs / 1000).toFixed(1)).join(', ')} s. The medians are used.`,
    );
    const pages = Number(/(\d+) page\(s\) built/.exec(built.output)?.[1] ?? 0);
    // Bare Astro with as many pages as ours, once: the least time Astro itself needs for that many pages here.
    const samePagesRoot = buildBaseline(join(root, 'content', 'services'), Math.max(1, pages));
    const samePages = await measure(node, [join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', samePagesRoot], { env, cwd: samePagesRoot });
    rmSync(samePagesRoot, { recursive: true, force: true });
    const steps = /Built .*?: (.*)\./.exec(built.output)?.[1] ?? '';
    if (built.status !== 0) console.log(built.output.slice(-3000));
    const dist = join(root, 'dist');
    const distFiles = built.status === 0 ? listFiles(dist) : [];
    const htmlFiles = distFiles
      .filter((f) => f.endsWith('.html'))
      .map((f) => relative(dist, f))
      .filter((f) => !f.startsWith('pagefind/'));
    const weights = htmlFiles.map((file) => ({ file, ...measurePage(dist, file) }));
    const largest = weights.reduce((a, b) => (b.total > a.total ? b : a), { file: '', total: 0 } as { file: string; total: number });
    const overPages = weights.filter((w) => w.total > budgetFor(w));
    const overBudget = overPages.length;
    for (const page of overPages.slice(0, 5)) console.log(`Over budget: ${page.file} at ${page.total} bytes (budget ${budgetFor(page)}).`);
    const buildFigures = {
      ms: Math.round(built.wallMs),
      runsMs: builds.map((b) => Math.round(b.wallMs)),
      pages,
      msPerPage: pages ? built.wallMs / pages : NaN,
      peakMB: Math.round(built.peakTotalBytes / MB),
      peakAtS: Math.round(built.atPeakMs / 1000),
      atPeakMB: Object.fromEntries(PROCESS_KINDS.map((kind) => [kind, Math.round((built.atPeakBytes[kind] ?? 0) / MB)])) as Record<ProcessKind, number>,
      peakAstroMB: Math.round((built.peakBytes.astro ?? 0) / MB),
      peakIndexMB: Math.round((built.peakBytes.pagefind ?? 0) / MB),
      ok: built.status === 0,
    };
    console.log(
      `Build: ${(built.wallMs / 1000).toFixed(1)} s for ${pages} pages (${buildFigures.msPerPage.toFixed(2)} ms per page): ${steps}. Peak memory of the whole build, every process at one moment: ${buildFigures.peakMB} MB, ${buildFigures.peakAtS} s into the build (at that moment: ${describeAtPeak(buildFigures.atPeakMB)}). Each at its own highest: Astro ${buildFigures.peakAstroMB} MB, Pagefind ${buildFigures.peakIndexMB} MB.`,
    );
    const totalBytes = distFiles.reduce((sum, f) => sum + statSync(f).size, 0);
    console.log(
      `dist/: ${distFiles.length} files, ${(totalBytes / MB).toFixed(1)} MB. Page weight: largest ${(largest.total / KIB).toFixed(1)} KiB (${largest.file}), median ${(median(weights.map((w) => w.total)) / KIB).toFixed(1)} KiB; ${overBudget} over budget.`,
    );

    // A first search over all areas for a word of one listing's name that few names share (it
    // must find that listing), and one with an area chosen (on a large directory that loads the area's listings).
    const importedNames = new Set(
      readdirSync(join(root, 'content', 'services'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => /^name: (.*)$/m.exec(readFileSync(join(root, 'content', 'services', f), 'utf8'))?.[1]?.replace(/^["']|["']$/g, '')),
    );
    const rare = listingsWithRareNameWords(syntheticDirectory(size).services).find((listing) => importedNames.has(listing.name));
    if (!rare)
      throw new Error(`No imported listing at ${size} has a word in its name that few names share, so search for one listing cannot be measured: see NAME_MIDDLES in scripts/lib/synthetic-feed.ts.`);
    const failed: FirstSearch = { bytes: NaN, requests: 0, results: 0, area: '', term: '', found: false };
    const allAreas = built.status === 0 ? await firstSearchBytes(dist, rare.word, '', rare.name) : failed;
    const oneArea = built.status === 0 ? await firstSearchBytes(dist, 'refurbished', lastArea(dist)) : failed;
    const search = oneArea.bytes > allAreas.bytes ? oneArea : allAreas;
    for (const each of [allAreas, oneArea]) {
      console.log(
        `First search in Chromium ("${each.term}", ${each.area ? `area ${each.area}` : 'all areas'}): ${(each.bytes / KIB).toFixed(1)} KiB in ${each.requests} requests until ${each.results} results showed${each === allAreas ? `; "${rare.name}" (the word is in ${rare.uses} names) ${each.found ? 'was' : 'was NOT'} in the first 5` : ''}.`,
      );
    }
    // The bench's rare word, and a short word that many listings and pages share (its part of the index is the largest a search loads).
    const typedFailed = (term: string): TypedSearch => ({ term, msAfterTyping: NaN, msFromOpening: NaN, found: false });
    const typedRare = built.status === 0 ? await typedSearchOnSlow4G(dist, rare.word, rare.name) : typedFailed(rare.word);
    const typedCommon = built.status === 0 ? await typedSearchOnSlow4G(dist, COMMON_WORD) : typedFailed(COMMON_WORD);
    const typed = typedCommon.msAfterTyping > typedRare.msAfterTyping ? typedCommon : typedRare;
    for (const each of [typedRare, typedCommon]) {
      console.log(
        `Typed search on Slow 4G ("${each.term}", a key every ${KEY_DELAY_MS} ms, then Enter): first results ${each.msAfterTyping} ms after Enter, ${each.msFromOpening} ms after opening the page${each === typedRare ? `; the listing ${each.found ? 'was' : 'was NOT'} in the first 5` : ''}.`,
      );
    }

    // One listing changed, then built again without cleaning (Astro's caches kept), and compared with a clean build of the same content.
    const changedFile = readdirSync(join(root, 'content', 'services')).find((f) => f.endsWith('.yaml'))!;
    const changedPath = join(root, 'content', 'services', changedFile);
    writeFileSync(changedPath, readFileSync(changedPath, 'utf8').replace(/^summary: (.*)$/m, 'summary: $1 Changed for the benchmark.'));
    const rebuilt = built.status === 0 ? await measure(node, [join(root, 'scripts', 'build.ts'), '--root', root], { env }) : built;
    const afterRebuild = rebuilt.status === 0 ? folderFingerprints(dist) : new Map<string, string>();
    clean(root, join(root, ASTRO_CACHE));
    const cleanAgain = built.status === 0 ? await measure(node, [join(root, 'scripts', 'build.ts'), '--root', root], { env }) : built;
    const different = cleanAgain.status === 0 && rebuilt.status === 0 ? differingFiles(afterRebuild, folderFingerprints(dist)) : ['(a build failed)'];
    const rebuild = { ms: Math.round(rebuilt.wallMs), shareOfClean: rebuilt.wallMs / built.wallMs, differingFiles: different.length, ok: rebuilt.status === 0 };
    console.log(
      `One listing changed (${changedFile}): rebuilt in ${(rebuilt.wallMs / 1000).toFixed(1)} s, ${Math.round(rebuild.shareOfClean * 100)}% of the clean build; ${different.length} files differ from a clean build of the same content${different.length ? ` (${different.slice(0, 5).join(', ')})` : ''}.`,
    );

    const baselinePages = Number(/(\d+) page\(s\) built/.exec(baseline.output)?.[1] ?? 0);
    if (baseline.status !== 0) console.log(baseline.output.slice(-2000));
    const baselineMsPerPage = baseline.wallMs / Math.max(1, baselinePages);
    const ratio = buildFigures.msPerPage / baselineMsPerPage;
    console.log(
      `Baseline (bare Astro, one page per service): ${(baseline.wallMs / 1000).toFixed(1)} s for ${baselinePages} pages (${baselineMsPerPage.toFixed(2)} ms per page). Ours is ${ratio.toFixed(2)} times its ms per page.`,
    );
    const samePagesBuilt = Number(/(\d+) page\(s\) built/.exec(samePages.output)?.[1] ?? 0);
    if (samePages.status !== 0) console.log(samePages.output.slice(-2000));
    const bareSamePages = { ms: Math.round(samePages.wallMs), pages: samePagesBuilt, msPerPage: Number((samePages.wallMs / Math.max(1, samePagesBuilt)).toFixed(3)) };
    console.log(
      `Bare Astro with as many pages as ours (${samePagesBuilt} minimal pages from one template, nothing else): ${(samePages.wallMs / 1000).toFixed(1)} s (${bareSamePages.msPerPage.toFixed(2)} ms per page), the least time Astro itself takes for that many pages on this machine; our build's budget is ${buildBudgetSeconds(size)} s.`,
    );

    return {
      size,
      import: { ms: Math.round(imported.wallMs), found, imported: importedCount, skipped, skippedWithReason: named },
      contentCheck: { files, ms: Math.round(checked.wallMs), plantedProblems: originals.length, problemsReported: reported, msWithProblems: Math.round(planted.wallMs) },
      build: buildFigures,
      dist: { files: distFiles.length, totalMB: Number((totalBytes / MB).toFixed(1)) },
      pageWeight: { largestBytes: largest.total, largestPage: largest.file, medianBytes: median(weights.map((w) => w.total)), overBudget },
      firstSearch: search,
      firstSearches: { allAreas, oneArea },
      typedSearch: typed,
      typedSearches: { rare: typedRare, common: typedCommon },
      rebuild,
      baseline: { ms: Math.round(baseline.wallMs), runsMs: baselines.map((b) => Math.round(b.wallMs)), pages: baselinePages, msPerPage: Number(baselineMsPerPage.toFixed(3)) },
      ratioToBaseline: Number(ratio.toFixed(2)),
      bareSamePages,
    };
  } finally {
    if (!keep) rmSync(root, { recursive: true, force: true });
    else console.log(`Kept the copy at ${root}`);
  }
}

const results: Figures[] = [];
for (const size of sizes) results.push(await run(size));

/** The budgets each size must meet (issue 18: a national directory of 25,000 listings), with whether it did. */
const budgets = (f: Figures) =>
  [
    [`build ≤ ${buildBudgetSeconds(f.size)} s`, f.build.ms <= buildBudgetSeconds(f.size) * 1000],
    ['peak memory ≤ 3 GB (every process at one moment)', f.build.peakMB <= 3072],
    [`≤ ${ratioBudget(f.size)} × baseline ms per page`, f.ratioToBaseline <= ratioBudget(f.size)],
    [`every page ≤ ${PAGE_BUDGET_BYTES / KIB} KiB`, f.build.ok && f.pageWeight.overBudget === 0],
    [`first search ≤ ${firstSearchBudgetKiB(f.size)} KiB`, f.firstSearch.bytes <= firstSearchBudgetKiB(f.size) * KIB],
    ["no area chosen: a word of one listing's name finds it in the first 5", f.firstSearches.allAreas.found],
    [`first results ≤ 1 s after typing, on Slow 4G (the slower: "${f.typedSearch.term}")`, f.typedSearch.msAfterTyping <= 1000],
    ['one listing changed: rebuild ≤ 50% of a clean build', f.rebuild.ok && f.rebuild.shareOfClean <= 0.5],
    ['the rebuild is byte-identical to a clean build', f.rebuild.ok && f.rebuild.differingFiles === 0],
  ] as const;

console.log('\n=== Summary ===');
console.log(
  '| services | build s | pages | ms/page | baseline ms/page | ratio | bare Astro, as many pages, s | peak MB (s into the build) | Astro MB | index MB | dist files | dist MB | largest KiB | median KiB | first search KiB | typed search ms | rebuild s (% of clean) | check ms (files) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const f of results) {
  console.log(
    `| ${f.size} | ${(f.build.ms / 1000).toFixed(1)} | ${f.build.pages} | ${f.build.msPerPage.toFixed(2)} | ${f.baseline.msPerPage.toFixed(2)} | ${f.ratioToBaseline} | ${(f.bareSamePages.ms / 1000).toFixed(1)} | ${f.build.peakMB} (${f.build.peakAtS}) | ${f.build.peakAstroMB} | ${f.build.peakIndexMB} | ${f.dist.files} | ${f.dist.totalMB} | ${(f.pageWeight.largestBytes / KIB).toFixed(1)} | ${(f.pageWeight.medianBytes / KIB).toFixed(1)} | ${(f.firstSearch.bytes / KIB).toFixed(1)} | ${f.typedSearch.msAfterTyping} | ${(f.rebuild.ms / 1000).toFixed(1)} (${Math.round(f.rebuild.shareOfClean * 100)}%) | ${f.contentCheck.ms} (${f.contentCheck.files}) |`,
  );
}
// Near me: a real district's postcode file (the sample's are tiny), as the browser fetches it.
const districtFile = measureDistrictFileSize();
console.log(`\n${describeDistrictFileSize(districtFile)}`);
let failedBudgets = districtFile.gzipBytes <= DISTRICT_FILE_BUDGET ? 0 : 1;
console.log(`  ${districtFile.gzipBytes <= DISTRICT_FILE_BUDGET ? 'PASS' : 'FAIL'}  a postcode district's file ≤ ${DISTRICT_FILE_BUDGET / 1024} KiB compressed`);
// The champion's offline kit for one area of 500 listings (a copy of its own, built once).
const areaKit = measureOneAreaKit(500, { SITE_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1' });
console.log(
  `\nOffline kit for one area of ${areaKit.listings} listings: ${areaKit.bytes.toLocaleString('en-GB')} bytes to download, ${areaKit.files} files, ${(areaKit.unpackedBytes / MB).toFixed(1)} MB on the device.`,
);
const kitMet = areaKit.bytes <= areaKit.budgetBytes;
if (!kitMet) failedBudgets += 1;
console.log(`  ${kitMet ? 'PASS' : 'FAIL'}  an area's offline kit (${areaKit.listings} listings) ≤ ${(areaKit.budgetBytes / 1e6).toFixed(1)} MB to download`);
for (const f of results) {
  console.log(`\nBudgets at ${f.size.toLocaleString('en-GB')} listings:`);
  for (const [name, met] of budgets(f)) {
    console.log(`  ${met ? 'PASS' : 'FAIL'}  ${name}`);
    if (!met) failedBudgets += 1;
  }
}
console.log(`\n${failedBudgets === 0 ? 'Every budget met.' : `${failedBudgets} budget(s) not met.`}`);
mkdirSync(join(PROJECT_ROOT, 'bench-results'), { recursive: true });
const out = join(PROJECT_ROOT, 'bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, results, districtFile, areaKit }, null, 2));
console.log(`\nFigures written to ${relative(PROJECT_ROOT, out)}`);
if (!existsSync(out)) process.exitCode = 1;
