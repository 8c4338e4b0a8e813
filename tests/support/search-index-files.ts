/**
 * Reads a built site's Pagefind indexes: where they are, which languages each has (pagefind-entry.json), and each
 * language's records (its fragment files, named "<language>_<hash>.pf_fragment": gzip, then
 * Pagefind's "pagefind_dcd" mark, then JSON).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedRecord {
  readonly url: string;
  readonly content: string;
  readonly meta: Readonly<Record<string, string>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
}

/** Every folder under `dist` that holds a Pagefind index (pagefind/, pagefind-main/, pagefind-areas/<area>/ ...). */
export function indexFolders(dist: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    if (existsSync(join(folder, 'pagefind-entry.json'))) found.push(folder);
    for (const item of readdirSync(folder, { withFileTypes: true })) if (item.isDirectory() && (folder !== dist || item.name.startsWith('pagefind'))) walk(join(folder, item.name));
  };
  walk(dist);
  return found;
}

/** The languages of a bundle's index (like dist/pagefind), as Pagefind names them: "en-gb", "cy". */
export function indexLanguages(bundle: string): string[] {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  return Object.keys(entry.languages).sort();
}

/** Every record of one language's index in a bundle. */
export function indexedRecords(bundle: string, language: string): IndexedRecord[] {
  const folder = join(bundle, 'fragment');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.startsWith(`${language}_`) && file.endsWith('.pf_fragment'))
    .map((file) => {
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as IndexedRecord;
    });
}
