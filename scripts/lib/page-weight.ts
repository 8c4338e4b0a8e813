/**
 * What one page costs a visitor on a first visit: its HTML, the CSS and JavaScript it loads,
 * each compressed with gzip (level 9), images excluded. Used by the page-weight test and the
 * benchmark, so both measure the same thing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { staticImportsOf } from './module-graph.ts';

export const PAGE_BUDGET_BYTES = 14 * 1024;
export const PRINT_BYTES_PER_ENTRY = 2 * 1024;

export interface PageWeight {
  readonly html: number;
  readonly css: number;
  readonly js: number;
  readonly total: number;
  /** Uncompressed bytes of JavaScript, inline and in files. */
  readonly jsRaw: number;
  /** Entries on a printable sheet (elements with class "sheet-entry"); 0 for other pages. */
  readonly sheetEntries: number;
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** A CSS or JavaScript file as a page loads it: compressed and raw size, and (for a module) the modules it imports. */
interface LoadedFile {
  readonly stamp: string;
  readonly gz: number;
  readonly raw: number;
  imports?: readonly string[];
}
/**
 * Files measured already, by path. Most pages load the same few files, so each is compressed once
 * per run, not once per page (the shipped site's 1,008 pages: 1.8 s, was 3.2 s). A file changed
 * since (another build in the same folder) is measured again.
 */
const measured = new Map<string, LoadedFile>();
function loadedFile(path: string): LoadedFile {
  const { size, mtimeMs } = statSync(path);
  const stamp = `${size}:${mtimeMs}`;
  const known = measured.get(path);
  if (known?.stamp === stamp) return known;
  const content = readFileSync(path);
  const file: LoadedFile = { stamp, gz: gz(content), raw: content.length };
  measured.set(path, file);
  return file;
}
function importsOf(path: string): readonly string[] {
  const file = loadedFile(path);
  file.imports ??= staticImportsOf(path);
  return file.imports;
}

function localFile(dist: string, pageFile: string, reference: string, base = '/'): string | undefined {
  if (/^[a-z]+:/i.test(reference) || reference.startsWith('//')) return undefined;
  const path = reference.startsWith('/') ? join(dist, reference.slice(base.length - 1).split(/[?#]/)[0]!) : join(dist, dirname(pageFile), reference.split(/[?#]/)[0]!);
  return existsSync(path) ? path : undefined;
}

export function measurePage(dist: string, pageFile: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, pageFile), 'utf8');
  const document = parse(html);
  let css = 0;
  let js = 0;
  let jsRaw = 0;
  for (const link of document.querySelectorAll('link[rel="stylesheet"][href]')) {
    const file = localFile(dist, pageFile, link.getAttribute('href')!, base);
    if (file) css += loadedFile(file).gz;
  }
  const seen = new Set<string>();
  const addFile = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const loaded = loadedFile(file);
    js += loaded.gz;
    jsRaw += loaded.raw;
  };
  // A module script loads the modules it imports too: follow its static imports.
  const addScript = (file: string | undefined) => {
    if (!file) return;
    addFile(file);
    for (const imported of importsOf(file)) addFile(imported);
  };
  for (const element of document.querySelectorAll('script[src], link[rel="modulepreload"][href]')) {
    addScript(localFile(dist, pageFile, element.getAttribute('src') ?? element.getAttribute('href')!, base));
  }
  for (const script of document.querySelectorAll('script[type="module"]:not([src])')) {
    for (const match of script.text.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) addScript(localFile(dist, pageFile, match[1]!, base));
  }
  for (const script of document.querySelectorAll('script:not([src])')) {
    const type = script.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data blocks are not code
    jsRaw += Buffer.byteLength(script.text);
  }
  const htmlBytes = gz(html);
  return { html: htmlBytes, css, js, total: htmlBytes + css + js, jsRaw, sheetEntries: document.querySelectorAll('.sheet-entry').length };
}

/** The budget for a page: 14 KiB, or 2 KiB per entry for a printable sheet if that is larger. */
export function budgetFor(weight: PageWeight): number {
  return Math.max(PAGE_BUDGET_BYTES, weight.sheetEntries * PRINT_BYTES_PER_ENTRY);
}
