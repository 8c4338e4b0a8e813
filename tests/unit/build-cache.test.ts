/**
 * The build cache is one folder (scripts/lib/build-cache.ts), named in astro.config.mjs too: a
 * clean build removes one folder and nothing of the last build is left. Astro's part of it is
 * kept only while the site's code stays the same.
 */
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_CACHE_FOLDER, codeFingerprint, forgetPagesBuiltWithOtherCode, rememberCode, searchBundleCache } from '../../scripts/lib/build-cache.ts';

describe('the build cache', () => {
  it("is the folder Astro keeps its cache in (astro.config.mjs's cacheDir)", () => {
    expect(config.cacheDir?.toString().replace(/^\.\//, '').replace(/\/$/, '')).toBe(BUILD_CACHE_FOLDER);
  });

  it("keeps the areas' search bundles inside it", () => {
    expect(searchBundleCache('/site')).toBe(`/site/${BUILD_CACHE_FOLDER}/search-bundles`);
  });
});

describe("the cache of pages and the site's code", () => {
  /** A site with some code, content and a cache filled by a build. */
  function site(): string {
    const root = mkdtempSync(join(tmpdir(), 'build-cache-'));
    mkdirSync(join(root, 'src', 'styles'), { recursive: true });
    mkdirSync(join(root, 'content'), { recursive: true });
    mkdirSync(searchBundleCache(root), { recursive: true });
    writeFileSync(join(root, 'src', 'styles', 'a.css'), '.a { color: red; }');
    writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
    writeFileSync(join(root, 'content', 'site.yaml'), 'name: A');
    writeFileSync(join(root, BUILD_CACHE_FOLDER, 'data-store.json'), '{}');
    return root;
  }

  it('fingerprints the code the same in every copy, and differently after a change to it but not to content', () => {
    const [one, two] = [site(), site()];
    expect(codeFingerprint(one)).toBe(codeFingerprint(two));
    writeFileSync(join(two, 'content', 'site.yaml'), 'name: B');
    expect(codeFingerprint(two)).toBe(codeFingerprint(one));
    writeFileSync(join(two, 'src', 'styles', 'a.css'), '.a { color: blue; }');
    expect(codeFingerprint(two)).not.toBe(codeFingerprint(one));
    writeFileSync(join(one, 'astro.config.mjs'), 'export default { base: "/x/" };');
    expect(codeFingerprint(one)).not.toBe(codeFingerprint(site()));
    for (const root of [one, two]) rmSync(root, { recursive: true });
  });

  it("keeps Astro's cache for the same code, and forgets it (not the search bundles) for other code or none named", () => {
    const root = site();
    const code = codeFingerprint(root);
    expect(forgetPagesBuiltWithOtherCode(root, code)).toBe(true);
    expect(readdirSync(join(root, BUILD_CACHE_FOLDER))).toEqual(['search-bundles']);
    writeFileSync(join(root, BUILD_CACHE_FOLDER, 'data-store.json'), '{}');
    rememberCode(root, code);
    expect(forgetPagesBuiltWithOtherCode(root, code)).toBe(false);
    expect(existsSync(join(root, BUILD_CACHE_FOLDER, 'data-store.json'))).toBe(true);
    expect(forgetPagesBuiltWithOtherCode(root, 'other code')).toBe(true);
    expect(readdirSync(join(root, BUILD_CACHE_FOLDER))).toEqual(['search-bundles']);
    rmSync(root, { recursive: true });
  });
});
