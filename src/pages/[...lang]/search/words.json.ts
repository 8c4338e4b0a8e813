/** The search page's word list in each language (what to search for instead, everyday words), fetched as the search page opens. */
import { getSearchWordsFile } from '../../../data/search-words.ts';
import { languageParams } from '../../../lib/i18n/paths.ts';

export function getStaticPaths() {
  return languageParams().map(({ lang }) => ({ params: { lang } }));
}

export async function GET({ params }: { params: { lang?: string } }) {
  const { words, ignore } = await getSearchWordsFile(params.lang);
  return new Response(JSON.stringify({ words, ignore }), { headers: { 'Content-Type': 'application/json' } });
}
