/** The areas' boundaries from content/areas.geojson, by area id, loaded once per build; undefined when the site has none (then there are no maps). */
import { getEntry } from 'astro:content';
import { boundariesById } from '../lib/map/areas.ts';
import type { Boundaries } from '../lib/map/map-pages.ts';

let cached: Promise<Boundaries> | undefined;

async function loadBoundaries(): Promise<Boundaries> {
  const entry = await getEntry('areaBoundaries', 'areas');
  return entry ? boundariesById(entry.data) : undefined;
}

export function getBoundaries(): Promise<Boundaries> {
  cached ??= loadBoundaries();
  return cached;
}
