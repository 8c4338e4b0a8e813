import type { APIRoute } from 'astro';
import { getDirectory } from '../../../../data/directory.ts';
import { areaReferralData } from '../../../../data/triage.ts';

export async function getStaticPaths() {
  return (await getDirectory()).areas.map((area) => ({ params: { area: area.id } }));
}

/** The help in one area, fetched by the triage tool when the champion chooses the area. */
export const GET: APIRoute = async ({ params }) => new Response(JSON.stringify(await areaReferralData(params.area!)), { headers: { 'Content-Type': 'application/json' } });
