/**
 * A controlled list of terms: the ids that content files use, and the words people see.
 * Every list in the knowledge store (kinds of help, the 9 C's, audiences...) is one of these,
 * so a schema, a page and a filter all read the same list.
 */
export interface Term<Id extends string = string> {
  /** What content files write, for example `free-wifi`. */
  readonly id: Id;
  /** What people read, for example "Free Wi-Fi". */
  readonly label: string;
  /** One plain sentence that explains the term. */
  readonly description?: string;
}

export interface Vocabulary<T extends Term> {
  readonly terms: readonly T[];
  readonly ids: readonly [T['id'], ...T['id'][]];
  has(id: string): id is T['id'];
  get(id: T['id']): T;
  /** The term with this id, or undefined: for ids read from a URL or a file. */
  find(id: string): T | undefined;
  /** The words for an id; an id that is not in the list is shown as written. */
  label(id: string): string;
}

export function defineVocabulary<const Terms extends readonly [Term, ...Term[]]>(terms: Terms): Vocabulary<Terms[number]> {
  type T = Terms[number];
  const byId = new Map<string, T>(terms.map((term) => [term.id, term]));
  if (byId.size !== terms.length) throw new Error('A vocabulary has the same id twice.');
  const ids = terms.map((term) => term.id) as unknown as readonly [T['id'], ...T['id'][]];
  return {
    terms,
    ids,
    has: (id: string): id is T['id'] => byId.has(id),
    get: (id: T['id']) => {
      const term = byId.get(id);
      if (!term) throw new Error(`Unknown term "${id}".`);
      return term;
    },
    find: (id: string) => byId.get(id),
    label: (id: string) => byId.get(id)?.label ?? id,
  };
}
