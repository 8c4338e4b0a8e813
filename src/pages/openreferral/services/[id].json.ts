import type { APIRoute } from 'astro';
import { getOrukServices } from '../../../data/open-data.ts';

export async function getStaticPaths() {
  return (await getOrukServices()).map((service) => ({ params: { id: service.uuid }, props: { document: service.document } }));
}

/** One service, fully nested, as Open Referral UK's /services/{id} returns it. */
export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.document), { headers: { 'Content-Type': 'application/json' } });
