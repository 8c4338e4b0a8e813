/**
 * A page's cache key for Astro's incremental builds: a fingerprint of everything the page shows
 * (its view or plan, the content it reads, the site settings and the day it was built for). Used
 * by listing pages and list pages. When a build
 * finds the same key as the last build for a page, and the page's code is unchanged, Astro copies
 * the page from the last build instead of rendering it again. Give it every input of the page:
 * anything left out would leave an old page in place after that input changes.
 *
 * Inputs that every page shares (the areas, the site settings) are fingerprinted once per build,
 * not once per page: at 10,000 listings, writing the areas out for every page cost about 2.5 s.
 * Content does not change while a build runs, so an object's fingerprint is kept for its lifetime.
 */
import { createHash } from 'node:crypto';

const known = new WeakMap<object, string>();

const asJson = (value: unknown) => JSON.stringify(value, (_key, inner: unknown) => (inner instanceof Map ? [...inner] : inner instanceof Set ? [...inner] : inner));

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * The fingerprint of one input: an object's is worked out once and remembered. A list is
 * fingerprinted item by item, so the listings on a list page (a new list for each page) are
 * each worked out once, however many pages show them.
 */
function fingerprint(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(asJson(value));
  let print = known.get(value);
  if (print === undefined) {
    print = Array.isArray(value) ? hashOf(`[${value.map(fingerprint).join(',')}]`) : hashOf(asJson(value));
    known.set(value, print);
  }
  return print;
}

export function pageCacheKey(inputs: Readonly<Record<string, unknown>>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(inputs).sort()) hash.update(`${name}\u0000${fingerprint(inputs[name])}\u0000`);
  return hash.digest('base64url');
}
