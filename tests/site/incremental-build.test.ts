/**
 * Builds give the same bytes wherever they run, and reuse the last build's pages of listings that
 * did not change (Astro's incremental builds, with each listing page's cache key:
 * src/lib/page-cache-key.ts).
 *
 * Reproducible: a copy of the fixture site is built clean, elsewhere, and run from a third, empty
 * folder, as the tests and the benchmark run "npm run build -- --root"; its dist/ must be byte for
 * byte the dist/ that npm test built in .test-site-split/ (the same content, searched area by
 * area), so a diff of dist/ shows exactly what a content change did. (Astro put its
 * page-rendering files in the .astro/ of the folder it was run from when the output was not under
 * it: a build run from elsewhere failed, and two at once broke each other.)
 *
 * Incremental: then one listing's summary and an organisation's name are changed (the
 * organisation's name shows on its listings' pages) and the copy is built again; that build must
 * be byte for byte the same as a clean build of the changed content, and must have copied the
 * unchanged listings' pages rather than rendering them, and the list pages, print sheets and
 * areas' search bundles that hold none of the changes too.
 *
 * After a change to the code: the next build renders every page again (scripts/lib/build-cache.ts),
 * and no page links a style sheet or script that is not there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildCopy, copyProject } from '../../scripts/lib/project-copy.ts';
import { FIXTURE_CONTENT, SPLIT_SEARCH_ENV } from '../../scripts/lib/test-site.ts';
import { BUILD_CACHE_FOLDER } from '../../scripts/lib/build-cache.ts';
import { listFiles } from '../../src/lib/files.ts';
import { SPLIT_TEST_SITE } from '../support/built-site.ts';

// Searched area by area (as a large directory is), so the search bundles of areas are kept between builds too.
const ENV = { SITE_TODAY: process.env.SITE_TODAY ?? '2026-11-23', ...SPLIT_SEARCH_ENV };
let root: string;
let runFrom: string;
let firstBuild: Map<string, string>;
let rebuildOutput: string;
let afterRebuild: Map<string, string>;
let afterCleanBuild: Map<string, string>;
let afterCodeChangeOutput: string;
const SHARED_STYLE_IMPORT = "import '../../styles/print-sheets.css';";

const fingerprints = (dist: string) => new Map(listFiles(dist).map((file) => [relative(dist, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));

function edit(file: string, find: RegExp, replace: string): void {
  const path = join(root, 'content', file);
  const text = readFileSync(path, 'utf8');
  if (!find.test(text)) throw new Error(`${file} has no ${String(find)}`);
  writeFileSync(path, text.replace(find, replace));
}

beforeAll(() => {
  SPLIT_TEST_SITE.requireBuilt();
  root = copyProject('knowledge-store-incremental-', { content: FIXTURE_CONTENT });
  runFrom = mkdtempSync(join(tmpdir(), 'knowledge-store-run-from-'));
  const first = buildCopy(root, { env: ENV, cwd: runFrom });
  if (first.status !== 0) throw new Error(first.output.slice(-3000));
  firstBuild = fingerprints(join(root, 'dist'));
  edit('services/hillside-mobile-library.yaml', /^summary: (.*)$/m, 'summary: $1 Now with free tea.');
  edit('organisations/northmere-libraries.yaml', /^name: Northmere Libraries$/m, 'name: Northmere Public Libraries');
  // Left over by builds that were stopped outright: the next build removes them.
  for (const leftover of ['.build-old-1-1', '.build-4194303']) {
    mkdirSync(join(root, leftover, 'site'), { recursive: true });
    writeFileSync(join(root, leftover, 'site', 'index.html'), '<p>old</p>');
  }
  const rebuilt = buildCopy(root, { env: ENV });
  if (rebuilt.status !== 0) throw new Error(rebuilt.output.slice(-3000));
  rebuildOutput = rebuilt.output;
  afterRebuild = fingerprints(join(root, 'dist'));
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  rmSync(join(root, BUILD_CACHE_FOLDER), { recursive: true, force: true });
  const clean = buildCopy(root, { env: ENV });
  if (clean.status !== 0) throw new Error(clean.output.slice(-3000));
  afterCleanBuild = fingerprints(join(root, 'dist'));
  // A change to the code that renames style sheets other pages link: the print sheets and the
  // shortlist share one, and without the shortlist's import it is bundled for the print sheets
  // alone, under another name.
  const shortlist = join(root, 'src', 'pages', 'shortlist', 'index.astro');
  const shortlistCode = readFileSync(shortlist, 'utf8');
  if (!shortlistCode.includes(SHARED_STYLE_IMPORT)) throw new Error(`${shortlist} has no ${SHARED_STYLE_IMPORT}`);
  writeFileSync(shortlist, shortlistCode.replace(SHARED_STYLE_IMPORT, ''));
  const afterCode = buildCopy(root, { env: ENV });
  if (afterCode.status !== 0) throw new Error(afterCode.output.slice(-3000));
  afterCodeChangeOutput = afterCode.output;
}, 400_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(runFrom, { recursive: true, force: true });
});

describe('reproducible builds', () => {
  it('gives byte-identical dist/ folders from two clean builds of the same content in two folders', () => {
    const built = fingerprints(SPLIT_TEST_SITE.dist);
    expect([...firstBuild.keys()].sort()).toEqual([...built.keys()].sort());
    expect([...built].filter(([file, hash]) => firstBuild.get(file) !== hash).map(([file]) => file)).toEqual([]);
    expect(built.size).toBeGreaterThan(300);
  });

  it('writes nothing into the folder the build was run from', () => {
    expect(readdirSync(runFrom)).toEqual([]);
  });
});

describe('a build after one listing and one organisation changed', () => {
  it('copies the pages of unchanged listings from the last build, and renders the changed ones again', () => {
    const restored = [...rebuildOutput.matchAll(/\/services\/([a-z0-9-]+)\/index\.html \(restored\)/g)].map((m) => m[1]);
    expect(restored.length).toBeGreaterThan(10);
    expect(restored).not.toContain('hillside-mobile-library');
    expect(restored).not.toContain('eastbrook-library-wifi-and-computers');
  });

  it.each(['find-help', 'print'])('copies the %s pages that show none of the changes, and renders again those that show a changed listing', (folder) => {
    const page = ` (\\/(?:[a-z]{2}\\/)?${folder}\\/[^ ]*index\\.html) `;
    const restored = [...rebuildOutput.matchAll(new RegExp(`${page}\\(restored\\)`, 'g'))].map((m) => m[1]!);
    expect(restored.length).toBeGreaterThan(10);
    const showsAChange = restored.filter((path) => /Now with free tea\.|Northmere Public Libraries/.test(readFileSync(join(root, 'dist', path), 'utf8')));
    expect(showsAChange).toEqual([]);
    const rendered = [...rebuildOutput.matchAll(new RegExp(`${page}\\(\\+\\d+ms\\)`, 'g'))].map((m) => m[1]!);
    // The changed listing is on some of them (by its name: a print sheet does not show summaries).
    const name = /^name: (.*)$/m.exec(readFileSync(join(root, 'content', 'services', 'hillside-mobile-library.yaml'), 'utf8'))![1]!;
    expect(rendered.some((path) => readFileSync(join(root, 'dist', path), 'utf8').includes(name))).toBe(true);
  });

  it('copies the search bundles of areas whose listings did not change, and indexes the others again', () => {
    const [, areas, copied] = /listings in (\d+) area indexes \((\d+) of them unchanged, copied from the last build\)/.exec(rebuildOutput) ?? [];
    expect(Number(areas)).toBeGreaterThan(3);
    expect(Number(copied)).toBeGreaterThan(0);
    expect(Number(copied)).toBeLessThan(Number(areas));
  });

  it("removes the last build's site and the folders left over by stopped builds, after it has finished (in a process of its own)", async () => {
    await expect.poll(() => readdirSync(root).filter((name) => name.startsWith('.build-')), { timeout: 60_000, interval: 500 }).toEqual([]);
  });

  it('is byte for byte the same as a clean build of the same content, in every file', () => {
    const differing = [...new Set([...afterRebuild.keys(), ...afterCleanBuild.keys()])].filter((file) => afterRebuild.get(file) !== afterCleanBuild.get(file));
    expect(differing).toEqual([]);
    expect(afterCleanBuild.size).toBeGreaterThan(100);
  });

  it('shows the changes on the listings’ pages', () => {
    const page = (id: string) => readFileSync(join(root, 'dist', 'services', id, 'index.html'), 'utf8');
    expect(page('hillside-mobile-library')).toContain('Now with free tea.');
    expect(page('eastbrook-library-wifi-and-computers')).toContain('Northmere Public Libraries');
  });
});

describe('a build after a change to the code', () => {
  it('renders every page again, so no page links a style sheet or script the new code renamed (before, 80 copied print sheets linked one that was gone)', () => {
    expect(afterCodeChangeOutput).toContain("The site's code has changed since the last build");
    expect(afterCodeChangeOutput).not.toContain('(restored)');
    const dist = join(root, 'dist');
    const missing = listFiles(dist)
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/(?:href|src)="\/(_astro\/[^"]+)"/g)].filter((link) => !existsSync(join(dist, link[1]!))).map((link) => `${relative(dist, file)}: ${link[1]}`),
      );
    expect(missing).toEqual([]);
  });
});
