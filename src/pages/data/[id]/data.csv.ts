import type { APIRoute } from 'astro';
import { getDatasets } from '../../../data/datasets.ts';
import { looksLikeFormula, parseCsv, toCsv } from '../../../lib/csv.ts';

export async function getStaticPaths() {
  return (await getDatasets()).map((dataset) => ({ params: { id: dataset.id }, props: { csv: dataset.data.csv } }));
}

/**
 * The data set's figures, exactly as its data.csv holds them. (The content check refuses a cell a
 * spreadsheet would run as a formula; if one got through, the file is written again with it guarded.)
 */
export const GET: APIRoute = ({ props }) => {
  const csv = props.csv as string;
  const rows = parseCsv(csv);
  const body = rows.some((row) => row.cells.some(looksLikeFormula)) ? toCsv(rows.map((row) => row.cells)) : csv;
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
