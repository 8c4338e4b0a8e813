/**
 * The site search, on Pagefind's JavaScript API. Pagefind's files load only when this page
 * opens (or a search runs), from this site. Results come with a filter for the type of content
 * and, for services, the area.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

import { areaSearchBundle, LOCAL_SEARCH_BUNDLE, MAIN_SEARCH_BUNDLE } from '../lib/search-split.ts';

const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
// Four results at first (each needs a file of its own), so a first search on a slow or
// pay-as-you-go connection stays light. "Show more results" fetches the next four.
const PAGE_SIZE = 4;

/** Keeps Pagefind's <mark> highlighting and nothing else from an excerpt. */
function safeExcerpt(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = excerpt.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const text = document.createTextNode(part.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
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
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const typeSelect = form.querySelector<HTMLSelectElement>('select[name="type"]')!;
  const areaSelect = form.querySelector<HTMLSelectElement>('select[name="area"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  // With many listings, each area's listings are a separate index, merged in when the area is chosen.
  const splitByArea = form.dataset.split === 'areas';
  const engines = new Map<string, Promise<Pagefind>>();
  let current: PagefindResult[] = [];
  let shown = 0;

  const load = (area: string) => {
    const key = splitByArea ? area : '';
    let engine = engines.get(key);
    if (!engine) {
      engine = (async () => {
        // A query string gives each area its own copy of Pagefind's module.
        const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js${key ? `?area=${key}` : ''}`)) as Pagefind;
        await module.options({ baseUrl: base, excerptLength: 24 });
        // On a large directory the core index holds almost nothing: merge in the area's listings
        // and local pages (like courses), or, with no area chosen, every page but the listings.
        if (splitByArea && key) {
          await module.mergeIndex(`${base}${areaSearchBundle(key)}`);
          await module.mergeIndex(`${base}${LOCAL_SEARCH_BUNDLE}`);
        } else if (splitByArea) await module.mergeIndex(`${base}${MAIN_SEARCH_BUNDLE}`);
        await module.init();
        return module;
      })();
      engines.set(key, engine);
    }
    return engine;
  };

  const showMore = async () => {
    const next = current.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    for (const item of data) {
      const li = document.createElement('li');
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta.title ?? item.url;
      heading.append(link);
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [...(item.filters.type ?? []), ...(item.filters.area ?? []).slice(0, 3)].join(' · ');
      const excerpt = document.createElement('p');
      excerpt.append(safeExcerpt(item.excerpt));
      li.append(heading, meta, excerpt);
      list.append(li);
    }
    shown += next.length;
    more.hidden = shown >= current.length;
  };

  const run = async (announce = true) => {
    const term = input.value.trim();
    const query = new URLSearchParams();
    if (term) query.set('q', term);
    if (typeSelect.value) query.set('type', typeSelect.value);
    if (areaSelect.value) query.set('area', areaSelect.value);
    history.replaceState(null, '', query.toString() ? `?${query}` : location.pathname);
    list.replaceChildren();
    more.hidden = true;
    if (!term) {
      status.textContent = announce ? 'Type a word or two to search.' : '';
      return;
    }
    status.textContent = 'Searching…';
    const engine = await load(areaSelect.value);
    const filters: Record<string, string> = {};
    if (typeSelect.value) filters.type = typeSelect.value;
    if (areaSelect.value) filters.area = areaSelect.selectedOptions[0]?.dataset.name ?? areaSelect.value;
    const search = await engine.search(term, { filters });
    current = search.results;
    shown = 0;
    await showMore();
    status.textContent = current.length === 0 ? `No results for "${term}". Try other words, or browse free help by kind or area.` : `${current.length} ${current.length === 1 ? 'result' : 'results'} for "${term}".`;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  typeSelect.addEventListener('change', () => void run(false));
  areaSelect.addEventListener('change', () => void run(false));
  more.addEventListener('click', () => void showMore());

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const [select, name] of [[typeSelect, 'type'], [areaSelect, 'area']] as const) {
    const wanted = params.get(name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-search-no-js]')!.hidden = true;
  if (input.value) void run();
}
