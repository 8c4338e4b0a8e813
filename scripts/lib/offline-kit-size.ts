/**
 * The size of one area's offline kit in a built site, for `npm run bench` (budget: 1.5 MB for an
 * area of 500 listings). It reads the kit list the build wrote (src/lib/offline-kit/write-kit.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KitList } from '../../src/lib/offline-kit/kit-list.ts';
import { kitListPath } from '../../src/lib/offline-kit/paths.ts';

/** The budget for a 500-listing area's kit: what the champion downloads, in bytes. */
export const OFFLINE_KIT_BUDGET_BYTES = 1_500_000;

export interface OfflineKitSize {
  /** How many pages and files the kit saves. */
  readonly files: number;
  /** What the champion downloads, in bytes (the two compressed bundles). */
  readonly bytes: number;
  /** The space the kit takes in the browser once unpacked, in bytes. */
  readonly unpackedBytes: number;
}

/** The kit for `area` in the built site at `dist`. Throws if the build wrote no kit for that area. */
export function offlineKitSize(dist: string, area: string): OfflineKitSize {
  const file = join(dist, kitListPath(area));
  if (!existsSync(file)) throw new Error(`${file} is missing: the build writes an offline kit for every area (is "${area}" one of the site's areas?).`);
  const list = JSON.parse(readFileSync(file, 'utf8')) as KitList;
  return { files: list.files.length, bytes: list.downloadBytes, unpackedBytes: list.fileBytes };
}
