/**
 * Writes the Pagefind search index. Listings are indexed from their search records (made from
 * the checked content), so that part can run while Astro is still building pages; every other
 * page is indexed from its built HTML (the pages that carry data-pagefind-body).
 * With many listings, the search is split into bundles (see src/lib/search-split.ts).
 * Pagefind keeps one index per language in each bundle, named by each page's <html lang> (each
 * listing's record names its own: src/lib/directory/search-record.ts); a search page loads the
 * index of its own language, so a Welsh page searches Welsh.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import type { ServiceSearchRecord } from '../../src/lib/directory/search-record.ts';
import { areaSearchBundle, CORE_SEARCH_BUNDLE, LISTINGS_SEARCH_BUNDLE, LOCAL_SEARCH_BUNDLE, MAIN_SEARCH_BUNDLE } from '../../src/lib/search-split.ts';
import { listingShelves } from '../../src/lib/search/listing-shelves.ts';
import { SHELF_PATH } from '../../src/lib/search/shelf-results.ts';
import { markAsFilters, NOT_HELP_MARK } from '../../src/lib/search/help-type.ts';
import { listFiles } from '../../src/lib/files.ts';
import { inTurns } from '../../src/lib/in-turns.ts';
import { readAreaRecords } from './area-records.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { inLanguage } from '../../src/lib/i18n/paths.ts';
import { translator } from '../../src/lib/i18n/translate.ts';
import { htmlLang, searchIndexLanguage } from '../../src/lib/search/index-language.ts';
import { routes } from '../../src/lib/routes.ts';

/**
 * Files Pagefind writes that this site does not use: its ready-made interfaces, and its web
 * worker (the search page runs Pagefind on the page, so the files it asks for ahead are the ones
 * Pagefind uses: src/lib/search/first-search-files.ts). Its code for languages it has no word
 * stemming for (wasm.unknown.pagefind) is kept: Welsh and Urdu use it.
 */
const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/;
/** Pagefind's code, kept only in the core bundle. */
const CODE = /^(pagefind\.js|wasm\.[a-z-]+\.pagefind)$/;

/** A page given to Pagefind as plain text, not HTML. */
interface SearchRecord {
  readonly url: string;
  /** The index it goes in (Pagefind's name for the language: "en-gb", "cy"). */
  readonly language: string;
  readonly content: string;
  readonly meta: { readonly title: string };
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

interface BundleInput {
  readonly htmlPages?: readonly { url: string; content: string }[];
  readonly records?: readonly SearchRecord[];
}

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

async function newIndex(): Promise<PagefindIndex> {
  // No forced language: each page goes in the index of its own <html lang>.
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

async function addToIndex(index: PagefindIndex, input: BundleInput): Promise<void> {
  for (const page of input.htmlPages ?? []) {
    const added = await index.addHTMLFile({ url: page.url, content: page.content });
    if (added.errors.length) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
  }
  for (const record of input.records ?? []) {
    const added = await index.addCustomRecord({
      url: record.url,
      content: record.content,
      language: record.language,
      meta: { ...record.meta },
      filters: Object.fromEntries(Object.entries(record.filters).map(([name, values]) => [name, [...values]])),
    });
    if (added.errors.length) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
  }
}

/** Writes an index as a bundle. A merged bundle (`merged`) needs only its data files: Pagefind's code comes from the core. */
async function writeIndex(index: PagefindIndex, outputPath: string, merged: boolean): Promise<void> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const file of readdirSync(outputPath)) {
    if (UNUSED.test(file) || (merged && CODE.test(file))) rmSync(join(outputPath, file));
  }
}

async function writeBundle(outputPath: string, input: BundleInput, merged: boolean): Promise<void> {
  const index = await newIndex();
  await addToIndex(index, input);
  await writeIndex(index, outputPath, merged);
}

/**
 * What a bundle's files depend on besides its pages: Pagefind's version and this file's code
 * (which files are kept). Part of each cached bundle's key.
 */
const BUNDLE_CODE = createHash('sha256')
  .update(readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'pagefind', 'package.json')))
  .update(readFileSync(import.meta.filename))
  .digest('hex');

/**
 * Writes a bundle, or copies it from `cache` when the last build wrote one from the same pages
 * (a change to one listing re-indexes only the areas it is in). The cache keeps the newest
 * bundle of each name; a clean build (no cache) indexes everything. `inputJson` is `input` as
 * JSON, when the caller already has it (the key is made from it).
 */
async function writeBundleOrCopy(outputPath: string, input: BundleInput, merged: boolean, cache: string | undefined, name: string, inputJson?: string): Promise<'copied' | 'indexed'> {
  if (!cache) {
    await writeBundle(outputPath, input, merged);
    return 'indexed';
  }
  const key = createHash('sha256')
    .update(BUNDLE_CODE)
    .update(String(merged))
    .update(inputJson ?? JSON.stringify(input))
    .digest('hex')
    .slice(0, 32);
  const kept = join(cache, name, key);
  if (existsSync(join(kept, 'pagefind-entry.json'))) {
    // Copied without blocking, so the content step still answers (a stop, for one) while it copies.
    await cp(kept, outputPath, { recursive: true });
    return 'copied';
  }
  await writeBundle(outputPath, input, merged);
  rmSync(join(cache, name), { recursive: true, force: true });
  await cp(outputPath, kept, { recursive: true });
  return 'indexed';
}

/** What the index of every listing in short needs of a listing's search record. */
export type ListingInShort = Pick<ServiceSearchRecord, 'id' | 'language' | 'meta' | 'short'>;

/**
 * What is indexed while Astro builds the pages. On a large directory, the area bundles, written
 * under the staging folder by the content step (writeAreaIndexes); the index of every listing in
 * short is written with the pages' indexes, from `inShort`. On a small one, the site's one index
 * with the listings in it (indexListings), which writePageIndexes finishes with the pages.
 */
export interface ListingsIndexed {
  readonly areaBundles: number;
  /** How many of the area bundles were copied from the last build (their listings had not changed). */
  readonly areaBundlesCopied: number;
  readonly siteIndex?: PagefindIndex;
  readonly inShort?: readonly ListingInShort[];
}

/** A small directory's listings, in the site's one index, which writePageIndexes finishes with the pages. */
export async function indexListings(records: readonly ServiceSearchRecord[]): Promise<ListingsIndexed> {
  const siteIndex = await newIndex();
  await addToIndex(siteIndex, { records });
  return { areaBundles: 0, areaBundlesCopied: 0, siteIndex };
}

/**
 * One index per area, each with the listings that serve it, written under `folder` (the staging
 * folder during the build), from the areas' records kept in `recordsFolder`
 * (scripts/lib/area-records.ts): an area's records are read when its index is written, and let
 * go after. Pagefind indexes a few at a time, to keep both cores busy. An area whose listings did
 * not change since the last build is copied from `cache`.
 */
export async function writeAreaIndexes(folder: string, recordsFolder: string, areas: readonly string[], cache: string | undefined): Promise<Omit<ListingsIndexed, 'inShort'>> {
  let copied = 0;
  const jobs = areas.map((area) => async () => {
    const { records, json } = readAreaRecords(recordsFolder, area);
    // The input's JSON is the file's text inside { "records": … }: the same key as JSON.stringify({ records }) gives.
    if ((await writeBundleOrCopy(join(folder, areaSearchBundle(area)), { records }, true, cache, `area-${area}`, `{"records":${json}}`)) === 'copied') copied += 1;
  });
  await inTurns(jobs, 3, (job) => job());
  return { areaBundles: areas.length, areaBundlesCopied: copied };
}

/**
 * The index of every listing in short, for a search with no area chosen on a large directory,
 * written under `folder`. It is written after Astro has ended, with the pages' indexes: it is
 * Pagefind's largest index (at 25,000 listings Pagefind held about 800 MB while it wrote it),
 * and beside Astro it set the build's peak memory.
 */
export async function writeListingsInShort(folder: string, records: readonly ListingInShort[]): Promise<void> {
  // Each language's listings on shelves of their own, in that language's index.
  const shelves = LANGUAGES.flatMap((language) =>
    listingShelves(
      records.filter((record) => record.language === searchIndexLanguage(language.code)).map((record) => ({ id: record.id, name: record.meta.title, text: record.short })),
      undefined,
      { lang: htmlLang(language.code), path: inLanguage(language.code, SHELF_PATH) },
    ),
  );
  await writeBundle(join(folder, LISTINGS_SEARCH_BUNDLE), { htmlPages: shelves }, true);
}

function pageUrl(dist: string, file: string): string {
  return `/${relative(dist, file)
    .split('\\')
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The records in the core bundle on a large directory, one per language. Pagefind needs a page
 * in its core index to load a language's word rules; the search page itself is the smallest there is.
 */
const searchPageRecords = (): SearchRecord[] =>
  LANGUAGES.map((language) => {
    const t = translator(language.code);
    return {
      url: inLanguage(language.code, routes.search()),
      language: searchIndexLanguage(language.code),
      content: t('search.form.label'),
      meta: { title: t('search.page.title') },
      // Not help: it carries the mark that says so, as every page that is not help does (BaseLayout.astro).
      filters: { type: ['Information'], ...markAsFilters(NOT_HELP_MARK) },
    };
  });

/** Which pages the HTML indexes hold, and how many. */
export interface PageIndexes {
  readonly pages: number;
  /** How many languages the site's index has (one index each). */
  readonly languages: number;
  /** On a large directory: the pages that belong to areas (like courses), searched with an area's listings. */
  readonly localPages: number;
}

/**
 * The indexes of the built pages marked for search. On a small directory, the site index that
 * already holds the listings, written to dist/pagefind. On a large one, the core (Pagefind's code
 * and the search page), every page but the listings, the pages that belong to areas, and the
 * index of every listing in short (from `listings.inShort`): see src/lib/search-split.ts.
 */
export async function writePageIndexes(dist: string, listings: ListingsIndexed): Promise<PageIndexes> {
  for (const bundle of [CORE_SEARCH_BUNDLE, MAIN_SEARCH_BUNDLE, LOCAL_SEARCH_BUNDLE, LISTINGS_SEARCH_BUNDLE]) rmSync(join(dist, bundle), { recursive: true, force: true });
  const htmlPages: { url: string; content: string }[] = [];
  for (const file of listFiles(dist, (name) => name.startsWith('pagefind'))
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const content = readFileSync(file, 'utf8');
    if (content.includes('data-pagefind-body')) htmlPages.push({ url: pageUrl(dist, file), content });
  }
  let localPages = 0;
  if (listings.siteIndex) {
    await addToIndex(listings.siteIndex, { htmlPages });
    await writeIndex(listings.siteIndex, join(dist, CORE_SEARCH_BUNDLE), false);
  } else {
    // A large directory's listings are indexed in short from what indexListings kept: without them no search with no area chosen would find a listing.
    if (!listings.inShort) throw new Error('The listings were not given to the index of every listing in short.');
    const inShort = listings.inShort;
    const local = htmlPages.filter((page) => page.content.includes('data-pagefind-filter="area[content]"'));
    localPages = local.length;
    // Pagefind's process writes the index of every listing in short beside the pages' indexes.
    await Promise.all([
      writeListingsInShort(dist, inShort),
      (async () => {
        await writeBundle(join(dist, CORE_SEARCH_BUNDLE), { records: searchPageRecords() }, false);
        await writeBundle(join(dist, MAIN_SEARCH_BUNDLE), { htmlPages }, true);
        await writeBundle(join(dist, LOCAL_SEARCH_BUNDLE), { htmlPages: local }, true);
      })(),
    ]);
  }
  if (!existsSync(join(dist, CORE_SEARCH_BUNDLE, 'pagefind.js'))) throw new Error('Pagefind wrote no search files.');
  const entry = JSON.parse(readFileSync(join(dist, CORE_SEARCH_BUNDLE, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  return { pages: htmlPages.length, localPages, languages: Object.keys(entry.languages).length };
}

/** Stops Pagefind's indexing process. */
export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close();
}
