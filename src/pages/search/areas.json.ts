/**
 * The areas for the area lists of the search page and the triage tool, as [id, name] pairs, in
 * the directory's order. Both need JavaScript, so their scripts fill the list from this file: on
 * a large directory (100 areas or more) the names would otherwise fill much of a page's 14 KiB
 * (at 25,000 listings and 176 areas the triage page weighed 14,852 bytes).
 * One file for every language: area names are content.
 */
import { getDirectory } from '../../data/directory.ts';

export async function GET() {
  const directory = await getDirectory();
  return new Response(JSON.stringify(directory.areas.map((area) => [area.id, area.data.name])), { headers: { 'Content-Type': 'application/json' } });
}
