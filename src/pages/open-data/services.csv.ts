import type { APIRoute } from 'astro';
import { getServicesCsv } from '../../data/open-data.ts';

/** Every service as one CSV table. */
export const GET: APIRoute = async () => new Response(await getServicesCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
