/**
 * The postcode table (content/postcodes.yaml), read once per build: the district files are made
 * from it, and places with a postcode but no latitude and longitude get theirs from it.
 */
import { readPostcodeTable, type PostcodeTable } from '../lib/postcodes/table.ts';
import { loadCollection } from './collections.ts';

export interface LoadedPostcodeTable {
  readonly table: PostcodeTable;
  /** Where the postcodes come from, with the words their licence asks for, for every file made from them. */
  readonly source: string;
}

let cached: Promise<LoadedPostcodeTable> | undefined;

/** The table; empty when the site has none. */
export function getPostcodeTable(): Promise<LoadedPostcodeTable> {
  cached ??= loadCollection('postcodes').then(([entry]) => ({
    table: readPostcodeTable(entry?.data.postcodes ?? []),
    source: entry ? `${entry.data.source} (${entry.data.file}, ${entry.data.imported}). ${entry.data.attribution}` : '',
  }));
  return cached;
}
