/**
 * Astro loaders for content kept in YAML files. They read every file with parseContentYaml
 * (src/lib/yaml.ts), the reader the content check uses, so the build and the check always see
 * the same data.
 */
import type { Loader } from 'astro/loaders';
import { file } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseContentYaml } from '../lib/yaml.ts';

/** A file that holds one object (like site.yaml): the collection has one entry with the given id. */
export function singleYamlFile(path: string, id: string) {
  return file(path, { parser: (text) => ({ [id]: parseContentYaml(text) as Record<string, unknown> }) });
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
