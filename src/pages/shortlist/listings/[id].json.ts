/**
 * One small file per listing for the shortlist page (/shortlist/listings/<id>.json): its phone
 * number, places, hours and QR code (see src/lib/shortlist/entry.ts). The page fetches only the
 * files of the listings on the list. Every listing has one, closed ones too, so a shortlist made
 * before a listing closed can say so.
 */
import type { APIRoute } from 'astro';
import { getDirectory, type DirectoryService } from '../../../data/directory.ts';
import { pageCacheKey } from '../../../lib/page-cache-key.ts';
import { routes } from '../../../lib/routes.ts';
import { shortlistEntry } from '../../../lib/shortlist/entry.ts';
import { listingQr } from '../../../lib/shortlist/qr-code.ts';
import { href } from '../../../utils/href.ts';

export async function getStaticPaths() {
  // A file whose inputs (the listing and the site's address) did not change is copied from the last build.
  return (await getDirectory()).services.map((service) => ({
    params: { id: service.id },
    props: { service },
    cacheKey: pageCacheKey({ id: service.id, data: service.data, site: import.meta.env.SITE, base: import.meta.env.BASE_URL }),
  }));
}

export const GET: APIRoute = ({ props, site }) => {
  const { service } = props as { service: DirectoryService };
  const qr = listingQr(new URL(href(routes.service(service.id)), site).href);
  return new Response(JSON.stringify(shortlistEntry(service, qr)), { headers: { 'Content-Type': 'application/json' } });
};
