/**
 * The site search, on Pagefind's JavaScript API. Pagefind's files load only when this page
 * opens (or a search runs), from this site: those a first search needs all at once, as the page
 * names them (its preloads and data-search-files block: src/lib/search/first-search-files.ts).
 * Results come with a filter for the type of content and, for services, the area. What people
 * type goes through the site's word list first (misspellings, everyday words:
 * src/lib/search/query.ts); a search that finds little is also run word by word; help and
 * services come before other pages; a search that finds nothing tries the closest words the
 * site knows. With an area chosen, what is in that area comes first,
 * then what is anywhere else. Only the newest search shows its results.
 * Every word it shows comes from the page, in the page's language (its data-search-words block:
 * src/lib/search/page-words.ts), and Pagefind searches the index of the page's language. The
 * area list is filled from /search/areas.json (src/pages/search/areas.json.ts).
 */
interface PagefindResult {
  readonly id: string;
  readonly score: number;
  data(): Promise<FoundPageData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

import { mergedSearchBundles, mergeOptionsOf } from '../lib/search-split.ts';
import { areaMark } from '../lib/search/area-mark.ts';
import { pagefindModuleAddress, SEARCH_FILES_ATTRIBUTE, type SearchFilesBlock } from '../lib/search/first-search-files.ts';
import { itemsOfPage, SHELF_MARK, type FoundPageData } from '../lib/search/shelf-results.ts';
import { resultFeed, type ResultFeed, type ResultSource } from '../lib/search/result-feed.ts';
import { didYouMean } from '../lib/search/did-you-mean.ts';
import { NOT_HELP_MARK } from '../lib/search/help-type.ts';
import { mergeResults, type SearchRun } from '../lib/search/merge-results.ts';
import { nameHasEveryWord } from '../lib/search/name-match.ts';
import { planSearch, type SearchPlan, type SearchWordList } from '../lib/search/query.ts';
import { resultStatus, type SearchWords } from '../lib/search/page-words.ts';

interface KnownWordsFile {
  readonly known: readonly string[];
}

const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
// Ten results at a time (each needs a small file of its own). "Show more results" fetches the next ten.
const PAGE_SIZE = 10;
/** The first few results of a search are shown as soon as their files arrive, before the rest of the ten. */
const FIRST_SHOWN = 3;
/** A whole search that finds fewer than this is also run word by word. */
const ENOUGH = 10;
const NO_WORDS: SearchWordList = { words: [], ignore: [] };
/** How many letters someone types before the part of the index for them starts loading. */
const PRELOAD_FROM_LETTERS = 3;
const NO_KNOWN_WORDS: KnownWordsFile = { known: [] };

/** Keeps Pagefind's <mark> highlighting and nothing else from an excerpt. */
function safeExcerpt(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(
        part
          .replace(/<[^>]*>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&'),
      );
      if (marked) {
        const mark = document.createElement('mark');
        mark.append(text);
        fragment.append(mark);
      } else fragment.append(text);
    }
  }
  return fragment;
}

if (form) {
  const base = form.dataset.base ?? '/';
  const say = JSON.parse(document.querySelector('script[data-search-words]')?.textContent ?? '{}') as SearchWords;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const typeSelect = form.querySelector<HTMLSelectElement>('select[name="type"]')!;
  const areaSelect = form.querySelector<HTMLSelectElement>('select[name="area"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  // With many listings, each area's listings are a separate index, merged in when the area is chosen.
  const splitByArea = form.dataset.split === 'areas';
  const engines = new Map<string, Promise<Pagefind>>();
  let feed: ResultFeed | undefined;
  let shown = 0;

  const params = new URLSearchParams(location.search);
  const wantedArea = params.get('area');
  // The page preloads the core index's files itself. On a large directory, a search with no area
  // chosen also merges in the indexes its data-search-files block names
  // (src/lib/search/first-search-files.ts): asked for now, all at once, so Pagefind finds them
  // here instead of asking one after another. A page opened with an area chosen searches that
  // area's own index first, and may never need them.
  const filesBlock = JSON.parse(document.querySelector(`script[${SEARCH_FILES_ATTRIBUTE}]`)?.textContent ?? 'null') as SearchFilesBlock | null;
  for (const href of filesBlock && !(splitByArea && wantedArea) ? filesBlock.merged : []) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.href = href;
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    document.head.append(link);
  }
  // The same address for each index's entry file every time (else Pagefind adds the time).
  const tag = filesBlock ? { metaCacheTag: filesBlock.tag } : {};

  const load = (area: string) => {
    const key = splitByArea ? area : '';
    let engine = engines.get(key);
    if (!engine) {
      engine = (async () => {
        // The first search uses Pagefind's module; each later one (another area, or none) a copy
        // of its own, named by a query string (the module keeps one index). The address is a
        // variable so that the bundler leaves import() as it is: around an import of a string it
        // adds its preloading helper (0.9 KB and a request of its own), with nothing to preload.
        const address = `${pagefindModuleAddress(base)}${engines.size > 0 ? `?copy=${key || 'all'}` : ''}`;
        const module = (await import(/* @vite-ignore */ address)) as Pagefind;
        // On the page, not in a worker: a worker's requests cannot use the files asked for above.
        await module.options({ baseUrl: base, excerptLength: 24, noWorker: true, ...tag });
        // On a large directory the core index holds almost nothing: merge in the area's listings
        // and local pages (like courses), or, with no area chosen, every page but the listings
        // and every listing in short.
        // The bundles load side by side: on a slow phone network each file fetched in turn costs
        // half a second.
        await Promise.all(mergedSearchBundles(splitByArea, key).map((bundle) => module.mergeIndex(`${base}${bundle}`, { ...tag, ...mergeOptionsOf(bundle) })));
        await module.init();
        return module;
      })();
      engines.set(key, engine);
    }
    return engine;
  };

  const none = document.querySelector<HTMLElement>('[data-search-none]');
  // The site's word list is in the page (src/pages/[...lang]/search/index.astro).
  const wordList = (JSON.parse(document.querySelector('script[data-search-word-list]')?.textContent ?? 'null') as SearchWordList | null) ?? NO_WORDS;
  // The words for "did you mean" are needed only when a search finds nothing.
  let knownWordsFile: Promise<KnownWordsFile> | undefined;
  const loadKnownWords = () =>
    (knownWordsFile ??= fetch(form.dataset.knownWordsFile ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<KnownWordsFile>) : NO_KNOWN_WORDS))
      .catch(() => NO_KNOWN_WORDS));

  /** The filters of a search for what is not help among what `filters` finds (NOT_HELP_MARK), or none when a type is chosen. */
  const notHelpFiltersOf = (filters: Record<string, string>) => (filters.type ? undefined : { ...filters, ...NOT_HELP_MARK });

  /**
   * The whole search, then (if it finds little) each word alone; help and services first. With
   * `shelves` (a large directory's search with no area chosen), it also finds which results are
   * shelves of listings, so the best other pages can come first.
   */
  const find = async (engine: Pagefind, plan: SearchPlan, filters: Record<string, string>, shelves = false): Promise<PagefindResult[]> => {
    // Which results are not help (only they carry NOT_HELP_MARK), so help can count for more; with a type chosen there is no need.
    const notHelpFilters = notHelpFiltersOf(filters);
    const shelfFilters = shelves ? { ...filters, ...SHELF_MARK } : undefined;
    const runs: SearchRun<PagefindResult>[] = [];
    const helpIds = new Set<string>();
    const shelfIds = new Set<string>();
    const searchFor = async (query: string, whole: boolean) => {
      const [all, notHelp, shelf] = await Promise.all([
        engine.search(query, { filters }),
        notHelpFilters ? engine.search(query, { filters: notHelpFilters }) : undefined,
        shelfFilters ? engine.search(query, { filters: shelfFilters }) : undefined,
      ]);
      runs.push({ results: all.results, whole });
      if (notHelp) {
        const notHelpIds = new Set(notHelp.results.map((result) => result.id));
        for (const result of all.results) if (!notHelpIds.has(result.id)) helpIds.add(result.id);
      }
      for (const result of shelf?.results ?? []) shelfIds.add(result.id);
    };
    await searchFor(plan.query, true);
    if (plan.words.length > 1 && runs[0]!.results.length < ENOUGH) for (const word of plan.words) await searchFor(word, false);
    // A shelf that matched the whole search shows only its listings that have the words (shelf-results.ts).
    const whole = new Set(runs[0]!.results.map((result) => result.id));
    const wanted = plan.words.length > 1 ? plan.words : [];
    return mergeResults(runs, { helpIds, shelfIds }).map((result) =>
      shelfIds.has(result.id) && whole.has(result.id) && wanted.length > 0 ? { ...result, data: async () => ({ ...(await result.data()), wanted }) } : result,
    );
  };

  // Each search gets a number; a search that is no longer the newest shows nothing.
  let newest = 0;

  const showMore = async (ticket = newest, count = PAGE_SIZE) => {
    if (!feed) return;
    const items = await feed.next(count);
    if (ticket !== newest) return;
    for (const item of items) {
      const li = document.createElement('li');
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.title;
      // A result may be in English on a right-to-left page (a listing not yet translated): each runs in its own direction.
      link.dir = 'auto';
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'meta';
      // The type's name in the page's language, as the type filter shows it.
      const typeName = (type: string) => [...typeSelect.options].find((option) => option.value === type)?.text ?? type;
      meta.textContent = [...(item.filters.type ?? []).map(typeName), ...(item.filters.area ?? []).slice(0, 3)].join(' · ');
      const excerpt = document.createElement('p');
      excerpt.dir = 'auto';
      excerpt.append(safeExcerpt(item.excerpt));
      li.append(heading, meta, excerpt);
      list.append(li);
    }
    shown += items.length;
    more.hidden = feed.done;
    if (items.length === 0 && shown > 0) status.textContent = say.noMore;
  };

  /** The filters of one list of results: the type chosen, and the area's mark for the list of an area. */
  const listFilters = (type: string, area?: string): Record<string, string> => ({ ...(type ? { type } : {}), ...(area ? areaMark(area) : {}) });

  /** What to search, in order: with an area chosen, that area first, then everywhere. Each list is searched once, when first needed. */
  const sourcesFor = (plan: SearchPlan, area: string, type: string): ResultSource<FoundPageData>[] => {
    const once = (search: () => Promise<PagefindResult[]>): ResultSource<FoundPageData> => {
      let found: Promise<PagefindResult[]> | undefined;
      return () => (found ??= search());
    };
    const everywhere = once(async () => find(await load(''), plan, listFilters(type), splitByArea));
    if (!area) return [everywhere];
    return [once(async () => find(await load(area), plan, listFilters(type, area))), everywhere];
  };

  /** How many results a search has, when that is known without fetching each one (a small directory's single index). */
  const countOf = async (sources: readonly ResultSource<FoundPageData>[]): Promise<number | undefined> => {
    if (splitByArea) return undefined;
    const ids = new Set<string>();
    for (const source of sources) for (const page of (await source()) as PagefindResult[]) ids.add(page.id);
    return ids.size;
  };

  /** Whether any list finds anything, searching them in order and stopping at the first that does. */
  const findsAnything = async (sources: readonly ResultSource<FoundPageData>[]): Promise<boolean> => {
    for (const source of sources) if ((await source()).length > 0) return true;
    return false;
  };

  const run = async (announce = true) => {
    const ticket = ++newest;
    const term = input.value.trim();
    const query = new URLSearchParams();
    if (term) query.set('q', term);
    if (typeSelect.value) query.set('type', typeSelect.value);
    if (areaSelect.value) query.set('area', areaSelect.value);
    history.replaceState(null, '', query.toString() ? `?${query}` : location.pathname);
    list.replaceChildren();
    more.hidden = true;
    if (none) none.hidden = true;
    if (!term) {
      status.textContent = announce ? say.typeSomething : '';
      return;
    }
    status.textContent = say.searching;
    const area = areaSelect.value;
    const areaName = areaSelect.selectedOptions[0]?.textContent?.trim() || area;
    const plan = planSearch(term, wordList);
    let sources = plan.query ? sourcesFor(plan, area, typeSelect.value) : [];
    // Nothing found: try the closest words the site knows ("did you mean").
    let instead: string | undefined;
    if (!(await findsAnything(sources))) {
      const suggestion = didYouMean(plan.words, (await loadKnownWords()).known);
      if (suggestion) {
        const suggested = sourcesFor(planSearch(suggestion, wordList), area, typeSelect.value);
        if (await findsAnything(suggested)) {
          sources = suggested;
          instead = suggestion;
        }
      }
    }
    if (ticket !== newest) return;
    // A result whose name has every word searched for comes before the others fetched with it.
    const searched = (instead ? planSearch(instead, wordList) : plan).words;
    feed = resultFeed(
      sources,
      (data: FoundPageData) => itemsOfPage(data, base),
      (item) => nameHasEveryWord(item.title, searched),
    );
    shown = 0;
    list.replaceChildren();
    await showMore(ticket, FIRST_SHOWN);
    if (ticket === newest && !feed.done) await showMore(ticket, PAGE_SIZE - FIRST_SHOWN);
    const total = feed.done ? shown : await countOf(sources);
    if (ticket !== newest) return;
    status.textContent = resultStatus(say, { term, shown, total, closest: instead, area: area ? areaName : undefined }, document.documentElement.dir === 'rtl');
    if (none) none.hidden = shown > 0;
  };

  // While someone types, the parts of the index for the words typed so far load, so the results
  // come quickly once they press Search (on a slow phone network, each file fetched after that
  // costs half a second). Then the filters the first search will use (the area and type chosen,
  // and the mark of what is not help): asked for after the index, so they do not hold it up (a
  // browser fetches 6 files at a time from a site).
  let preloading: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(preloading);
    preloading = setTimeout(() => {
      void (async () => {
        const plan = planSearch(input.value, wordList);
        // One or two letters would load the index of every word that starts with them.
        if (plan.query.length < PRELOAD_FROM_LETTERS) return;
        const engine = await load(areaSelect.value);
        // The filters of the first list searched (sourcesFor). Pagefind asks for the index's parts first, then the filters.
        const filters = listFilters(typeSelect.value, areaSelect.value);
        void engine.preload(plan.query, { filters: notHelpFiltersOf(filters) ?? filters }).catch(() => undefined);
      })();
    }, 100);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  typeSelect.addEventListener('change', () => void run(false));
  areaSelect.addEventListener('change', () => void run(false));
  more.addEventListener('click', () => void showMore());

  input.value = params.get('q') ?? '';
  const wantedType = params.get('type');
  if (wantedType && [...typeSelect.options].some((option) => option.value === wantedType)) typeSelect.value = wantedType;
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-search-no-js]')!.hidden = true;
  // Someone on this page is about to search: the search's files start loading now, while they type.
  if (!wantedArea) {
    void load('');
    if (input.value) void run();
  }
  // The area list comes from a small file (its names would fill the page on a large directory).
  void (async () => {
    const areas = await fetch(form.dataset.areasFile ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<[string, string][]>) : []))
      .catch(() => [] as [string, string][]);
    areaSelect.append(...areas.map(([id, name]) => new Option(name, id)));
    if (!wantedArea) return;
    if (areas.some(([id]) => id === wantedArea)) areaSelect.value = wantedArea;
    void load(areaSelect.value);
    if (input.value) void run();
  })();
}
