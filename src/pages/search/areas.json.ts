/**
 * The areas for the search page's area list, as [id, name] pairs, in the directory's order. The
 * search form needs JavaScript, so its script fills the list from this file: on a large
 * directory (100 areas or more) the names would otherwise fill much of the page's 14 KiB.
 * One file for every language: area names are content.
 */
import { getDirectory } from '../../data/directory.ts';

export async function GET() {
  const directory = await getDirectory();
  return new Response(JSON.stringify(directory.areas.map((area) => [area.id, area.data.name])), { headers: { 'Content-Type': 'application/json' } });
}
