import type { APIRoute } from 'astro';
import { getOrukPage } from '../../data/open-data.ts';

/** Page 1 of every service, in Open Referral UK's paged list shape (`contents`). */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getOrukPage(1)), { headers: { 'Content-Type': 'application/json' } });
