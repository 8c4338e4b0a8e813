/**
 * Where a copy of the site keeps what one build leaves for the next: Astro's cache of pages
 * (cacheDir in astro.config.mjs, which must name the same folder) and the search bundles of
 * areas (scripts/lib/search-index.ts). Removing it makes the next build a clean one.
 */
import { join } from 'node:path';

export const BUILD_CACHE_FOLDER = '.astro-cache';

/** The folder, in the cache, of the search bundles of areas kept from the last build. */
export function searchBundleCache(root: string): string {
  return join(root, BUILD_CACHE_FOLDER, 'search-bundles');
}
