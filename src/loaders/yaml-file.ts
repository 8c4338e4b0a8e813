/**
 * Astro loaders for content kept in YAML files and Markdown. They read every file with parseContentYaml
 * (src/lib/yaml.ts), the reader the content check uses, so the build and the check always see
 * the same data.
 */
import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseContentYaml, splitFrontMatter } from '../lib/yaml.ts';
import { bodyProblems } from '../lib/hidden-characters.ts';

/**
 * A file that holds one object (like site.yaml): the collection has one entry with the given id,
 * or none when the file is not there (the check says which files a site must have).
 */
export function singleYamlFile(path: string, id: string): Loader {
  return {
    name: 'single-yaml-file',
    load: async ({ config, store, parseData, generateDigest }) => {
      const full = join(fileURLToPath(config.root), path);
      store.clear();
      if (!existsSync(full)) return;
      const text = readFileSync(full, 'utf8');
      const data = await parseData({ id, data: parseContentYaml(text) as Record<string, unknown>, filePath: path });
      store.set({ id, data, filePath: path, digest: generateDigest(text) });
    },
  };
}

/** A file that holds a list, each item named by one of its fields (like `need` in triage/needs.yaml). */
export function yamlListFile(path: string, idField: string) {
  return file(path, {
    parser: (text) => Object.fromEntries((parseContentYaml(text) as Record<string, unknown>[]).map((item) => [String(item[idField]), item])),
  });
}

/**
 * A folder of YAML files, one entry each (like content/services/). `idOf` gives a file's id by
 * the content model's rule (undefined for a file that is not content), as the check names it.
 */
export function yamlFolder(folder: string, idOf: (fileName: string) => string | undefined): Loader {
  return {
    name: 'yaml-folder',
    load: async ({ config, store, parseData, generateDigest }) => {
      const base = join(fileURLToPath(config.root), folder);
      store.clear();
      if (!existsSync(base)) return;
      for (const name of readdirSync(base).sort()) {
        const id = idOf(name);
        if (id === undefined) continue;
        const text = readFileSync(join(base, name), 'utf8');
        const filePath = `${folder}/${name}`;
        const data = await parseData({ id, data: parseContentYaml(text) as Record<string, unknown>, filePath });
        store.set({ id, data, filePath, digest: generateDigest(text) });
      }
    },
  };
}

/**
 * A folder of Markdown files, one entry each (like content/case-studies/). The front matter is
 * read with parseContentYaml, as the check reads it, not by Astro's own front matter reader
 * (which turns date-like text into dates); the body is kept as written and rendered by Astro's
 * Markdown renderer, so `render(entry)` works as for Astro's glob loader.
 */
export function markdownFolder(folder: string, idOf: (fileName: string) => string | undefined): Loader {
  return {
    name: 'markdown-folder',
    load: async ({ config, store, parseData, generateDigest, renderMarkdown }) => {
      const base = join(fileURLToPath(config.root), folder);
      store.clear();
      if (!existsSync(base)) return;
      for (const name of readdirSync(base).sort()) {
        const id = idOf(name);
        if (id === undefined) continue;
        const path = join(base, name);
        const text = readFileSync(path, 'utf8');
        const { frontMatter, body: written, bodyLine } = splitFrontMatter(text);
        // What the content check refuses in a page's text, the build refuses too.
        const refused = bodyProblems(written, bodyLine)[0];
        if (refused) throw new Error(`${folder}/${name}:${refused.line}: ${refused.message} Run npm run check:content for every problem.`);
        const body = written.trim(); // as Astro's own Markdown loader keeps it
        const filePath = `${folder}/${name}`;
        const data = await parseData({ id, data: (frontMatter === undefined ? {} : (parseContentYaml(frontMatter) ?? {})) as Record<string, unknown>, filePath });
        store.set({ id, data, body, filePath, digest: generateDigest(text), rendered: await renderMarkdown(body, { fileURL: pathToFileURL(path) }) });
      }
    },
  };
}
