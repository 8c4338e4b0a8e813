/** The benchmark's measure of a command (scripts/lib/measure-process.ts): the peak of its whole process tree at one moment. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measure, processKind } from '../../scripts/lib/measure-process.ts';

const MB = 1024 * 1024;
/** A Node process that holds `mb` megabytes for `ms`, then ends. */
const holding = (mb: number, ms: number) => `const held = Buffer.alloc(${mb} * 1024 * 1024, 1); setTimeout(() => held.length, ${ms});`;

describe('measure', () => {
  it('reports the whole tree at its highest, and what each kind of process held at that moment', async () => {
    // A parent that starts a child holding 120 MB: at their peak, both are counted together.
    const child = JSON.stringify(holding(120, 600));
    const parent = `const { spawnSync } = require('node:child_process'); spawnSync(process.execPath, ['-e', ${child}]);`;
    const measured = await measure(process.execPath, ['-e', parent]);
    expect(measured.status).toBe(0);
    expect(measured.peakTotalBytes).toBeGreaterThan(120 * MB);
    expect(Object.values(measured.atPeakBytes).reduce((sum, bytes) => sum + bytes, 0)).toBe(measured.peakTotalBytes);
    // Only plain Node processes ran, so their peak is the whole tree's.
    expect(measured.peakBytes.node).toBe(measured.peakTotalBytes);
    expect(measured.atPeakMs).toBeGreaterThan(0);
    expect(measured.atPeakMs).toBeLessThanOrEqual(measured.wallMs);
  });

  it("counts each process under its kind, read from the process's own command line", async () => {
    // A parent (plain Node) starts a file named like the build's content step, which holds 120 MB.
    const folder = mkdtempSync(join(tmpdir(), 'measure-kind-'));
    try {
      const step = join(folder, 'content-step.mjs');
      writeFileSync(step, holding(120, 600));
      // The file's name reaches the parent in its environment, so only the child's command line names it.
      const parent = `require('node:child_process').spawnSync(process.execPath, [process.env.STEP_FILE]);`;
      const measured = await measure(process.execPath, ['-e', parent], { env: { ...process.env, STEP_FILE: step } });
      expect(measured.peakBytes['content step']).toBeGreaterThan(120 * MB);
      expect(measured.peakBytes.node).toBeGreaterThan(0);
      expect(measured.peakBytes.node).toBeLessThan(120 * MB);
      expect(measured.atPeakBytes['content step']).toBeGreaterThan(120 * MB);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('does not add up peaks that came at different moments', async () => {
    // Two children one after the other, each holding 150 MB: the tree never held 300 MB.
    const child = JSON.stringify(holding(150, 500));
    const parent = `const { spawnSync } = require('node:child_process'); spawnSync(process.execPath, ['-e', ${child}]); spawnSync(process.execPath, ['-e', ${child}]);`;
    const measured = await measure(process.execPath, ['-e', parent]);
    expect(measured.peakTotalBytes).toBeGreaterThan(150 * MB);
    expect(measured.peakTotalBytes).toBeLessThan(300 * MB);
  });
});

describe('processKind', () => {
  // The command lines as scripts/build.ts starts each process, read from /proc/<pid>/cmdline.
  it.each([
    ['MainThread', '/usr/bin/node --max-old-space-size=3840 --heap-growing-percent=100 /tmp/copy/node_modules/astro/bin/astro.mjs build --root /tmp/copy', 'astro'],
    ['MainThread', '/usr/bin/node /tmp/copy/scripts/lib/content-step.ts', 'content step'],
    ['MainThread', '/usr/bin/node /tmp/copy/scripts/lib/content-step-check.ts', 'content step'],
    ['pagefind_extended', '/tmp/copy/node_modules/@pagefind/linux-x64/bin/pagefind_extended --service', 'pagefind'],
    ['MainThread', '/usr/bin/node /tmp/copy/scripts/build.ts --root /tmp/copy', 'node'],
    ['node', '/usr/bin/node -e 1', 'node'],
  ] as const)('%s running %s is %s', (name, commandLine, kind) => {
    expect(processKind(name, commandLine)).toBe(kind);
  });

  it('tells Astro from a file that only mentions it', () => {
    expect(processKind('MainThread', '/usr/bin/node /tmp/copy/scripts/astro-report.ts')).toBe('node');
  });
});
