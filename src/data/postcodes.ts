/**
 * The postcode table (content/postcodes/, one file per district), read once per build: the
 * district files are made from it, and places with a postcode but no latitude and longitude get
 * theirs from it.
 */
import { joinPostcodeTables, type PostcodeTable } from '../lib/postcodes/table.ts';
import { loadCollection } from './collections.ts';

export interface LoadedPostcodeTable {
  readonly table: PostcodeTable;
  /** Where the postcodes come from, with the words their licence asks for, for every file made from them. */
  readonly source: string;
}

let cached: Promise<LoadedPostcodeTable> | undefined;

/** The table; empty when the site has none. */
export function getPostcodeTable(): Promise<LoadedPostcodeTable> {
  // Every file of the table comes from one import, so the first says where they all come from.
  cached ??= loadCollection('postcodes').then((parts) => ({
    table: joinPostcodeTables(parts.map((part) => part.data)),
    source: parts[0] ? `${parts[0].data.source} (${parts[0].data.file}, ${parts[0].data.imported}). ${parts[0].data.attribution}` : '',
  }));
  return cached;
}
