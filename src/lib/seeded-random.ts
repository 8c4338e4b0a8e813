/**
 * A small random number maker (mulberry32) that gives the same numbers for the same seed, so
 * made-up data (the benchmark's feed, the sample postcodes, a test district) is the same on every
 * run. A text seed is turned into a number first.
 */
export function seededRandom(seed: number | string): () => number {
  let state = typeof seed === 'number' ? seed >>> 0 : 2166136261;
  if (typeof seed === 'string') for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
