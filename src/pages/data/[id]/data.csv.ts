import type { APIRoute } from 'astro';
import { getDatasets } from '../../../data/datasets.ts';

export async function getStaticPaths() {
  return (await getDatasets()).map((dataset) => ({ params: { id: dataset.id }, props: { csv: dataset.data.csv } }));
}

/** The data set's figures, exactly as its data.csv holds them. */
export const GET: APIRoute = ({ props }) => new Response(props.csv as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
