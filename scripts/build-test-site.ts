/**
 * npm run build:test-site — builds the test fixture site (tests/fixtures/site/content with this
 * project's code) into .test-site/dist, for running the site and browser tests on their own.
 * `npm test` does this itself.
 */
import { buildTestSite, TEST_SITE_DIST } from './lib/test-site.ts';

process.env.SITE_TODAY ??= '2026-11-23';
const build = buildTestSite();
console.log(build.output.trim());
if (build.status !== 0) {
  console.error('The test fixture site did not build.');
  process.exit(1);
}
console.log(`The test fixture site is in ${TEST_SITE_DIST}.`);
