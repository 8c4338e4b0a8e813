/**
 * npm run build — builds the site into dist/, in four steps:
 *   1. the content check (every problem at once; nothing is built if there is an error);
 *   2. the Astro build of every page;
 *   3. the open data files (Open Referral UK JSON and CSV), from the content the check read;
 *   4. the search index, in its own process (so Astro and Pagefind never hold memory together).
 * If any step fails, dist/ is removed, so a broken site can never be deployed.
 * Options: --root <folder> builds another copy of the site; --skip-content-check is for tests
 * that must build content the check would refuse.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkContent, formatGithubAnnotations, formatReport } from '../src/lib/content-check/index.ts';
import { writeOpenData } from './lib/write-open-data.ts';

const args = process.argv.slice(2);
const rootFlag = args.indexOf('--root');
const root = resolve(rootFlag > -1 ? args[rootFlag + 1]! : '.');
const skipCheck = args.includes('--skip-content-check');
const dist = join(root, 'dist');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function fail(message: string, status = 1): never {
  rmSync(dist, { recursive: true, force: true });
  console.error(message);
  process.exit(status);
}

const timings: string[] = [];
let started = performance.now();
// Keep only what the open data files need, so the check's parsed files can be freed before Astro runs.
const openData = (() => {
  const result = checkContent({ root });
  console.log(formatReport(result.problems, result.filesChecked));
  if (process.env.GITHUB_ACTIONS === 'true' && result.problems.length) console.log(formatGithubAnnotations(result.problems));
  if (!result.ok && !skipCheck) fail('The site was not built, because the content check found problems.');
  const plain = (collection: 'services' | 'organisations' | 'areas') => result.entries.get(collection)!.map((entry) => ({ id: entry.id, data: entry.data }));
  return { services: plain('services'), organisations: plain('organisations'), areas: plain('areas'), siteArea: result.entries.get('site')![0]?.data.area ?? '' };
})();
timings.push(`content check ${Math.round(performance.now() - started)} ms`);

started = performance.now();
const astro = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--root', root], { stdio: 'inherit', env });
if (astro.status !== 0) fail('The build failed, so dist/ was removed. Read the messages above.', astro.status ?? 1);
timings.push(`pages ${Math.round(performance.now() - started)} ms`);

started = performance.now();
try {
  const written = writeOpenData(dist, openData);
  timings.push(`open data (${written.services} services) ${Math.round(performance.now() - started)} ms`);
} catch (problem) {
  fail(`The open data files could not be written: ${(problem as Error).message}`);
}

started = performance.now();
const search = spawnSync(process.execPath, [join(import.meta.dirname, 'index-search.ts'), dist], { stdio: 'inherit', env });
if (search.status !== 0) fail('The search index could not be built, so dist/ was removed.', search.status ?? 1);
timings.push(`search index ${Math.round(performance.now() - started)} ms`);
console.log(`Built ${dist}: ${timings.join(', ')}.`);
