import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Tests are named by where they run (after GOV.UK Frontend):
// unit: plain TypeScript, no processes and no build (under a minute); integration: the commands
// (content check, build, importer, npm run new) run as processes; site: checks over the built
// dist/ (and builds of copies); browser: Chromium against dist/.
// vitest runs test files in cores − 1 processes by default: one at a time on a 2-core machine.
// Tests spend much of their time waiting on processes, files and Chromium, so the unit,
// integration and site tiers run as many files at once as there are cores. Measured here (2
// cores): unit 68 s → 47 s, integration 46 s → 41 s, site 212 s → 179 s.
const FILES_AT_ONCE = availableParallelism();
// The unit and site test files run one after another in the same worker without a fresh module
// graph for each (isolate: false): each file no longer loads the project's modules again, and
// the site tests read and parse each built site once per worker instead of once per file (the
// README gives what it saved). They change no global state they do not put back (one unit file
// stubs fetch and the clock, and restores them after each test).
const SHARED_MODULES = { isolate: false };

export default defineConfig({
  test: {
    // Coverage of src/lib by the unit tests: `npm test` (and `npm run test:coverage`) runs the
    // unit project with --coverage, and fails if any figure drops below its threshold.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text-summary', 'html'],
      // Report (and check the thresholds) even when a test fails, so both show in one run.
      reportOnFailure: true,
      // A little below what the unit tests reached when these were set (statements 91.4%, branches
      // 82.1%, functions 93.6%, lines 93.9%), so new code in src/lib left untested fails npm test.
      thresholds: { lines: 92, functions: 92, branches: 80, statements: 90 },
    },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000, maxWorkers: FILES_AT_ONCE, ...SHARED_MODULES } },
      { test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 120_000, maxWorkers: FILES_AT_ONCE } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, maxWorkers: FILES_AT_ONCE, ...SHARED_MODULES } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Every browser test is short: the accessibility sweep is one test per page (both widths
          // from one load of the page).
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits 1 s by default: on a busy machine a page can take longer to show what
          // it will show (a shortlist opened from a link failed so), so each poll waits up to 15 s.
          expect: { poll: { timeout: 15_000 } },
          // One Chromium at a time: the machine has two cores, and the sweep keeps both busy (the
          // README says what running the other files two at once measured: no faster).
          fileParallelism: false,
          // Tests marked concurrent (the accessibility sweep's pages) run this many at once: one
          // more than the cores, as a page loads while others run axe. On 2 cores, 3 at once took
          // 279 s for the whole sweep and 2 at once 301 s (when each width was its own load).
          maxConcurrency: Number(process.env.BROWSER_PAGES_AT_ONCE) || Math.min(4, availableParallelism() + 1),
        },
      },
    ],
  },
});
