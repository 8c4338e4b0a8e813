import type { APIRoute } from 'astro';
import { orukApiRoot } from '../../lib/openreferral/index.ts';

/** The Open Referral UK API root: which version and profile the files below follow. */
export const GET: APIRoute = () => new Response(JSON.stringify(orukApiRoot(), null, 2), { headers: { 'Content-Type': 'application/json' } });
