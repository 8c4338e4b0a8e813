/** How the build keeps the memory of Astro's process down (scripts/lib/astro-memory.ts). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { astroHeapLimitMB, astroNodeOptions } from '../../scripts/lib/astro-memory.ts';

describe('astroHeapLimitMB', () => {
  it('is 1.5 GB for a directory of up to 10,000 listings, the size measured with it', () => {
    expect(astroHeapLimitMB(0)).toBe(1536);
    expect(astroHeapLimitMB(51)).toBe(1536);
    expect(astroHeapLimitMB(10_000)).toBe(1536);
  });

  it('grows with a larger directory, so its live data always has room (25,000 listings: 3.75 GB)', () => {
    expect(astroHeapLimitMB(10_001)).toBeGreaterThan(1536);
    expect(astroHeapLimitMB(25_000)).toBe(3840);
    expect(astroHeapLimitMB(50_000)).toBe(7680);
  });
});

describe('astroNodeOptions', () => {
  it("gives Astro's process the heap limit for its directory, and a heap that grows to twice its live data", () => {
    expect(astroNodeOptions(25_000)).toEqual(['--max-old-space-size=3840', '--heap-growing-percent=100']);
  });

  it('are options this Node accepts, and the heap limit takes effect', () => {
    // A misspelt or withdrawn option stops Node before Astro starts ("bad option"), so this runs them on the Node the build uses.
    const run = spawnSync(process.execPath, [...astroNodeOptions(25_000), '-p', "Math.round(require('node:v8').getHeapStatistics().heap_size_limit / 2 ** 20)"], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The limit is the old space's; the whole heap's adds the young generation's few tens of MB.
    expect(Number(run.stdout)).toBeGreaterThanOrEqual(3840);
    expect(Number(run.stdout)).toBeLessThan(3840 + 256);
  });
});
