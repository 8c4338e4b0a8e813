/** Checks that a report which says its file is on this site (like /reports/annual-review.pdf) has that file in public/. */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isSymbolicLink, LINK_MESSAGE, listFiles } from '../files.ts';
import type { ContentEntry } from './entries.ts';
import { errorAt, type Problem } from './problem.ts';

/** The kinds of file a report may be hosted as (none of them runs in a browser). */
const REPORT_FILE = /\.(pdf|csv|ods|odt|docx)$/;

/** `root` is the project folder, which holds public/. */
export function checkReportFiles(root: string, reports: readonly ContentEntry<'reports'>[]): Problem[] {
  const problems: Problem[] = [];
  // Everything in public/ is copied into the site as it is: a link there could publish a file
  // from anywhere on the machine that builds the site.
  for (const full of listFiles(join(root, 'public'))) {
    const file = relative(root, full).split('\\').join('/');
    if (isSymbolicLink(full)) problems.push(errorAt(file, LINK_MESSAGE));
    // A file in public/ is served as it is, without the pages' Content-Security-Policy: a web page
    // or script among the reports would run on this site's address.
    else if (file.startsWith('public/reports/') && !REPORT_FILE.test(file)) {
      problems.push(
        errorAt(
          file,
          "Reports hosted in public/reports/ must be PDF, CSV or office documents (.pdf, .csv, .ods, .odt, .docx). A web page or script here would run on this site. Publish it elsewhere and give its address as the report's link.",
        ),
      );
    }
  }
  for (const report of reports) {
    if (report.data.file && !existsSync(join(root, 'public', report.data.file))) {
      problems.push(errorAt(report.file, `There is no file public${report.data.file}. Add the file, or give a link instead.`, report.source.lineOf(['file']), ['file']));
    }
  }
  return problems;
}
