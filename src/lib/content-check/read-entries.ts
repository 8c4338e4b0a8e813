/**
 * The first pass of the content check: finds every file under content/, works out which kind of
 * content each one is from the content model, and reads it (see read-file.ts). A file the site
 * would not read, a file name that is not a good id, or two files with the same id are reported here.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isSlug } from '../formats.ts';
import { ContentFileError, isSymbolicLink, LINK_MESSAGE, listFiles, readContentText } from '../files.ts';
import { CONTENT_FOLDER, explainUnreadFile, IGNORED_FILES, matchContentType } from '../../content-model/content-types.ts';
import { LoadedContent, perCollection, type FoundIds, type WrittenEntry } from './entries.ts';
import { isDatasetFigures, isFiguresWithoutDescription } from './check-datasets.ts';
import { errorAt, type Problem } from './problem.ts';
import { readContentFile } from './read-file.ts';

export interface ReadContent {
  /** False when there is no content/ folder at all (then nothing else can be checked). */
  readonly folderFound: boolean;
  /** Every file under content/ (not notes like README.md), as paths inside content/, in order. */
  readonly files: readonly string[];
  /** How many files were looked at. */
  readonly filesChecked: number;
  /** The entries that passed their schemas. */
  readonly content: LoadedContent;
  /** Entries that failed their schema, kept as written so their references are still checked. */
  readonly unchecked: readonly WrittenEntry[];
  /** Ids of every file or list item found, valid or not, so that one bad file does not make every reference to it look wrong too. */
  readonly foundIds: FoundIds;
  readonly problems: Problem[];
}

/** Reads every content file under a project folder. */
export function readEntries(root: string): ReadContent {
  const contentFolder = join(root, CONTENT_FOLDER);
  const problems: Problem[] = [];
  const content = new LoadedContent();
  const unchecked: WrittenEntry[] = [];
  const foundIds = perCollection(() => new Set<string>());
  if (!existsSync(contentFolder)) {
    problems.push(errorAt(CONTENT_FOLDER, `There is no ${CONTENT_FOLDER}/ folder. The site is built from it.`));
    return { folderFound: false, files: [], filesChecked: 0, content, unchecked, foundIds, problems };
  }

  const files = listFiles(contentFolder)
    .map((full) => relative(contentFolder, full).split('\\').join('/'))
    .filter((file) => !IGNORED_FILES.test(file))
    .sort();
  // A data set's figures are checked with its description (see check-datasets.ts); figures with no description still count.
  let filesChecked = files.filter((file) => isFiguresWithoutDescription(file, files)).length;
  const stems = new Map<string, string>();

  for (const relativePath of files) {
    const file = `${CONTENT_FOLDER}/${relativePath}`;
    if (isDatasetFigures(relativePath)) continue; // read, and refused if need be, by check-datasets.ts
    if (isSymbolicLink(join(contentFolder, relativePath))) {
      filesChecked++;
      problems.push(errorAt(file, LINK_MESSAGE));
      continue;
    }
    const match = matchContentType(relativePath);
    filesChecked++;
    if (!match) {
      problems.push(errorAt(file, explainUnreadFile(relativePath)));
      continue;
    }
    const { type, id } = match;
    const lastPart = id.split('/').at(-1) ?? id;
    if (!isSlug(lastPart) && type.format !== 'yaml-list' && type.collection !== 'site' && type.collection !== 'charter') {
      problems.push(errorAt(file, `The file name "${lastPart}" must use only lower-case letters, numbers and hyphens, like "eastbrook-library-wifi". Rename the file.`));
      continue;
    }
    const stemKey = `${type.collection}:${id.toLowerCase()}`;
    const first = stems.get(stemKey);
    if (first !== undefined) {
      problems.push(errorAt(file, `This has the same id as ${first}. Each ${type.noun} needs its own file name.`));
      continue;
    }
    stems.set(stemKey, file);
    foundIds[type.collection].add(id);
    let text: string;
    try {
      text = readContentText(join(contentFolder, relativePath));
    } catch (problem) {
      if (!(problem instanceof ContentFileError)) throw problem;
      problems.push(errorAt(file, problem.message, problem.line));
      continue;
    }
    const read = readContentFile(type, id, file, text);
    for (const listed of read.listedIds) foundIds[type.collection].add(listed);
    problems.push(...read.problems);
    for (const entry of read.checked) content.addChecked(entry);
    unchecked.push(...read.unchecked);
  }
  return { folderFound: true, files, filesChecked, content, unchecked, foundIds, problems };
}
