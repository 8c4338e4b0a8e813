import type { APIRoute } from 'astro';
import { LANGUAGE_CODES } from '../../../../lib/i18n/languages.ts';
import { translator } from '../../../../lib/i18n/translate.ts';
import { cardWordsOf } from '../../../../lib/referral/card-words-of.ts';
import { href } from '../../../../utils/href.ts';

export function getStaticPaths() {
  return LANGUAGE_CODES.map((lang) => ({ params: { lang } }));
}

/** The referral card's words in one language: the triage tool fetches the one the champion chose for the person. */
export const GET: APIRoute = ({ params }) => new Response(JSON.stringify(cardWordsOf(translator(params.lang), href)), { headers: { 'Content-Type': 'application/json' } });
