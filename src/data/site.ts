/** The site's identity from content/site.yaml, loaded once per build. */
import { getEntry } from 'astro:content';
import type { Site } from '../schemas/site.ts';

let cached: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  cached ??= getEntry('site', 'site').then((entry) => {
    if (!entry) throw new Error('content/site.yaml is missing or empty.');
    return entry.data;
  });
  return cached;
}
