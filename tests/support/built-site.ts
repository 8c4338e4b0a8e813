/**
 * The built site in dist/, read once per test file: every HTML page with its parsed document.
 * The site tests run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { listFiles } from '../../src/lib/files.ts';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const PROJECT = join(import.meta.dirname, '..', '..');
export const DIST = join(PROJECT, 'dist');

export interface BuiltPage {
  /** The path a browser asks for, like `/about/` or `/404.html`. */
  readonly url: string;
  /** The file, relative to dist/. */
  readonly file: string;
  readonly html: string;
  readonly document: HTMLElement;
}


export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run "npm run build" before the site tests.');
}

export function fileToUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

let pages: BuiltPage[] | undefined;

/** Every HTML page in dist/ (the search index's own files are left out). */
export function builtPages(): BuiltPage[] {
  requireBuild();
  pages ??= listFiles(DIST)
    .filter((full) => full.endsWith('.html'))
    .map((full) => relative(DIST, full).split('\\').join('/'))
    .filter((file) => !file.startsWith('pagefind/'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      return { url: fileToUrl(file), file, html, document: parse(html, { comment: false }) };
    });
  return pages;
}

/** All files in dist/, relative to it. */
export function builtFiles(): string[] {
  requireBuild();
  return listFiles(DIST).map((full) => relative(DIST, full).split('\\').join('/'));
}

/** The dist/ file a site path points to, or undefined if there is none. */
export function resolveUrlToFile(pathname: string, files: ReadonlySet<string>): string | undefined {
  const clean = decodeURIComponent(pathname).replace(/^\//, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates.find((candidate) => files.has(candidate));
}
