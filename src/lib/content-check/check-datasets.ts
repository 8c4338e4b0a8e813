/**
 * Checks the data sets: each folder under content/datasets/ holds a meta.yaml (what the figures
 * are) and a data.csv (the figures), and the figures match the columns meta.yaml describes.
 */
import { existsSync } from 'node:fs';
import { ContentFileError, isSymbolicLink, readContentText } from '../files.ts';
import { join } from 'node:path';
import { CONTENT_FOLDER } from '../../content-model/content-types.ts';
import type { ContentEntry } from './entries.ts';
import { checkDatasetRows } from './dataset-rows.ts';
import { errorAt, type Problem } from './problem.ts';

const FIGURES = /^datasets\/([^/]+)\/data\.csv$/;

/** Whether a path inside content/ is a data set's figures (read with its meta.yaml, not on its own). */
export function isDatasetFigures(relativePath: string): boolean {
  return relativePath.endsWith('/data.csv') && relativePath.startsWith('datasets/');
}

/** Whether a path inside content/ is a data.csv with no meta.yaml beside it. */
export function isFiguresWithoutDescription(relativePath: string, files: readonly string[]): boolean {
  const match = FIGURES.exec(relativePath);
  return match !== null && !files.includes(`datasets/${match[1]}/meta.yaml`);
}

export interface DatasetFiles {
  /** The project folder. */
  readonly root: string;
  /** Every file under content/, as paths inside it. */
  readonly files: readonly string[];
  /** The id of every data set with a meta.yaml, whether or not it passed its schema. */
  readonly found: ReadonlySet<string>;
  /** The data set descriptions that passed their schema. */
  readonly datasets: readonly ContentEntry<'datasets'>[];
}

export function checkDatasets({ root, files, found, datasets }: DatasetFiles): Problem[] {
  const problems: Problem[] = [];
  for (const id of found) {
    const metaFile = `${CONTENT_FOLDER}/datasets/${id}/meta.yaml`;
    const csvFile = `${CONTENT_FOLDER}/datasets/${id}/data.csv`;
    const csvPath = join(root, csvFile);
    if (!existsSync(csvPath) && !isSymbolicLink(csvPath)) {
      problems.push(errorAt(metaFile, `This data set has no data.csv beside its meta.yaml. Add the figures as ${csvFile}.`));
      continue;
    }
    let csvText: string;
    try {
      csvText = readContentText(csvPath);
    } catch (problem) {
      if (!(problem instanceof ContentFileError)) throw problem;
      problems.push(errorAt(csvFile, problem.message, problem.line));
      continue;
    }
    const meta = datasets.find((entry) => entry.id === id);
    if (!meta) continue;
    const { problems: rowProblems } = checkDatasetRows(csvText, meta.data.columns);
    for (const problem of rowProblems) problems.push(errorAt(csvFile, problem.message, problem.line));
  }
  for (const relativePath of files) {
    if (isFiguresWithoutDescription(relativePath, files)) {
      problems.push(errorAt(`${CONTENT_FOLDER}/${relativePath}`, 'This data set has no meta.yaml to describe it. Add one beside data.csv.'));
    }
  }
  return problems;
}
