/**
 * Each content collection, loaded once per build and shared by every page (a page never
 * loads a collection itself). Entries keep their id, their data and the file they come from.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { isWaitingForReview } from '../lib/waiting-for-review.ts';

export interface Loaded<T> {
  readonly id: string;
  readonly data: T;
  /** The file in the repository, for "suggest a change to this page". */
  readonly file: string;
  readonly entry: CollectionEntry<CollectionKey>;
}

const cache = new Map<CollectionKey, Promise<unknown>>();

export function loadCollection<K extends CollectionKey>(name: K): Promise<Loaded<CollectionEntry<K>['data']>[]> {
  let loaded = cache.get(name) as Promise<Loaded<CollectionEntry<K>['data']>[]> | undefined;
  if (!loaded) {
    loaded = getCollection(name).then((entries) =>
      entries
        .map((entry) => ({ id: entry.id, data: entry.data as CollectionEntry<K>['data'], file: entry.filePath ?? '', entry: entry as CollectionEntry<CollectionKey> }))
        // An imported listing waiting for an officer to add its kinds of help is not shown anywhere.
        .filter((entry) => name !== 'services' || !isWaitingForReview(entry.data as CollectionEntry<'services'>['data']))
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
    cache.set(name, loaded);
  }
  return loaded;
}

const maps = new Map<CollectionKey, Promise<unknown>>();

/** A collection as a map from id to entry, built once per build. */
export function collectionById<K extends CollectionKey>(name: K): Promise<Map<string, Loaded<CollectionEntry<K>['data']>>> {
  let map = maps.get(name) as Promise<Map<string, Loaded<CollectionEntry<K>['data']>>> | undefined;
  if (!map) {
    map = loadCollection(name).then((entries) => new Map(entries.map((entry) => [entry.id, entry])));
    maps.set(name, map);
  }
  return map;
}
