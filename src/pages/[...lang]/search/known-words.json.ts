/** The words the site knows in each language, for "did you mean": the search page fetches them only when a search finds nothing. */
import { getSearchWordsFile } from '../../../data/search-words.ts';
import { languageParams } from '../../../lib/i18n/paths.ts';

export function getStaticPaths() {
  return languageParams().map(({ lang }) => ({ params: { lang } }));
}

export async function GET({ params }: { params: { lang?: string } }) {
  const { known } = await getSearchWordsFile(params.lang);
  return new Response(JSON.stringify({ known }), { headers: { 'Content-Type': 'application/json' } });
}
