/**
 * The cache key of a page that shows some of the directory's listings (a list page, a print
 * sheet): everything such a page shows comes from its plan (which listings, which page or part of
 * how many), those listings, the areas and their map, the site settings, the day and the
 * language. A page that shows more passes that too (a list page: the totals of the lists it links
 * to). An unchanged page is copied from the last build (src/lib/page-cache-key.ts).
 */
import { getBoundaries } from './area-boundaries.ts';
import { getDirectory } from './directory.ts';
import { getSite } from './site.ts';
import { today } from '../lib/freshness.ts';
import { translator } from '../lib/i18n/translate.ts';
import { pageCacheKey } from '../lib/page-cache-key.ts';

/** A page of listings as its route plans it. */
interface ListingsPagePlan {
  readonly serviceIds: readonly string[];
}

export type ListingsPageKey = (plan: ListingsPagePlan, lang: string | undefined, more?: Readonly<Record<string, unknown>>) => string;

/** Makes the keys for one build: the shared inputs are read once. `lang` is the route's language parameter (none for English). */
export async function listingsPageKeys(): Promise<ListingsPageKey> {
  const [directory, site, boundaries] = await Promise.all([getDirectory(), getSite(), getBoundaries()]);
  const day = today();
  return (plan, lang, more = {}) =>
    pageCacheKey({ ...more, plan, services: plan.serviceIds.map((id) => directory.byId.get(id)), areas: directory.areas, boundaries, site, day, lang: translator(lang).language.code });
}
