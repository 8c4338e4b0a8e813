/**
 * Loads each data set folder (`content/datasets/<id>/`) as one entry: its meta.yaml and the
 * rows of its data.csv.
 */
import type { Loader } from 'astro/loaders';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseForBuild, readForBuild } from './yaml-file.ts';
import { parseCsv } from '../lib/csv.ts';

export function datasetLoader(folder: string): Loader {
  return {
    name: 'dataset-loader',
    load: async ({ config, store, parseData, generateDigest }) => {
      const base = join(fileURLToPath(config.root), folder);
      store.clear();
      if (!existsSync(base)) return;
      for (const id of readdirSync(base).sort()) {
        const metaPath = join(base, id, 'meta.yaml');
        const csvPath = join(base, id, 'data.csv');
        if (!existsSync(metaPath) || !existsSync(csvPath)) continue;
        const metaText = readForBuild(metaPath, `${folder}/${id}/meta.yaml`);
        const csvText = readForBuild(csvPath, `${folder}/${id}/data.csv`);
        const [header, ...rows] = parseCsv(csvText);
        const data = await parseData({
          id,
          data: { meta: parseForBuild(metaText, `${folder}/${id}/meta.yaml`), header: header?.cells ?? [], rows: rows.map((row) => row.cells), csv: csvText },
        });
        store.set({ id, data, filePath: `${folder}/${id}/meta.yaml`, digest: generateDigest(metaText + csvText) });
      }
    },
  };
}
