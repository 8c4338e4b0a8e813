/**
 * After the search index is written, gives each language's search page what its first search
 * needs, so nothing waits for the file before it (see src/lib/search/first-search-files.ts):
 *   - <link rel="modulepreload"> for each module its script imports, so the script runs one
 *     round trip after the page, not three;
 *   - <link rel="preload"> for the core index's files (its entry file, word rules and
 *     WebAssembly), which every search needs, whatever area is chosen, and for Pagefind's code
 *     (as="script" crossorigin, as its script imports it, so the import uses it);
 *   - a data-search-files block naming the files of the indexes merged in when no area is chosen
 *     (on a large directory), which the script asks for then.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { inLanguage } from '../../src/lib/i18n/paths.ts';
import { listFiles } from '../../src/lib/files.ts';
import { routes } from '../../src/lib/routes.ts';
import { CORE_SEARCH_BUNDLE, mergedSearchBundles } from '../../src/lib/search-split.ts';
import { firstSearchFiles, pagefindModuleAddress, SEARCH_FILES_ATTRIBUTE, type PagefindEntry, type SearchFilesBlock } from '../../src/lib/search/first-search-files.ts';
import { htmlLang } from '../../src/lib/search/index-language.ts';
import { staticImportsOf } from './module-graph.ts';

/** What addSearchPreloads adds (Astro writes no modulepreload links of its own). */
const ADDED = new RegExp(`<link rel="(?:modulepreload|preload)" href="[^"]*"(?: as="(?:fetch|script)" crossorigin)?>|<script type="application/json" ${SEARCH_FILES_ATTRIBUTE}>[^<]*</script>`, 'g');

/**
 * A tag that changes whenever any index changes: a hash of every index's entry file (each names
 * the hashes of its files). The same content gives the same tag, so two builds stay identical.
 */
export function searchIndexTag(dist: string): string {
  const hash = createHash('sha256');
  const entries = readdirSync(dist)
    .filter((name) => name.startsWith('pagefind'))
    .flatMap((folder) => listFiles(join(dist, folder)))
    .filter((file) => file.endsWith('pagefind-entry.json'))
    .map((file) => relative(dist, file).split('\\').join('/'))
    .sort();
  for (const entry of entries) hash.update(`${entry}\n`).update(readFileSync(join(dist, entry)));
  return hash.digest('hex').slice(0, 16);
}

function readEntry(dist: string, folder: string): PagefindEntry {
  return JSON.parse(readFileSync(join(dist, folder, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
}

/** The search page's own preloads and its data-search-files block, as HTML for its <head>. */
function searchPageHead(dist: string, html: string, lang: string, tag: string): string {
  const base = /\bdata-base="([^"]*)"/.exec(html)?.[1] ?? '/';
  const split = /\bdata-split="areas"/.test(html);
  const fromBase = (url: string) => join(dist, url.slice(base.length));
  const modules = new Set<string>();
  for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) {
    const file = fromBase(src!);
    if (!existsSync(file)) continue;
    for (const imported of staticImportsOf(file)) modules.add(`${base}${relative(dist, imported).split('\\').join('/')}`);
  }
  const files = firstSearchFiles(
    base,
    lang,
    { folder: CORE_SEARCH_BUNDLE, entry: readEntry(dist, CORE_SEARCH_BUNDLE) },
    mergedSearchBundles(split, '').map((folder) => ({ folder, entry: readEntry(dist, folder) })),
    tag,
  );
  const block: SearchFilesBlock = { tag: files.tag, merged: files.merged };
  const json = JSON.stringify(block).replace(/</g, '\\u003c');
  return [
    ...[...modules].map((href) => `<link rel="modulepreload" href="${href}">`),
    `<link rel="preload" href="${pagefindModuleAddress(base)}" as="script" crossorigin>`,
    ...files.core.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`),
    `<script type="application/json" ${SEARCH_FILES_ATTRIBUTE}>${json}</script>`,
  ].join('');
}

/** Adds the preloads to the search page in every language, or renews them. Returns how many pages it changed. */
export function addSearchPreloads(dist: string): number {
  const tag = searchIndexTag(dist);
  let changed = 0;
  for (const language of LANGUAGES) {
    const file = join(dist, inLanguage(language.code, routes.search()).slice(1), 'index.html');
    if (!existsSync(file)) throw new Error(`The search page ${relative(dist, file)} was not built.`);
    // Run again (after an index is rewritten), it replaces what it added before.
    const html = readFileSync(file, 'utf8').replace(ADDED, '');
    const head = searchPageHead(dist, html, htmlLang(language.code), tag);
    if (!html.includes('</head>')) throw new Error(`${relative(dist, file)} has no </head>.`);
    writeFileSync(file, html.replace('</head>', `${head}</head>`));
    changed += 1;
  }
  return changed;
}
