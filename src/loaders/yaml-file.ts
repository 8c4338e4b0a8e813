/**
 * Astro loaders for content kept in YAML files and Markdown. They read every file with parseContentYaml
 * (src/lib/yaml.ts), the reader the content check uses, so the build and the check always see
 * the same data.
 */
import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { firstAnchorLine, parseContentYaml, splitFrontMatter } from '../lib/yaml.ts';
import { bodyProblems } from '../lib/hidden-characters.ts';
import { findMdxCode } from '../lib/content-check/mdx-safety.ts';
import { ContentFileError, isSymbolicLink, LINK_MESSAGE, listFiles, readContentText } from '../lib/files.ts';

/** Stops the build on a file the content check refuses, naming it (and never quoting it). */
function refuse(filePath: string, message: string, line?: number): never {
  throw new Error(`${filePath}${line ? `:${line}` : ''}: ${message} Run "npm run check:content" to see every problem.`);
}

/**
 * A content file's text, read as the content check reads it: never through a symbolic link, and
 * only as UTF-8. `filePath` is its path from the project folder, for the message.
 */
export function readForBuild(full: string, filePath: string): string {
  try {
    return readContentText(full);
  } catch (problem) {
    if (problem instanceof ContentFileError) refuse(filePath, problem.message, problem.line);
    throw problem;
  }
}

/** YAML read as the content check reads it (anchors and aliases refused). */
export function parseForBuild(text: string, filePath: string): unknown {
  try {
    return parseContentYaml(text);
  } catch (problem) {
    const { mark, reason } = problem as { mark?: { line: number }; reason?: string };
    refuse(filePath, `The file cannot be read: ${reason ?? (problem as Error).message}`, mark ? mark.line + 1 : undefined);
  }
}

/**
 * Checks every file of a loader that another loader reads (Astro's glob() for MDX, file() for a
 * list file) the way the content check reads it, before that loader runs: no symbolic links,
 * UTF-8 only, no YAML anchors or aliases in front matter, and page text the check accepts.
 */
export function refusingHostileFiles(path: string, loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const full = join(root, path);
      const files = isSymbolicLink(full) ? [full] : existsSync(full) && statSync(full).isDirectory() ? listFiles(full) : existsSync(full) ? [full] : [];
      for (const file of files) {
        const filePath = relative(root, file).split('\\').join('/');
        if (isSymbolicLink(file)) refuse(filePath, LINK_MESSAGE);
        if (!/\.(ya?ml|mdx?|csv)$/.test(file)) continue;
        const text = readForBuild(file, filePath);
        if (/\.ya?ml$/.test(file)) parseForBuild(text, filePath);
        if (/\.mdx?$/.test(file)) {
          const { frontMatter, body, bodyLine } = splitFrontMatter(text);
          const anchorLine = frontMatter === undefined ? undefined : firstAnchorLine(frontMatter);
          if (anchorLine !== undefined) refuse(filePath, 'YAML anchors and aliases are not allowed in front matter.', anchorLine + 1);
          const refused = bodyProblems(body, bodyLine)[0];
          if (refused) refuse(filePath, refused.message, refused.line);
          // MDX is code: what the content check refuses never reaches Astro's MDX compiler.
          const code = file.endsWith('.mdx') ? findMdxCode(body, bodyLine)[0] : undefined;
          if (code) refuse(filePath, code.message, code.line);
        }
      }
      return loader.load(context);
    },
  };
}

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
      const text = readForBuild(full, path);
      const data = await parseData({ id, data: parseForBuild(text, path) as Record<string, unknown>, filePath: path });
      store.set({ id, data, filePath: path, digest: generateDigest(text) });
    },
  };
}

/** A file that holds a list, each item named by one of its fields (like `need` in triage/needs.yaml). */
export function yamlListFile(path: string, idField: string): Loader {
  return refusingHostileFiles(
    path,
    file(path, {
      parser: (text) => Object.fromEntries((parseForBuild(text, path) as Record<string, unknown>[]).map((item) => [String(item[idField]), item])),
    }),
  );
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
        const filePath = `${folder}/${name}`;
        const text = readForBuild(join(base, name), filePath);
        const data = await parseData({ id, data: parseForBuild(text, filePath) as Record<string, unknown>, filePath });
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
        const filePath = `${folder}/${name}`;
        const text = readForBuild(path, filePath);
        const { frontMatter, body: written, bodyLine } = splitFrontMatter(text);
        // What the content check refuses in a page's text, the build refuses too.
        const refused = bodyProblems(written, bodyLine)[0];
        if (refused) refuse(filePath, refused.message, refused.line);
        const body = written.trim(); // as Astro's own Markdown loader keeps it
        const data = await parseData({ id, data: (frontMatter === undefined ? {} : (parseForBuild(frontMatter, filePath) ?? {})) as Record<string, unknown>, filePath });
        store.set({ id, data, body, filePath, digest: generateDigest(text), rendered: await renderMarkdown(body, { fileURL: pathToFileURL(path) }) });
      }
    },
  };
}
