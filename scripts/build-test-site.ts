/**
 * npm run build:test-site — builds the test fixture site (tests/fixtures/site/content with this
 * project's code) into .test-site/dist, and again searched area by area (as a large directory is)
 * into .test-site-split/dist, for running the site and browser tests on their own.
 * `npm test` does this itself. `--plain` or `--split` builds only that one.
 */
import { buildTestSite, SPLIT_TEST_SITE_DIST, TEST_SITE_DIST, type TestSiteKind } from './lib/test-site.ts';

process.env.SITE_TODAY ??= '2026-11-23';
const asked = process.argv.slice(2);
const kinds: TestSiteKind[] = asked.includes('--plain') ? ['plain'] : asked.includes('--split') ? ['split'] : ['plain', 'split'];
const folders: Record<TestSiteKind, string> = { plain: TEST_SITE_DIST, split: SPLIT_TEST_SITE_DIST };
for (const kind of kinds) {
  const build = buildTestSite(kind);
  console.log(build.output.trim());
  if (build.status !== 0) {
    console.error(`The test fixture site${kind === 'split' ? ' (searched area by area)' : ''} did not build.`);
    process.exit(1);
  }
  console.log(`The test fixture site${kind === 'split' ? ', searched area by area,' : ''} is in ${folders[kind]}.`);
}
