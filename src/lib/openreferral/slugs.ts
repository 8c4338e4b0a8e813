/** File names for imported records: made from a name, never one that is already taken. */
import { slugify } from '../formats.ts';

/**
 * A slug made from a name that is not taken yet: "eastbrook", then "eastbrook-2", "eastbrook-3"...
 * A name with no letters or numbers we can use (like "—") gets the fallback instead.
 */
export function uniqueSlug(wanted: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = slugify(wanted) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 76).replace(/-+$/, '')}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
