/**
 * Reads and writes the champion's progress in this browser only. If storage is turned off or
 * full, the pages still work; progress just is not remembered.
 */
import { EMPTY_PROGRESS, parseProgress, PROGRESS_KEY, serialiseProgress, type Progress } from '../lib/training/progress.ts';

export function readProgress(): Progress {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return EMPTY_PROGRESS;
  }
}

export function writeProgress(progress: Progress): boolean {
  try {
    localStorage.setItem(PROGRESS_KEY, serialiseProgress(progress));
    return true;
  } catch {
    return false;
  }
}

export function clearStoredData(keys: readonly string[]): void {
  for (const key of keys) {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing stored, or storage is off: nothing to clear.
    }
  }
}
