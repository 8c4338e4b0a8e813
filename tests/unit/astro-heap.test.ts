/** The heap limit the build gives Astro (scripts/lib/astro-heap.ts). */
import { describe, expect, it } from 'vitest';
import { astroHeapLimitMB } from '../../scripts/lib/astro-heap.ts';

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
