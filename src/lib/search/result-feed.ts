/**
 * The results of one search, in the order the page shows them, ten at a time. A search may draw
 * on more than one list of found pages ("sources"): with an area chosen, first what is in that
 * area, then what is anywhere. A source is only searched when the ones before it have run out,
 * so a search in an area loads nothing more until someone asks for more results. Each result is
 * shown once, even when two sources find it. A found page can stand for more than one result
 * (a shelf of listings: see listing-shelves.ts).
 */
import type { FoundItem } from './shelf-results.ts';

/** A found page: its data is fetched only when it is about to be shown. */
export interface FoundPage<D> {
  data(): Promise<D>;
}

/** One list of found pages, searched when it is first needed. */
export type ResultSource<D> = () => Promise<readonly FoundPage<D>[]>;

export interface ResultFeed {
  /** The next `count` results (fewer at the end). */
  next(count: number): Promise<FoundItem[]>;
  /** True once every source is searched and every result has been given. */
  readonly done: boolean;
}

/**
 * `first` picks results that go before the others fetched with them (a result whose name has
 * every word searched for: see name-match.ts). The page fetches a few results at a time, and
 * what is shown stays where it is, so this orders each few, not the whole list.
 */
export function resultFeed<D>(sources: readonly ResultSource<D>[], itemsOf: (data: D) => readonly FoundItem[], first: (item: FoundItem) => boolean = () => false): ResultFeed {
  let sourceIndex = 0;
  let pages: readonly FoundPage<D>[] | undefined;
  let pageIndex = 0;
  const waiting: FoundItem[] = [];
  const given = new Set<string>();

  async function fill(count: number): Promise<void> {
    while (waiting.length < count) {
      if (!pages) {
        const source = sources[sourceIndex];
        if (!source) return;
        pages = await source();
        pageIndex = 0;
      }
      if (pageIndex >= pages.length) {
        pages = undefined;
        sourceIndex += 1;
        continue;
      }
      // The pages still needed, fetched side by side.
      const batch = pages.slice(pageIndex, pageIndex + count - waiting.length);
      pageIndex += batch.length;
      const fetched: FoundItem[] = [];
      for (const data of await Promise.all(batch.map((page) => page.data()))) {
        for (const item of itemsOf(data)) {
          if (given.has(item.url)) continue;
          given.add(item.url);
          fetched.push(item);
        }
      }
      waiting.push(...fetched.filter(first), ...fetched.filter((item) => !first(item)));
    }
  }

  return {
    async next(count) {
      await fill(count);
      return waiting.splice(0, count);
    },
    get done() {
      const lastSearched = sourceIndex >= sources.length || (sourceIndex === sources.length - 1 && pages !== undefined && pageIndex >= pages.length);
      return waiting.length === 0 && lastSearched;
    },
  };
}
