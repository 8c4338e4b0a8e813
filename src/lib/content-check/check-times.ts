/**
 * Times in listings and courses read the same everywhere: the site shows "10am" and "1:30pm",
 * so free text (notes, descriptions) may not say "14:00". The clock fields themselves
 * (opens, closes, starts, ends) are written on the 24-hour clock and turned into words.
 */
import type { LoadedContent } from './entries.ts';
import { errorAt, locateInEntry, type Problem } from './problem.ts';

/** Fields that hold a time on the 24-hour clock by design. */
const CLOCK_FIELDS = new Set(['opens', 'closes', 'starts', 'ends']);
/** A 24-hour time like 14:00 or 9:30, not followed by am or pm. */
const TWENTY_FOUR_HOUR = /\b([01]?\d|2[0-3]):[0-5]\d\b(?!\s*[ap]\.?m)/i;

export const TIME_MESSAGE = 'Write times the way the site shows them, like "10am", "2pm" or "1:30pm", not on the 24-hour clock.';

/** Every text value of an entry with its path, except the clock fields. */
function* textsOf(value: unknown, path: PropertyKey[] = []): Generator<{ text: string; path: PropertyKey[] }> {
  if (typeof value === 'string') yield { text: value, path };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* textsOf(item, [...path, index]);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (!CLOCK_FIELDS.has(key)) yield* textsOf(item, [...path, key]);
  }
}

export function checkTimes(content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const entry of [...content.entriesOf('services'), ...content.entriesOf('courses')]) {
    for (const { text, path } of textsOf(entry.data)) {
      if (!TWENTY_FOUR_HOUR.test(text)) continue;
      const at = locateInEntry(entry, path);
      problems.push(errorAt(entry.file, TIME_MESSAGE, at.line, at.path));
    }
  }
  return problems;
}
