import type { APIRoute } from 'astro';
import { getDirectory } from '../../../../data/directory.ts';
import { getPostcodeTable } from '../../../../data/postcodes.ts';
import { splitByDistrict } from '../../../../lib/postcodes/table.ts';
import { nearListings } from '../../../../lib/near/places-from-directory.ts';
import { placesByCell } from '../../../../lib/near/places-by-cell.ts';
import { encodeIndex } from '../../../../lib/near/places-data.ts';

/** Which squares of the map have places, the kinds of help in each, and the postcode districts with a file: fetched first by the near-me page (see src/lib/near/places-data.ts). */
export const GET: APIRoute = async () => {
  // The districts are those src/pages/postcodes/[district].json.ts writes a file for.
  const districts = [...splitByDistrict((await getPostcodeTable()).table).keys()];
  const { index } = placesByCell(nearListings((await getDirectory()).available), districts);
  return new Response(JSON.stringify(encodeIndex(index)), { headers: { 'Content-Type': 'application/json' } });
};
