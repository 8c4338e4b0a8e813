/**
 * Each page links only the style sheets it needs: the site's shared one, and one of its own for
 * pages with looks nobody else uses (print sheets, the triage tool, training, charts). A class
 * styled in one of those sheets must not be used on a page that does not link it, or that page
 * would lose its look without any test failing. This walks every page of each built site: every
 * class it uses (in its HTML, or named in the scripts it loads, which make elements too) and
 * that some style sheet styles, is styled by a sheet the page links.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';
import { staticImportsOf } from '../../scripts/lib/module-graph.ts';

/** The classes a style sheet styles: every ".name" in its selectors. */
function classesStyledBy(css: string): Set<string> {
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\{[^{}]*\}/g, '{}');
  return new Set([...selectors.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)].map((match) => match[1]!));
}

/** A dynamic import of a file next to it, as Vite writes them. */
const DYNAMIC_IMPORT = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** Every script file a module loads, now or later (its static and dynamic imports, and theirs). */
function scriptsLoadedBy(file: string, seen: Set<string>): void {
  for (const loaded of [file, ...staticImportsOf(file)]) {
    if (seen.has(loaded) && loaded !== file) continue;
    seen.add(loaded);
    for (const match of readFileSync(loaded, 'utf8').matchAll(DYNAMIC_IMPORT)) {
      const imported = join(dirname(loaded), match[1]!);
      if (!seen.has(imported) && existsSync(imported)) scriptsLoadedBy(imported, seen);
    }
  }
}

/** A class name, as this site writes them: "sheet-entry", "is-right". */
const CLASS_NAME = /^-?[a-z_][\w-]*$/;

/**
 * The class names in a script's strings (a script sets classes by name: el.className =
 * `feedback ${right ? 'is-right' : 'is-wrong'}`). A string counts when every word in it could be a
 * class name, so a sentence ("Finish them all to get your certificate.") does not.
 */
function classNamesInStrings(script: string): Set<string> {
  const names = new Set<string>();
  for (const match of script.matchAll(/(["'`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    const words = match[2]!
      .replace(/\$\{[^}]*\}/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    if (words.length && words.every((word) => CLASS_NAME.test(word))) for (const word of words) names.add(word);
  }
  return names;
}

for (const site of EVERY_BUILT_SITE)
  describe(`every page links the style sheet of each class it uses, ${site.name}`, () => {
    const sheets = new Map<string, Set<string>>();
    const styledBy = (href: string) => {
      if (!sheets.has(href)) sheets.set(href, classesStyledBy(readFileSync(join(site.dist, href), 'utf8')));
      return sheets.get(href)!;
    };

    const scriptClassNames = new Map<string, Set<string>>();
    const classNamesOfScript = (file: string) => {
      if (!scriptClassNames.has(file)) scriptClassNames.set(file, classNamesInStrings(readFileSync(file, 'utf8')));
      return scriptClassNames.get(file)!;
    };

    it('styles every class a page uses in a sheet the page links', () => {
      const pages = site.pages();
      const allSheets = site.files().filter((file) => file.endsWith('.css'));
      const styledAnywhere = new Map<string, string[]>();
      for (const file of allSheets) for (const name of styledBy(`/${file}`)) styledAnywhere.set(name, [...(styledAnywhere.get(name) ?? []), file]);
      const problems: string[] = [];
      let checked = 0;
      for (const page of pages) {
        const linked = page.document.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!);
        const styledHere = new Set(linked.flatMap((href) => [...styledBy(href)]));
        const used = new Set(page.document.querySelectorAll('[class]').flatMap((element) => element.getAttribute('class')!.split(/\s+/).filter(Boolean)));
        const scripts = new Set<string>();
        for (const script of page.document.querySelectorAll('script[type="module"]')) {
          const src = script.getAttribute('src');
          if (src) scriptsLoadedBy(join(site.dist, src), scripts);
          else for (const name of classNamesInStrings(script.textContent)) used.add(name);
        }
        for (const file of scripts) for (const name of classNamesOfScript(file)) used.add(name);
        for (const name of used) {
          if (!styledAnywhere.has(name)) continue;
          checked += 1;
          if (!styledHere.has(name)) problems.push(`${page.url} uses "${name}", styled only in ${styledAnywhere.get(name)!.join(', ')}, which it does not link`);
        }
      }
      expect(checked).toBeGreaterThan(pages.length * 5);
      expect(problems).toEqual([]);
    });
  });
