import type { APIRoute } from 'astro';
import { getPostcodeTable } from '../../data/postcodes.ts';
import { encodeDistrictFile, type Coordinates } from '../../lib/postcodes/district-file.ts';
import { splitByDistrict } from '../../lib/postcodes/table.ts';

export async function getStaticPaths() {
  const { table, source } = await getPostcodeTable();
  return [...splitByDistrict(table)].map(([district, places]) => ({ params: { district }, props: { places, source } }));
}

interface Props {
  readonly places: [string, Coordinates][];
  readonly source: string;
}

/** One postcode district's postcodes and where they are (src/lib/postcodes/district-file.ts), fetched by the "near me" page. */
export const GET: APIRoute<Props> = ({ params, props }) =>
  new Response(JSON.stringify(encodeDistrictFile(params.district!, props.places, props.source)), { headers: { 'Content-Type': 'application/json' } });
