import { describe, expect, it } from 'vitest';
import { inTurns } from '../../src/lib/in-turns.ts';

describe('work done a few jobs at a time (inTurns)', () => {
  it('never has more than the number allowed in progress, and keeps the results in order when they finish out of order', async () => {
    let inProgress = 0;
    let most = 0;
    const delays = [30, 5, 20, 1, 25, 2, 15, 3, 10, 4];
    const results = await inTurns(delays, 4, async (delay) => {
      inProgress += 1;
      most = Math.max(most, inProgress);
      await new Promise((done) => setTimeout(done, delay));
      inProgress -= 1;
      return `took ${delay}`;
    });
    expect(most).toBe(4);
    expect(results).toEqual(delays.map((delay) => `took ${delay}`));
  });

  it('makes nothing for no items, and all of them when fewer than allowed', async () => {
    expect(await inTurns([], 4, async () => 1)).toEqual([]);
    expect(await inTurns([1, 2], 4, async (n) => n * 10)).toEqual([10, 20]);
  });
});
