/**
 * The language a page's search index is named by. Pagefind keeps one index per language and
 * names it by the page's <html lang>, in lower case; a search page loads the index named like
 * its own lang. English pages say lang="en-GB" (src/layouts/BaseLayout.astro), the others their
 * code ("cy"), so records written by the build (listings) name their index the same way.
 */
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';

/** The <html lang> of a page in a language: "en-GB" for English, the code for the others. */
export function htmlLang(code: string): string {
  return code === DEFAULT_LANGUAGE ? 'en-GB' : code;
}

/** The name of a language's search index, as Pagefind writes it in pagefind-entry.json: "en-gb", "cy". */
export function searchIndexLanguage(code: string): string {
  return htmlLang(code).toLowerCase();
}
