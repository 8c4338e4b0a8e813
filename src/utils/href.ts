import { withBase } from '../lib/links.ts';

/** A link to a page of this site, under the base it is published at. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
