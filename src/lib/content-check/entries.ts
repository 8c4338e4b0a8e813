/**
 * The content as the check has read it: every entry that passed its schema, kept by kind of
 * content, each with the data its schema gave back. The open data export, the search records
 * and the tests all read content from here, so each kind's data has its own type.
 */
import type { Collection, ContentData } from '../../content-model/content-types.ts';
import { collections } from '../../content-model/content-types.ts';
import type { SourceFile } from './source-file.ts';

/** One entry (a file, or one item in a list file) that passed its schema. */
export interface ContentEntry<C extends Collection = Collection> {
  readonly collection: C;
  readonly id: string;
  /** The file, relative to the project root. */
  readonly file: string;
  /** What the schema gave back for this entry. */
  readonly data: ContentData<C>;
  readonly source: SourceFile;
  /** For list files, where this entry sits in the list. */
  readonly listIndex?: number;
}

/** An entry as it was written, before (or without) passing its schema. */
export interface WrittenEntry {
  readonly collection: Collection;
  readonly id: string;
  readonly file: string;
  readonly data: unknown;
  readonly source: SourceFile;
  readonly listIndex?: number;
}

/** The ids of every file or list item found for each kind, valid or not. */
export type FoundIds = { readonly [C in Collection]: ReadonlySet<string> };

/** Something for each kind of content, like an empty list. */
export function perCollection<T>(make: (collection: Collection) => T): Record<Collection, T> {
  const made = new Map(collections.map((collection) => [collection, make(collection)]));
  // Object.fromEntries cannot know that every collection is there; the map above holds each one.
  return Object.fromEntries(made) as Record<Collection, T>;
}

type EntryLists = { [C in Collection]: ContentEntry<C>[] };

/** The entries that passed their schemas, by kind of content. */
export class LoadedContent implements Iterable<[Collection, readonly ContentEntry[]]> {
  readonly #lists: EntryLists = perCollection(() => []);

  /** Keeps an entry whose data is what its own collection's schema gave back (only the reader calls this). */
  addChecked(entry: WrittenEntry): void {
    // The reader calls this only with the data that this entry's own collection's schema returned.
    this.#add(entry.collection, entry as ContentEntry);
  }

  #add<C extends Collection>(collection: C, entry: ContentEntry<C>): void {
    this.#lists[collection].push(entry);
  }

  /** The entries of one kind, in the order the files were read. */
  entriesOf<C extends Collection>(collection: C): readonly ContentEntry<C>[] {
    return this.#lists[collection];
  }

  /** The same as entriesOf, under the name a Map would use. */
  get<C extends Collection>(collection: C): readonly ContentEntry<C>[] {
    return this.entriesOf(collection);
  }

  *[Symbol.iterator](): Iterator<[Collection, readonly ContentEntry[]]> {
    for (const collection of collections) yield [collection, this.entriesOf(collection)];
  }
}
