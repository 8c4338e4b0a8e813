import type { APIRoute } from 'astro';
import { getDirectory } from '../../../../data/directory.ts';
import { nearListings } from '../../../../lib/near/places-from-directory.ts';
import { placesByCell } from '../../../../lib/near/places-by-cell.ts';
import { encodeCell, type NearListing } from '../../../../lib/near/places-data.ts';

export async function getStaticPaths() {
  const { cells } = placesByCell(nearListings((await getDirectory()).available));
  return [...cells].map(([cell, listings]) => ({ params: { cell }, props: { listings } }));
}

/** The listings with a place in one square of the map, each with its places there (see src/lib/near/places-data.ts). */
export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(encodeCell((props as { listings: NearListing[] }).listings)), { headers: { 'Content-Type': 'application/json' } });
