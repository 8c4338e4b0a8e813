/** The search page's word list and the words the site knows, in each language, fetched when someone searches. */
import { getSearchWordsFile } from '../../../data/search-words.ts';
import { languageParams } from '../../../lib/i18n/paths.ts';

export function getStaticPaths() {
  return languageParams().map(({ lang }) => ({ params: { lang } }));
}

export async function GET({ params }: { params: { lang?: string } }) {
  return new Response(JSON.stringify(await getSearchWordsFile(params.lang)), { headers: { 'Content-Type': 'application/json' } });
}
