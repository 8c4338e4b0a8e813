import type { APIRoute } from 'astro';
import { loadCollection } from '../../data/collections.ts';

/**
 * The organisations a case study can name, fetched by the "Share your work" form. Kept out of
 * the page itself: with thousands of listings there are hundreds of organisations.
 */
export const GET: APIRoute = async () => {
  const organisations = (await loadCollection('organisations')).map((o) => ({ id: o.id, name: o.data.name })).sort((a, b) => a.name.localeCompare(b.name));
  return new Response(JSON.stringify(organisations), { headers: { 'Content-Type': 'application/json' } });
};
