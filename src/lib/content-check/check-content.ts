/**
 * The content check: reads every file under `content/`, checks it against its schema and
 * against the rest of the content, and reports every problem at once. Each pass is its own
 * small function (read-entries.ts, check-*.ts), so each can be tested alone; this runs them in turn.
 */
import { today as currentDay } from '../freshness.ts';
import type { LoadedContent } from './entries.ts';
import { checkAreaBoundaries } from './check-area-boundaries.ts';
import { checkCatalogues } from './check-catalogues.ts';
import { checkDatasets } from './check-datasets.ts';
import { checkDuplicates } from './check-duplicates.ts';
import { checkFreshness } from './check-freshness.ts';
import { checkPostcodes } from './check-postcodes.ts';
import { checkReferences } from './check-references.ts';
import { checkReportFiles } from './check-report-files.ts';
import { checkSearchWords } from './check-search-words.ts';
import { checkWaitingForReview } from './check-review.ts';
import { checkRequiredFiles, checkSiteSettingsRead } from './check-required-files.ts';
import { checkTimes } from './check-times.ts';
import { checkTraining } from './check-training.ts';
import { checkTriage } from './check-triage.ts';
import { checkWelshLanguage } from './check-welsh-language.ts';
import type { Problem } from './problem.ts';
import { readEntries } from './read-entries.ts';

export type { ContentEntry, LoadedContent } from './entries.ts';

export interface CheckResult {
  readonly problems: Problem[];
  readonly filesChecked: number;
  /** The entries that passed their schemas, by kind of content, each with its own type. */
  readonly entries: LoadedContent;
  readonly ok: boolean;
}

export interface CheckOptions {
  /** The project folder that holds content/ and public/. */
  readonly root: string;
  /** Today's date, YYYY-MM-DD, for freshness warnings. */
  readonly today?: string;
}

export function checkContent(options: CheckOptions): CheckResult {
  const { root } = options;
  const read = readEntries(root);
  const { files, content, unchecked, foundIds } = read;
  const problems = [...read.problems];
  if (read.folderFound) {
    problems.push(
      ...checkDatasets({ root, files, found: foundIds.datasets, datasets: content.entriesOf('datasets') }),
      ...checkRequiredFiles(files),
      ...checkReferences({ content, unchecked, foundIds }),
      ...checkDuplicates(content),
      ...checkTraining(content, foundIds),
      ...checkTriage(content, foundIds),
      ...checkReportFiles(root, content.entriesOf('reports')),
      ...checkTimes(content),
      ...checkPostcodes(content, files),
      ...checkAreaBoundaries(content),
      ...checkWelshLanguage(content),
      ...checkCatalogues(),
      ...checkSearchWords(content),
    );
    problems.push(...checkSiteSettingsRead(content, problems));
    problems.push(...checkFreshness(content, options.today ?? currentDay()));
    problems.push(...checkWaitingForReview(content));
  }
  return { problems, filesChecked: read.filesChecked, entries: content, ok: !problems.some((p) => p.severity === 'error') };
}

/** Reads the content and gives back the entries that pass their schemas, without checking them against each other. */
export function loadContent(root: string): LoadedContent {
  return readEntries(root).content;
}
