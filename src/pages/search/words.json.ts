/** The search page's word list and the words the site knows, fetched when someone searches. */
import { getSearchWordsFile } from '../../data/search-words.ts';

export async function GET() {
  return new Response(JSON.stringify(await getSearchWordsFile()), { headers: { 'Content-Type': 'application/json' } });
}
