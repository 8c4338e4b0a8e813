/**
 * The files a first search needs, named on the search page so they are asked for all at once.
 * Pagefind on its own asks for them one after another: its code, then each index's entry file,
 * then that index's word rules and WebAssembly, then the merged indexes' entry files, then their
 * word rules. On a slow phone network each step costs about half a second (a round trip), so a
 * first search took over 4 seconds after pressing Search.
 *
 * The page preloads the core index's files from its <head>, so the browser asks for them with the
 * page's style sheet and script (when the script asked for them, once it had run, a short word
 * typed quickly on a slow phone network was searched before they came: "laptop" showed results
 * 1.1 s after Enter). It preloads Pagefind's code too, as a script fetched the way the page's
 * script imports it (crossorigin), so the import uses the file asked for: the code comes with the
 * page's first files, not a round trip after the script has run, which held up the merged
 * indexes' files and the part of the index for the words typed ("laptop" on Slow 4G at 25,000
 * listings: 1,048 ms after Enter before). It is not a modulepreload: that counts as the page's
 * own code, and would fill the page's weight (14 KiB); the first search's budget counts it. (An
 * inline script that imported it did the same, but its hash in the page's policy took a first
 * search at 1,000 listings over its 120 KiB.) The files of the indexes merged in when no area is
 * chosen are named in a data-search-files block, for the script to ask for as it starts.
 *
 * The build writes these into each language's search page after the index is written
 * (scripts/lib/search-preloads.ts): the names of Pagefind's files have hashes in them that only
 * the written index knows.
 */
import { CORE_SEARCH_BUNDLE } from '../search-split.ts';

/** Pagefind's code, as the search page imports it for its first search (a second search engine imports a copy: src/browser/search.ts). */
export function pagefindModuleAddress(base: string): string {
  return `${base}${CORE_SEARCH_BUNDLE}pagefind.js`;
}

/** What Pagefind's pagefind-entry.json says about one language's index. */
export interface PagefindLanguageIndex {
  readonly hash: string;
  /** Which WebAssembly file the language uses ("en-gb"), or null for the one with no word stemming ("unknown"). */
  readonly wasm: string | null;
  readonly page_count: number;
}

/** Pagefind's pagefind-entry.json, as far as this site reads it. */
export interface PagefindEntry {
  readonly languages: Readonly<Record<string, PagefindLanguageIndex>>;
}

/** One index a search loads: its folder under the site ("pagefind/") and its entry file. */
export interface LoadedIndex {
  readonly folder: string;
  readonly entry: PagefindEntry;
}

/** The attribute of the search page's block that carries the list (a JSON <script>). */
export const SEARCH_FILES_ATTRIBUTE = 'data-search-files';

/** The files a first search needs, as the build works them out. */
export interface FirstSearchFiles {
  /** Added to each entry file's address, so the address is the same each time (Pagefind adds the time otherwise, and nothing could be fetched ahead). */
  readonly tag: string;
  /** The core index's entry file, word rules and WebAssembly: every search needs them, whatever area is chosen. */
  readonly core: readonly string[];
  /** The entry file and word rules of each index merged into the core when no area is chosen (none unless the directory is searched area by area). */
  readonly merged: readonly string[];
}

/**
 * What the search page's data-search-files block carries. The page preloads the core's files
 * itself, in its <head>; its script asks for the merged indexes' files, and only when no area is
 * chosen.
 */
export type SearchFilesBlock = Pick<FirstSearchFiles, 'tag' | 'merged'>;

/**
 * Which of an index's languages a page in `htmlLang` loads, as Pagefind chooses it: the same
 * language ("en-gb"), else the same language without its region ("en"), else the language with
 * the most pages.
 */
export function pagefindLanguageIndex(entry: PagefindEntry, htmlLang: string): PagefindLanguageIndex | undefined {
  const lang = htmlLang.toLowerCase();
  return entry.languages[lang] ?? entry.languages[lang.split('-')[0]!] ?? Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
}

/** The address of an index's entry file, with the build's tag (Pagefind's own "ts" parameter). */
export function entryFileAddress(base: string, folder: string, tag: string): string {
  return `${base}${folder}pagefind-entry.json?ts=${encodeURIComponent(tag)}`;
}

/**
 * The data files a page in `htmlLang` needs for a first search: the core index's entry file, word
 * rules and WebAssembly; and the entry file and word rules of each index merged into it. (The
 * WebAssembly comes from the core only: merged indexes use the core's.)
 */
export function firstSearchFiles(base: string, htmlLang: string, core: LoadedIndex, merged: readonly LoadedIndex[], tag: string): FirstSearchFiles {
  const filesOf = (index: LoadedIndex): string[] => {
    const language = pagefindLanguageIndex(index.entry, htmlLang);
    const entry = entryFileAddress(base, index.folder, tag);
    if (!language) return [entry];
    const meta = `${base}${index.folder}pagefind.${language.hash}.pf_meta`;
    return index === core ? [entry, meta, `${base}${index.folder}wasm.${language.wasm ?? 'unknown'}.pagefind`] : [entry, meta];
  };
  return { tag, core: filesOf(core), merged: merged.flatMap(filesOf) };
}
