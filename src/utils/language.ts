/**
 * The language of the page being built, from its address ("/cy/..." is Welsh), and the
 * translator for it. Pages and components call pageLanguage(Astro.url) instead of passing the
 * language down.
 */
import { languageOfPath } from '../lib/i18n/paths.ts';
import { translator, type Translator } from '../lib/i18n/translate.ts';

export function pageLanguage(url: URL): Translator {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) || '/' : url.pathname;
  return translator(languageOfPath(path));
}

/** The site path of the page being built (without the base), for language links. */
export function pagePath(url: URL): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return url.pathname.startsWith(base) ? url.pathname.slice(base.length) || '/' : url.pathname;
}
