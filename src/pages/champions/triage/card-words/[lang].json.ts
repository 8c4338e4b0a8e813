import type { APIRoute } from 'astro';
import { LANGUAGE_CODES } from '../../../../lib/i18n/languages.ts';
import { translator } from '../../../../lib/i18n/translate.ts';
import { cardWordsOf } from '../../../../lib/referral/card-words-of.ts';
import { siteWordsIn } from '../../../../lib/i18n/site-words.ts';
import { getSite } from '../../../../data/site.ts';
import { href } from '../../../../utils/href.ts';

export function getStaticPaths() {
  return LANGUAGE_CODES.map((lang) => ({ params: { lang } }));
}

/** The referral card's words in one language: the triage tool fetches the one the champion chose for the person. */
export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const words = siteWordsIn(site, params.lang!);
  return new Response(JSON.stringify(cardWordsOf(translator(params.lang!), href, { helplineHours: words.helplineHours, siteName: words.name.text })), {
    headers: { 'Content-Type': 'application/json' },
  });
};
