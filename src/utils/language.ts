/**
 * The language of the page being built, from its address ("/cy/..." is Welsh), and the
 * translator for it. Pages and components call pageLanguage(Astro.url) instead of passing the
 * language down.
 */
import { languageOfPath } from '../lib/i18n/paths.ts';
import { translator, type Translator } from '../lib/i18n/translate.ts';
import { pathFromSiteRoot } from '../lib/links.ts';

export function pageLanguage(url: URL): Translator {
  return translator(languageOfPath(pagePath(url)));
}

/** The site path of the page being built (without the base), for language links. */
export function pagePath(url: URL): string {
  return pathFromSiteRoot(url.pathname, import.meta.env.BASE_URL);
}
