/**
 * Where a page is in each language: English at the site's root ("/services/x/"), every other
 * language under its code ("/cy/services/x/"). Paths here start at the site's root, like the
 * ones in src/lib/routes.ts; put them under the site's base with href().
 */
import { DEFAULT_LANGUAGE, OTHER_LANGUAGES } from './languages.ts';

/** A page's path in a language: inLanguage("cy", "/find-help/") is "/cy/find-help/". */
export function inLanguage(code: string, path: string): string {
  if (code === DEFAULT_LANGUAGE) return path;
  return `/${code}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The language a path is in, from its first folder ("/cy/find-help/" is Welsh); English otherwise. */
export function languageOfPath(path: string): string {
  const first = path.split('/')[1];
  return OTHER_LANGUAGES.some((language) => language.code === first) ? first! : DEFAULT_LANGUAGE;
}

/** The same page's path in English: "/cy/find-help/" gives "/find-help/". */
export function withoutLanguage(path: string): string {
  const code = languageOfPath(path);
  return code === DEFAULT_LANGUAGE ? path : path.slice(code.length + 1) || '/';
}

/**
 * The `lang` route parameter for each language, for a page's getStaticPaths: the page file sits
 * under src/pages/[...lang]/, so English has no parameter (the root) and Welsh has "cy".
 */
export function languageParams(): { lang: string | undefined }[] {
  return [{ lang: undefined }, ...OTHER_LANGUAGES.map((language) => ({ lang: language.code }))];
}
