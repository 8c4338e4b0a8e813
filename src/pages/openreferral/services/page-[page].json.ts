import type { APIRoute } from 'astro';
import { getOrukPage, orukPageCount } from '../../../data/open-data.ts';

export async function getStaticPaths() {
  const pages = await orukPageCount();
  return Array.from({ length: pages - 1 }, (_, i) => ({ params: { page: String(i + 2) } }));
}

/** Pages 2 onwards of the paged list of services. */
export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(await getOrukPage(Number(params.page))), { headers: { 'Content-Type': 'application/json' } });
