/** The site's identity from content/site.yaml, loaded once per build. */
import { getEntry } from 'astro:content';
import type { Site } from '../schemas/site.ts';

let cached: Promise<Site> | undefined;

async function loadSite(): Promise<Site> {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('content/site.yaml is missing or empty.');
  return entry.data;
}

export function getSite(): Promise<Site> {
  if (!cached) cached = loadSite();
  return cached;
}
