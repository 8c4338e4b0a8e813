/**
 * The modules a built script loads before it runs (scripts/lib/module-graph.ts): the page-weight
 * budget and the search page's preloads both rely on it, and a site test expects the search page's
 * script to import nothing, which an empty answer from a broken reader would pass.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staticImportsOf } from '../../scripts/lib/module-graph.ts';

const folder = mkdtempSync(join(tmpdir(), 'module-graph-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, code: string): string {
  const file = join(folder, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, code);
  return file;
}

describe('staticImportsOf', () => {
  it("finds a minified script's static imports and theirs, each once, in the order met, and not what it loads with import()", () => {
    write('_astro/helper.js', 'export const a=1;');
    write('_astro/shared.js', 'import{a as b}from"./helper.js";export const c=b;');
    const entry = write('_astro/page.js', 'import"./shared.js";import{a}from"./helper.js";import*as x from "../lib/other.js";const m=await import(`/pagefind/pagefind.js`);import("./later.js");');
    write('lib/other.js', 'export default 1;');
    write('_astro/later.js', 'export default 2;');
    expect(staticImportsOf(entry)).toEqual([join(folder, '_astro/shared.js'), join(folder, '_astro/helper.js'), join(folder, 'lib/other.js')]);
  });

  it('finds nothing in a script that only loads a module with import()', () => {
    const entry = write('_astro/search.js', 'let e=await import(`${t}${f}pagefind.js${n?`?area=${n}`:``}`);');
    expect(staticImportsOf(entry)).toEqual([]);
  });
});
