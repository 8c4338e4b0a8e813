/**
 * npm test — every test, in the order they need:
 *   1. unit tests (schemas, content check, src/lib) — no process, no build, under a minute — with
 *      coverage of src/lib (a figure below its threshold in vitest.config.ts fails the tier); and
 *      at the same time the type check and the lint (ESLint, and Prettier's check that every file
 *      is formatted);
 *   2. the integration tests (the commands run as processes: check, build, importer, npm run new,
 *      each in a copy of the project); and at the same time the build of the shipped content
 *      (content check, Astro, search index) into dist/, and of the test fixture site
 *      (tests/fixtures/site/content) into .test-site/dist/ and, searched area by area as a large
 *      directory is, into .test-site-split/dist/;
 *   3. site tests over the built sites, then browser tests in Chromium (the fixture site, and an
 *      accessibility sweep of every page of the shipped content).
 * It prints how long each tier took (tiers of one step overlap) and the whole run, and ends with one line, "N passed, N failed", which CI reads.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const project = join(import.meta.dirname, '..');
// Tests build with a fixed "today", so dates, freshness and past courses come out the same on
// every run. The real site uses the real date.
process.env.SITE_TODAY ??= '2026-11-23';
const vitest = join(project, 'node_modules', 'vitest', 'vitest.mjs');
const reports = mkdtempSync(join(tmpdir(), 'knowledge-store-tests-'));
let passed = 0;
let failed = 0;
/** What failed, named at the end, so the last lines of a CI log say which test to look at. */
const failures: string[] = [];
/** How long each tier took, printed at the end so the slow part is plain to see. */
const tierTimes: string[] = [];
const runStarted = performance.now();

async function timedAsync<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    tierTimes.push(`${name} ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

interface HeldRun {
  readonly status: number | null;
}

/**
 * Runs a Node script as a process with its output held back, then prints that output under its
 * name, with how long it took. Steps that run at once use it, so their lines never mix.
 */
function runHeld(name: string, args: readonly string[]): Promise<HeldRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: project, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    const finish = (status: number | null, error?: Error) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      console.log(`\n-- ${name} (${seconds} s) --\n${Buffer.concat(output).toString('utf8').trim()}${error ? `\n${error.message}` : ''}`);
      resolve({ status });
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (status) => finish(status));
  });
}

/** Runs a vitest project (its output printed as it comes) and counts its report's passes and failures. */
async function runVitest(name: string, projects: string[], extraArgs: string[] = []): Promise<void> {
  const output = join(reports, `${name}.json`);
  const args = [vitest, 'run', ...projects.flatMap((p) => ['--project', p]), ...extraArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`];
  const status = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', cwd: project });
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code));
  });
  try {
    const report = JSON.parse(readFileSync(output, 'utf8')) as VitestReport;
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    failures.push(...failedTestNames(name, report));
    if (status !== 0 && report.numFailedTests === 0) {
      // A file that failed to load, or coverage below a threshold: either way vitest says which above.
      failed += 1;
      failures.push(`${name}: a test file did not load, or coverage fell below a threshold`);
      console.error(`The ${name} tests all passed, but vitest failed: a test file did not load, or coverage fell below a threshold in vitest.config.ts (see above).`);
    }
  } catch {
    failed += 1;
    failures.push(`${name}: no report`);
    console.error(`The ${name} tests did not produce a report.`);
  }
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults?: { name: string; assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[] }[];
}

/** "tier: file › test name — first line of the message", one per failed test. */
function failedTestNames(tier: string, report: VitestReport): string[] {
  const names: string[] = [];
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      const message = (test.failureMessages?.[0] ?? '').split('\n')[0]?.slice(0, 200) ?? '';
      names.push(`${tier}: ${file.name.replace(project + '/', '')} › ${test.fullName}${message ? ` — ${message}` : ''}`);
    }
  }
  return names;
}

/** A step that is not vitest (type check, lint, a build) counts as one test. */
function countStep(name: string, ok: boolean): void {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(`${name} failed (see its output above)`);
  }
}

/** The browser tests need Chromium. On a fresh Debian or Ubuntu machine run as root, install it. */
function ensureChromium(): void {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Chromium is not at ${path}. Install it (for example "sudo apt-get install -y chromium") or set CHROMIUM_PATH.`);
    return;
  }
  console.log('Installing Chromium for the browser tests (apt-get install -y chromium)...');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
}

ensureChromium();

// Each tier below leaves a core idle part of the time (one file or one process left running at its
// end), so tiers that need nothing from each other run at once: the unit tests beside the type
// check and the lint, then the integration tests beside the three builds. The unit and integration
// tests print as they run; the others' messages are held back and printed whole when they finish.

// The type check, ESLint and Prettier each use about one core and read only the source.
console.log('\n== Unit tests, with the type check (astro check) and lint (ESLint, Prettier --check) at once ==');
const [, [types, eslint, prettier]] = await Promise.all([
  timedAsync('unit tests', () => runVitest('unit', ['unit'], ['--coverage'])),
  timedAsync('type check and lint', () =>
    Promise.all([
      runHeld('type check', [join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'check']),
      // The caches live in node_modules/.cache, so a second run checks only the files that changed.
      runHeld('ESLint', [join(project, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--cache', '--cache-location', 'node_modules/.cache/eslint/', '.']),
      runHeld('Prettier --check', [join(project, 'node_modules', 'prettier', 'bin', 'prettier.cjs'), '--check', '--cache', '--cache-strategy', 'content', '.']),
    ]),
  ),
]);
countStep('type check', types.status === 0);
if (eslint.status === 0) console.log('ESLint: no problems.');
else console.error('ESLint found the problems above (file, line, rule). Some can be fixed with "npx eslint --fix <file>".');
if (prettier.status !== 0) console.error('Prettier would change the files listed above: run "npm run format" and commit the result.');
// ESLint and Prettier count as one test, "lint", as in npm run lint.
countStep('lint', eslint.status === 0 && prettier.status === 0);

// The integration tests build and import in copies of the project, in folders of their own, so
// they run beside the three builds. The builds are separate folders (dist/, .test-site/ and
// .test-site-split/). The split one (the fixture site searched area by area, as a large directory
// is) is built once here for the search tests, instead of once in each of their files.
console.log(
  '\n== Integration tests (the commands, run as processes), with the builds of the shipped content (into dist/) and of the test fixture site (tests/fixtures/site, into .test-site/dist/ and, searched area by area, .test-site-split/dist/) at once ==',
);
const [, [build, testSite, splitTestSite]] = await Promise.all([
  timedAsync('integration tests', () => runVitest('integration', ['integration'])),
  timedAsync('three builds', () =>
    Promise.all([
      runHeld('build of the shipped content', [join(project, 'scripts', 'build.ts')]),
      runHeld('build of the test fixture site', [join(project, 'scripts', 'build-test-site.ts'), '--plain']),
      runHeld('build of the test fixture site, searched area by area', [join(project, 'scripts', 'build-test-site.ts'), '--split']),
    ]),
  ),
]);
countStep('build of the shipped content', build.status === 0);
countStep('build of the test fixture site', testSite.status === 0);
countStep('build of the test fixture site, searched area by area', splitTestSite.status === 0);

if (build.status === 0 && testSite.status === 0 && splitTestSite.status === 0) {
  console.log('\n== Site tests (over the built sites) ==');
  await timedAsync('site tests', () => runVitest('site', ['site']));
  console.log('\n== Browser tests (Chromium) ==');
  await timedAsync('browser tests', () => runVitest('browser', ['browser']));
} else {
  console.error('A build failed, so the site and browser tests did not run.');
}

rmSync(reports, { recursive: true, force: true });
console.log(
  `\nTime: ${tierTimes.join(', ')} (the unit tests ran beside the type check and lint, and the integration tests beside the builds); ${((performance.now() - runStarted) / 1000).toFixed(0)} s in all.`,
);
if (failures.length > 0) console.log(`\nWhat failed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
