/**
 * The build cache is one folder (scripts/lib/build-cache.ts), named in astro.config.mjs too: a
 * clean build removes one folder and nothing of the last build is left.
 */
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { BUILD_CACHE_FOLDER, searchBundleCache } from '../../scripts/lib/build-cache.ts';

describe('the build cache', () => {
  it("is the folder Astro keeps its cache in (astro.config.mjs's cacheDir)", () => {
    expect(config.cacheDir?.toString().replace(/^\.\//, '').replace(/\/$/, '')).toBe(BUILD_CACHE_FOLDER);
  });

  it("keeps the areas' search bundles inside it", () => {
    expect(searchBundleCache('/site')).toBe(`/site/${BUILD_CACHE_FOLDER}/search-bundles`);
  });
});
