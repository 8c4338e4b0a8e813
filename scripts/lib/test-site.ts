/**
 * The test fixture site: the project's code with the content in tests/fixtures/site/content/,
 * copied into .test-site/ and built there. The site and browser tests run on it, so they pass
 * whatever content a council puts in content/ (see tests/fixtures/site/README.md).
 */
import { join } from 'node:path';
import { buildCopy, copyProject, PROJECT_ROOT } from './project-copy.ts';

/** The fixture site's folder: like a project, it holds content/ (and nothing else). */
export const FIXTURE_SITE = join(PROJECT_ROOT, 'tests', 'fixtures', 'site');
export const FIXTURE_CONTENT = join(FIXTURE_SITE, 'content');
/** Where it is built: .test-site/, or the folder in TEST_SITE_FOLDER (so two people working in one checkout can each build their own). */
export const TEST_SITE_ROOT = process.env.TEST_SITE_FOLDER ?? join(PROJECT_ROOT, '.test-site');
export const TEST_SITE_DIST = join(TEST_SITE_ROOT, 'dist');

/**
 * The same content built as a large directory is: each area's listings in a search index of their
 * own, and every listing in short in another (above 10 listings, not 2,000: src/lib/search-split.ts).
 * The search tests read it; the incremental-build test builds its own copy this way.
 */
// Beside it, never in it ("/tmp/site/" gives "/tmp/site-split"): building the plain site empties its folder.
export const SPLIT_TEST_SITE_ROOT = `${TEST_SITE_ROOT.replace(/[\\/]+$/, '')}-split`;
export const SPLIT_TEST_SITE_DIST = join(SPLIT_TEST_SITE_ROOT, 'dist');
export const SPLIT_SEARCH_ENV: Readonly<Record<string, string>> = { SEARCH_SPLIT_ABOVE: '10' };

/** Which build of the fixture site: as it is, or searched area by area. */
export type TestSiteKind = 'plain' | 'split';

/** Copies the project with the fixture content into .test-site/ (or .test-site-split/) and builds it there. */
export function buildTestSite(kind: TestSiteKind = 'plain', env: Record<string, string> = {}): { status: number | null; output: string } {
  const root = kind === 'split' ? SPLIT_TEST_SITE_ROOT : TEST_SITE_ROOT;
  copyProject('knowledge-store-test-site-', { content: FIXTURE_CONTENT, into: root });
  return buildCopy(root, { env: kind === 'split' ? { ...SPLIT_SEARCH_ENV, ...env } : env });
}
