/**
 * The accessibility sweep must fail on a broken page, and fail only that page's tests, each
 * naming the page and the axe rule. This runs the real sweep (accessibility.test.ts) in its own
 * test runner over a tiny built site in tests/fixtures/broken-page-site/, where one page has an
 * image with no text alternative.
 */
import { describe, expect, it } from 'vitest';
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

describe('the accessibility sweep', () => {
  it('fails exactly the tests of the pages with a problem, each naming its page and the problem', async () => {
    const report = await runSweepOn(join(PROJECT, 'tests', 'fixtures', 'broken-page-site'));
    const results = report.testResults.flatMap((file) => file.assertionResults);
    const failures = new Map(results.filter((result) => result.status === 'failed').map((result) => [result.title, result.failureMessages.join('\n')]));
    const passed = results.filter((result) => result.status === 'passed').map((result) => result.title);

    const expected: Record<string, RegExp> = {};
    for (const variant of ['1280px', '320px', 'dark']) {
      expected[`/missing-alt/ (${variant})`] = new RegExp(`/missing-alt/ \\(${variant}\\): axe image-alt: Images must have alternative text: img`);
      expected[`/outside-request/ (${variant})`] = new RegExp(`/outside-request/ \\(${variant}\\): asked another host for https://images\\.outside\\.example/picture\\.png`);
      expected[`/console-error/ (${variant})`] = new RegExp(`/console-error/ \\(${variant}\\): console error: .*Something went wrong`);
    }
    expected['/too-wide/ (320px)'] = /\/too-wide\/ \(320px\): the page scrolls sideways \(\d+px wide in a 320px window\)/;

    expect([...failures.keys()].sort()).toEqual(Object.keys(expected).sort());
    for (const [title, pattern] of Object.entries(expected)) expect(failures.get(title)).toMatch(pattern);
    // Every other page was checked in every variant, and passed; nothing else ran.
    for (const path of ['/', '/about/', '/404.html']) {
      for (const variant of ['1280px', '320px', 'dark']) expect(passed).toContain(`${path} (${variant})`);
    }
    expect(passed).toContain('/too-wide/ (1280px)');
    expect(passed).toHaveLength(7 * 3 - Object.keys(expected).length + 1);
  });
});
