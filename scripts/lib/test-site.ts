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

/** Copies the project with the fixture content into .test-site/ and builds it there. */
export function buildTestSite(env: Record<string, string> = {}): { status: number | null; output: string } {
  copyProject('knowledge-store-test-site-', { content: FIXTURE_CONTENT, into: TEST_SITE_ROOT });
  return buildCopy(TEST_SITE_ROOT, { env });
}
