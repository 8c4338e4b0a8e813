/**
 * What a listing's page shows (its view, src/lib/views/service.ts) and its cache key. The route
 * keeps only the listing and the key for each of its pages, and works the view out again when
 * the page is built: at 25,000 listings, holding a view for each of the 95,000 listing pages (one
 * per listing and language) from the start of the build to its end kept hundreds of megabytes
 * alive. The same inputs give the same view, so the key still says what the page shows.
 */
import { getDirectory, type DirectoryService } from './directory.ts';
import { getSite } from './site.ts';
import { today } from '../lib/freshness.ts';
import { inLanguage } from '../lib/i18n/paths.ts';
import { translator } from '../lib/i18n/translate.ts';
import { pageCacheKey } from '../lib/page-cache-key.ts';
import { routes } from '../lib/routes.ts';
import { serviceView } from '../lib/views/service.ts';
import { href } from '../utils/href.ts';

export type ListingPageView = ReturnType<typeof serviceView>;

/** Makes the views and keys for one build: the shared inputs are read once. `lang` is the route's language parameter (none for English). */
export async function listingPages(): Promise<{ view(service: DirectoryService, lang: string | undefined): ListingPageView; key(service: DirectoryService, lang: string | undefined): string }> {
  const [directory, site] = await Promise.all([getDirectory(), getSite()]);
  const day = today();
  const view = (service: DirectoryService, lang: string | undefined) => {
    const t = translator(lang);
    const pageUrl = new URL(href(inLanguage(t.language.code, routes.service(service.id))), import.meta.env.SITE).href;
    return serviceView(service, { directory, site, pageUrl, today: day, t });
  };
  return {
    view,
    // Everything the page shows comes from these: an unchanged listing's page is copied from the last build.
    key: (service, lang) => pageCacheKey({ service, view: view(service, lang), areas: directory.areas, site, day, lang: translator(lang).language.code }),
  };
}
