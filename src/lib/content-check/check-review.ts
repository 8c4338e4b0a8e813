/** Warns about imported listings waiting for an officer to add kinds of help: the site does not show them yet. */
import { isWaitingForReview } from '../waiting-for-review.ts';
import type { LoadedContent } from './entries.ts';
import { warningAt, type Problem } from './problem.ts';

export function checkWaitingForReview(content: LoadedContent): Problem[] {
  return content
    .entriesOf('services')
    .filter((entry) => isWaitingForReview(entry.data))
    .map((entry) =>
      warningAt(
        entry.file,
        `"${entry.data.name}" waits for review, so the site does not show it: ${entry.data.review ?? 'it has no kinds of help.'} If it is digital help, add its kinds (like kinds: [drop-in-help]) and delete the review line; if not, delete the file.`,
        entry.source.lineOf(['review']),
        ['review'],
      ),
    );
}
