import { editDistance } from '../edit-distance.ts';

/** The closest known word to a misspelt one, for "did you mean ...?" hints. */
export function closestWord(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  const limit = Math.max(2, Math.floor(word.length / 3));
  return best.distance <= limit ? best.candidate : undefined;
}
