/** Checks that a report which says its file is on this site (like /reports/annual-review.pdf) has that file in public/. */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isSymbolicLink, LINK_MESSAGE, listFiles } from '../files.ts';
import type { ContentEntry } from './entries.ts';
import { errorAt, type Problem } from './problem.ts';

/** `root` is the project folder, which holds public/. */
export function checkReportFiles(root: string, reports: readonly ContentEntry<'reports'>[]): Problem[] {
  const problems: Problem[] = [];
  // Everything in public/ is copied into the site as it is: a link there could publish a file
  // from anywhere on the machine that builds the site.
  for (const full of listFiles(join(root, 'public'))) {
    if (isSymbolicLink(full)) problems.push(errorAt(relative(root, full).split('\\').join('/'), LINK_MESSAGE));
  }
  for (const report of reports) {
    if (report.data.file && !existsSync(join(root, 'public', report.data.file))) {
      problems.push(errorAt(report.file, `There is no file public${report.data.file}. Add the file, or give a link instead.`, report.source.lineOf(['file']), ['file']));
    }
  }
  return problems;
}
