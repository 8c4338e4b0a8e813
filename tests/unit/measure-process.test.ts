/** The benchmark's measure of a command (scripts/lib/measure-process.ts): the peak of its whole process tree at one moment. */
import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/lib/measure-process.ts';

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
    // Only Node ran, so the peak of all Node processes is the whole tree's.
    expect(measured.peakBytes.node).toBe(measured.peakTotalBytes);
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
