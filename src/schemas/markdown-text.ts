/**
 * A text field written in Markdown, like a service's description: the same rules as a case study's
 * text (no HTML, no pictures, links only to web, email and phone addresses), so what the page shows
 * from it is always safe. Plain text with blank lines between paragraphs is Markdown too.
 */
import { findUnsafeMarkdownInDepth } from '../lib/content-check/markdown-parser-safety.ts';
import { text, TEXT_MAX } from './fields.ts';

/** A problem found in a Markdown field, worded for the field rather than for a case study. */
function forThisField(line: number, message: string, lines: number): string {
  const worded = message.replace(/Case studies are Markdown only/g, 'This text is Markdown only').replace(/Case studies cannot show pictures/g, 'Listings cannot show pictures');
  return lines > 1 ? `Line ${line} of the text: ${worded}` : worded;
}

/** Markdown text that must not be empty, with no hidden characters, at most `max` (or TEXT_MAX) characters, and safe to show. */
export function markdownText(options: { max?: number } = {}) {
  const max = options.max ?? TEXT_MAX;
  return text({ max: Number.MAX_SAFE_INTEGER })
    .max(max, { error: `Keep this to ${max.toLocaleString('en-GB')} characters or fewer. Keep what people most need to know, and link to a web page for the rest.` })
    .superRefine((value, context) => {
      const lines = value.split('\n').length;
      for (const problem of findUnsafeMarkdownInDepth(value)) {
        context.addIssue({ code: 'custom', message: forThisField(problem.line, problem.message, lines), input: value });
      }
    });
}
