/**
 * A page's cache key for Astro's incremental builds: a fingerprint of everything the page shows
 * (its view, the content it reads, the site settings and the day it was built for). When a build
 * finds the same key as the last build for a page, and the page's code is unchanged, Astro copies
 * the page from the last build instead of rendering it again. Give it every input of the page:
 * anything left out would leave an old page in place after that input changes.
 */
import { createHash } from 'node:crypto';

export function pageCacheKey(inputs: Readonly<Record<string, unknown>>): string {
  return createHash('sha256')
    .update(JSON.stringify(inputs, (_key, value: unknown) => (value instanceof Map ? [...value] : value instanceof Set ? [...value] : value)))
    .digest('base64url');
}
