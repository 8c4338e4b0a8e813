/**
 * Listing and reading the files of content/. Content comes from partners, so a file is read only
 * if it is an ordinary file (never a symbolic link, which could point outside the project) and
 * is UTF-8 text. The content check and the build's loaders read files the same way.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under a folder (depth first), as full paths. Folders for which `skip` says true are
 * left out. Symbolic links are listed as they are (never followed), so that they can be refused.
 */
export function listFiles(folder: string, skip: (folderName: string) => boolean = () => false): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const full = join(folder, item.name);
    if (item.isDirectory()) return skip(item.name) ? [] : listFiles(full, skip);
    return [full];
  });
}

/** The biggest content file read, in bytes. */
export const CONTENT_FILE_MAX_BYTES = 2_000_000;

/** A content file that cannot be read, with a message for the partner (and the line, when known). */
export class ContentFileError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.name = 'ContentFileError';
    this.line = line;
  }
}

/** Whether a path is a symbolic link (a link to nothing counts). */
export function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export const LINK_MESSAGE = 'This is a symbolic link (a shortcut to another file or folder), which the site does not follow. Put the file itself here, not a link to it.';

/**
 * The text of a content file. Throws a ContentFileError for a symbolic link, something that is not
 * an ordinary file, a file over CONTENT_FILE_MAX_BYTES, or bytes that are not UTF-8 (naming the
 * line). Nothing from the file is put in a message.
 */
export function readContentText(path: string): string {
  const stats = lstatSync(path);
  if (stats.isSymbolicLink()) throw new ContentFileError(LINK_MESSAGE);
  if (!stats.isFile()) throw new ContentFileError('This is not an ordinary file. Content files are text files: remove it.');
  if (stats.size > CONTENT_FILE_MAX_BYTES) {
    throw new ContentFileError(`This file is ${Math.round(stats.size / 1000).toLocaleString('en-GB')} kB. Content files may be at most ${CONTENT_FILE_MAX_BYTES / 1_000_000} MB: split it up.`);
  }
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ContentFileError(
      'This file is not saved as UTF-8 text: this line has a character in another encoding (often a £, é or curly quote from an old editor). Save the file as UTF-8, or type the character again.',
      firstBadLine(bytes),
    );
  }
}

/** The line (from 1) of the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end === -1) break;
    line++;
    start = end + 1;
  }
  return line;
}
