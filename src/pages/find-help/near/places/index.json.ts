import type { APIRoute } from 'astro';
import { getDirectory } from '../../../../data/directory.ts';
import { nearListings } from '../../../../lib/near/places-from-directory.ts';
import { placesByCell } from '../../../../lib/near/places-by-cell.ts';
import { encodeIndex } from '../../../../lib/near/places-data.ts';

/** Which squares of the map have places, and the kinds of help in each: fetched first by the near-me page (see src/lib/near/places-data.ts). */
export const GET: APIRoute = async () => {
  const { index } = placesByCell(nearListings((await getDirectory()).available));
  return new Response(JSON.stringify(encodeIndex(index)), { headers: { 'Content-Type': 'application/json' } });
};
