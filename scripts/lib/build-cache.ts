/**
 * Where a copy of the site keeps what one build leaves for the next: Astro's cache of pages
 * (cacheDir in astro.config.mjs, which must name the same folder) and the search bundles of
 * areas (scripts/lib/search-index.ts). Removing it makes the next build a clean one.
 *
 * Astro copies a page from the last build when its cache key and its own code are unchanged. But
 * a change to other code can rename the style sheets and scripts that page links (moving one
 * page's import of a style sheet renamed the print sheets' sheet, and 80 copied print sheets then
 * linked a file that no longer existed). So the cache of pages is kept only while the site's code
 * is the same: after a change to it, the next build renders every page (codeFingerprint below).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from '../../src/lib/files.ts';

export const BUILD_CACHE_FOLDER = '.astro-cache';

/** The folder, in the cache, of the search bundles of areas kept from the last build (they have keys of their own). */
export function searchBundleCache(root: string): string {
  return join(root, BUILD_CACHE_FOLDER, 'search-bundles');
}

/** The code that decides how Astro bundles the pages' style sheets and scripts: the site's source, its settings and its packages. */
const CODE = ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** The file, in the cache, that names the code the cached pages were built with. */
const CODE_FILE = 'code-fingerprint';

/** A fingerprint of the site's code (each file's path and bytes), the same in every copy of the site. */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const item of CODE) {
    const path = join(root, item);
    if (!existsSync(path)) continue;
    for (const file of statSync(path).isDirectory() ? listFiles(path).sort() : [path])
      hash
        .update(`${relative(root, file).split('\\').join('/')}\u0000`)
        .update(readFileSync(file))
        .update('\u0000');
  }
  return hash.digest('hex');
}

/**
 * Before a build: if the cache was filled by other code, removes Astro's part of it (the search
 * bundles stay). Says whether it did.
 */
export function forgetPagesBuiltWithOtherCode(root: string, fingerprint: string): boolean {
  const cache = join(root, BUILD_CACHE_FOLDER);
  if (!existsSync(cache)) return false;
  const kept = join(cache, CODE_FILE);
  if (existsSync(kept) && readFileSync(kept, 'utf8') === fingerprint) return false;
  for (const name of readdirSync(cache)) if (join(cache, name) !== searchBundleCache(root)) rmSync(join(cache, name), { recursive: true, force: true });
  return true;
}

/** After a build that passed: the cache now holds pages built with this code. */
export function rememberCode(root: string, fingerprint: string): void {
  const cache = join(root, BUILD_CACHE_FOLDER);
  if (existsSync(cache)) writeFileSync(join(cache, CODE_FILE), fingerprint);
}
