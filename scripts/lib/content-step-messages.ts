/**
 * What the build and its content step (scripts/lib/content-step.ts, a process of its own) say to
 * each other: what the step is given, and the messages it sends back. Kept apart from the step,
 * so the build reads them without loading the content check into its own process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ServiceSearchRecord } from '../../src/lib/directory/search-record.ts';
import type { ListingInShort } from './search-index.ts';

export interface ContentStepInput {
  readonly root: string;
  /** Where to write the open data files and the area indexes, to be moved into dist/ after Astro. */
  readonly staging: string;
  /** Where to keep what the index of every listing in short needs, on a large directory (read with readListingsInShort). */
  readonly inShortFile: string;
  /** Where to keep each area's search records, on a large directory, until its index is written (scripts/lib/area-records.ts). */
  readonly areaRecordsFolder: string;
  /** Build even if the check finds problems (for tests of content the check would refuse). */
  readonly skipCheck: boolean;
}

/** What the content check found when the content did not pass: its report (and the same as GitHub annotations, in CI). */
export interface ContentRefused {
  readonly ok: false;
  readonly report: string;
  readonly annotations: string;
}

/** What the content step found when the content passed: the check's report, and the figures the build prints. */
export interface ContentPassed {
  readonly ok: true;
  readonly report: string;
  readonly annotations: string;
  readonly checkMs: number;
  readonly openData: { readonly services: number; readonly ms: number };
  /** How many listings are available (searched), and whether the search is split by area for that many. */
  readonly listingCount: number;
  readonly split: boolean;
}

export type ContentStepMessage =
  | ({ readonly kind: 'checked' } & ContentRefused)
  | ({ readonly kind: 'checked' } & ContentPassed)
  /** A large directory: its area indexes are written under `staging`, and the listings in short are in `inShortFile`. */
  | { readonly kind: 'indexed'; readonly areaBundles: number; readonly areaBundlesCopied: number; readonly ms: number }
  /** A small directory: its listings' search records, for the build to index with the pages. */
  | { readonly kind: 'records'; readonly records: ServiceSearchRecord[] }
  /** The check or the indexing could not run (the build knows which, from the message it was waiting for). */
  | { readonly kind: 'failed'; readonly message: string };

/** Keeps what the index of every listing in short needs of each record in `file`, until Astro has ended (the rest of a record is for the area indexes). */
export function keepListingsInShort(file: string, records: readonly ServiceSearchRecord[]): void {
  const listings: ListingInShort[] = records.map(({ id, language, meta, short }) => ({ id, language, meta, short }));
  writeFileSync(file, JSON.stringify(listings));
}

/** What the index of every listing in short needs, as the content step kept it. */
export function readListingsInShort(file: string): ListingInShort[] {
  return JSON.parse(readFileSync(file, 'utf8')) as ListingInShort[];
}
