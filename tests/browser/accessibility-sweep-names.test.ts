/**
 * The accessibility sweep must fail on a broken page, and fail only that page's tests, each
 * naming the page and the axe rule. This runs the real sweep (accessibility.test.ts) in its own
 * test runner over a tiny built site in tests/fixtures/broken-page-site/, where each broken page
 * breaks one check (see its README), one of them only at 1280 px and one only in dark mode.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT } from '../support/built-site.ts';

interface VitestReport {
  readonly testResults: readonly { readonly assertionResults: readonly { readonly title: string; readonly status: string; readonly failureMessages: readonly string[] }[] }[];
}

async function runSweepOn(folder: string): Promise<VitestReport> {
  const reports = mkdtempSync(join(tmpdir(), 'accessibility-sweep-'));
  const output = join(reports, 'report.json');
  try {
    const args = [join(PROJECT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'browser', 'tests/browser/accessibility.test.ts', '--reporter=json', `--outputFile.json=${output}`];
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, args, { cwd: PROJECT, stdio: 'ignore', env: { ...process.env, ACCESSIBILITY_SWEEP_SITE: folder } });
      child.on('error', reject);
      child.on('exit', () => resolve());
    });
    return JSON.parse(readFileSync(output, 'utf8')) as VitestReport;
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }
}

const BOTH = '320px, 1280px';

/** What a failing test's message must say (`found`) and must not (`absent`). */
interface ExpectedFailure {
  readonly found: readonly RegExp[];
  readonly absent: readonly RegExp[];
}

const expectedFailures: Record<string, ExpectedFailure> = {
  // Found at both widths: the page is checked at 320 px, then again after resizing to 1280 px.
  [`/missing-alt/ (${BOTH})`]: {
    found: [/\/missing-alt\/ \(320px\): axe image-alt: Images must have alternative text: img/, /\/missing-alt\/ \(1280px\): axe image-alt: Images must have alternative text: img/],
    absent: [],
  },
  '/missing-alt/ (dark)': { found: [/\/missing-alt\/ \(dark\): axe image-alt: Images must have alternative text: img/], absent: [] },
  // The request and the error happen as the page loads, which is at 320 px.
  [`/outside-request/ (${BOTH})`]: { found: [/\/outside-request\/ \(320px\): asked another host for https:\/\/images\.outside\.example\/picture\.png/], absent: [/\(1280px\)/] },
  '/outside-request/ (dark)': { found: [/\/outside-request\/ \(dark\): asked another host for https:\/\/images\.outside\.example\/picture\.png/], absent: [] },
  [`/console-error/ (${BOTH})`]: { found: [/\/console-error\/ \(320px\): console error: .*Something went wrong/], absent: [/\(1280px\)/] },
  '/console-error/ (dark)': { found: [/\/console-error\/ \(dark\): console error: .*Something went wrong/], absent: [] },
  // Only at the width where each problem shows.
  [`/too-wide/ (${BOTH})`]: { found: [/\/too-wide\/ \(320px\): the page scrolls sideways \(\d+px wide in a 320px window\)/], absent: [/\(1280px\)/] },
  // A page outside its shape's sample (neither the first nor the largest) is checked at 320 px only.
  '/about/too-wide/ (320px)': { found: [/\/about\/too-wide\/ \(320px\): the page scrolls sideways \(\d+px wide in a 320px window\)/], absent: [/\(1280px\)/] },
  [`/wide-only/ (${BOTH})`]: { found: [/\/wide-only\/ \(1280px\): axe image-alt: Images must have alternative text: img/], absent: [/\(320px\)/] },
  // Only in dark mode: text too faint to read on the dark background.
  '/dark-only/ (dark)': { found: [/\/dark-only\/ \(dark\): axe color-contrast: Elements must meet minimum color contrast ratio thresholds: /], absent: [] },
};

describe('the accessibility sweep over a site with broken pages', () => {
  // The sweep runs once, in its own test runner (it takes a while), and each test reads its report.
  let failures: Map<string, string>;
  let passed: string[];
  beforeAll(async () => {
    const report = await runSweepOn(join(PROJECT, 'tests', 'fixtures', 'broken-page-site'));
    const results = report.testResults.flatMap((file) => file.assertionResults);
    failures = new Map(results.filter((result) => result.status === 'failed').map((result) => [result.title, result.failureMessages.join('\n')]));
    passed = results.filter((result) => result.status === 'passed').map((result) => result.title);
  });

  it('fails exactly the tests of the broken pages', () => {
    expect([...failures.keys()].sort()).toEqual(Object.keys(expectedFailures).sort());
  });

  for (const [title, { found, absent }] of Object.entries(expectedFailures)) {
    it(`names the page, the width and the problem in the failure of ${title}`, () => {
      for (const pattern of found) expect(failures.get(title)).toMatch(pattern);
      for (const pattern of absent) expect(failures.get(title)).not.toMatch(pattern);
    });
  }

  it('passes every other page in every variant, and runs nothing else', () => {
    for (const path of ['/', '/about/', '/about/team/', '/404.html']) {
      for (const variant of [BOTH, 'dark']) expect(passed).toContain(`${path} (${variant})`);
    }
    expect(passed).toContain('/too-wide/ (dark)');
    expect(passed).toContain('/wide-only/ (dark)');
    expect(passed).toContain(`/dark-only/ (${BOTH})`);
    // 10 pages (all but /about/too-wide/) in 2 variants, /about/too-wide/ at 320 px only, and the
    // test that the sitemap lists pages.
    expect(passed).toHaveLength(10 * 2 + 1 - Object.keys(expectedFailures).length + 1);
  });
});
