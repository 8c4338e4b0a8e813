/**
 * Writes the postcode table's files into a project's content/postcodes/ (one per district, from
 * postcodeTableFiles) and removes the files of districts the new table no longer has, so the
 * folder always holds one import. Used by `npm run import:postcodes` and the sample's maker.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFilePath, contentFolderOf } from '../../src/content-model/content-types.ts';

export interface WrittenTable {
  /** The folder, from the project: content/postcodes. */
  readonly folder: string;
  readonly written: readonly string[];
  /** Files of districts that are no longer in the table. */
  readonly removed: readonly string[];
}

export function writePostcodeTable(root: string, files: ReadonlyMap<string, string>): WrittenTable {
  const folder = contentFolderOf('postcodes');
  mkdirSync(join(root, folder), { recursive: true });
  const written = [...files].map(([id, text]) => {
    const path = contentFilePath('postcodes', id);
    writeFileSync(join(root, path), text);
    return path;
  });
  const keep = new Set(written.map((path) => path.slice(folder.length + 1)));
  const removed = existsSync(join(root, folder))
    ? readdirSync(join(root, folder))
        .filter((name) => name.endsWith('.yaml') && !keep.has(name))
        .map((name) => {
          rmSync(join(root, folder, name));
          return `${folder}/${name}`;
        })
    : [];
  return { folder, written, removed };
}
