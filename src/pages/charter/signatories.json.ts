import type { APIRoute } from 'astro';
import { signatoryRecords } from '../../data/charter.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify({ signatories: await signatoryRecords() }, null, 2), { headers: { 'Content-Type': 'application/json' } });
