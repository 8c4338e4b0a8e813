/**
 * The modules a built module script loads before it runs: its static imports, and theirs. (Its
 * dynamic imports, import(), load later, when it asks for them.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A static import of a file next to it ("./x.js", "../y.js"), as Vite writes them. */
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** The files `file` imports statically, and theirs, each once, in the order they are first met (not `file` itself). */
export function staticImportsOf(file: string, seen = new Set<string>([file])): string[] {
  const found: string[] = [];
  for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
    const imported = join(dirname(file), match[1]!);
    if (seen.has(imported) || !existsSync(imported)) continue;
    seen.add(imported);
    found.push(imported, ...staticImportsOf(imported, seen));
  }
  return found;
}
