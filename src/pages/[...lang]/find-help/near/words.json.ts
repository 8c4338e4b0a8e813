/**
 * The near-me script's words in each language (src/lib/near/near-words.ts), fetched with the
 * first search: kept out of the page so the page stays within its 14 KiB budget. The page itself
 * says what the script needs before they come (the error prefix, and what to do if the search
 * does not work).
 */
import { languageParams } from '../../../../lib/i18n/paths.ts';
import { translator } from '../../../../lib/i18n/translate.ts';
import { nearWords } from '../../../../lib/near/near-words.ts';

export function getStaticPaths() {
  return languageParams().map(({ lang }) => ({ params: { lang } }));
}

export function GET({ params }: { params: { lang?: string } }) {
  return new Response(JSON.stringify(nearWords(translator(params.lang))), { headers: { 'Content-Type': 'application/json' } });
}
