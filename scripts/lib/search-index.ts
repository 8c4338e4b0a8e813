/**
 * Builds the Pagefind search index over a built site (dist/), in its own process after Astro
 * has finished, so the two never hold memory at the same time. With many listings the services
 * go into one index per area (see src/lib/search-split.ts); everything else into the main index.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { areaSearchBundle, searchSplitThreshold } from '../../src/lib/search-split.ts';
import { listFiles } from '../../src/lib/files.ts';

export interface IndexedSite {
  readonly mainPages: number;
  readonly servicePages: number;
  readonly split: boolean;
  readonly areaBundles: number;
}


function pageUrl(dist: string, file: string): string {
  return `/${relative(dist, file).split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Files Pagefind writes that this site does not use (its ready-made interfaces, and the wasm for unknown languages). */
const UNUSED = /^(pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)|wasm\.unknown\.pagefind)$/;
/** An area's index is merged into the main one, so it needs only its data files, not Pagefind's code. */
const CODE = /^(pagefind\.js|pagefind-worker\.js|wasm\.[a-z-]+\.pagefind)$/;

async function writeIndex(dist: string, outputFolder: string, pages: readonly { url: string; content: string }[]): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en-gb' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: page.content });
    if (added.errors.length) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(dist, outputFolder) });
  if (written.errors.length) throw new Error(`Pagefind could not write ${outputFolder}: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  const isArea = outputFolder !== 'pagefind';
  for (const file of readdirSync(join(dist, outputFolder))) {
    if (UNUSED.test(file) || (isArea && CODE.test(file))) rmSync(join(dist, outputFolder, file));
  }
}

export async function buildSearchIndex(dist: string, env: Record<string, string | undefined> = process.env): Promise<IndexedSite> {
  for (const old of ['pagefind', 'pagefind-areas']) rmSync(join(dist, old), { recursive: true, force: true });
  const main: { url: string; content: string }[] = [];
  const byArea = new Map<string, { url: string; content: string }[]>();
  let servicePages = 0;
  const services: { url: string; content: string; areas: string[] }[] = [];
  for (const file of listFiles(dist, (name) => name.startsWith('pagefind')).filter((f) => f.endsWith('.html')).sort()) {
    const content = readFileSync(file, 'utf8');
    if (!content.includes('data-pagefind-body')) continue;
    const url = pageUrl(dist, file);
    const areas = /<meta name="service-areas" content="([^"]*)"/.exec(content)?.[1];
    if (areas === undefined) main.push({ url, content });
    else {
      servicePages++;
      services.push({ url, content, areas: areas.split(' ').filter(Boolean) });
    }
  }
  const split = servicePages > searchSplitThreshold(env);
  if (!split) main.push(...services);
  else {
    for (const service of services) {
      for (const area of service.areas) {
        if (!byArea.has(area)) byArea.set(area, []);
        byArea.get(area)!.push(service);
      }
    }
  }
  try {
    // Pagefind indexes several bundles at once: a few at a time keeps both cores busy.
    const jobs = [() => writeIndex(dist, 'pagefind', main), ...[...byArea].sort(([a], [b]) => a.localeCompare(b)).map(([area, pages]) => () => writeIndex(dist, areaSearchBundle(area), pages))];
    const worker = async () => {
      for (let job = jobs.shift(); job; job = jobs.shift()) await job();
    };
    await Promise.all([worker(), worker(), worker()]);
  } finally {
    await pagefind.close();
  }
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) throw new Error('Pagefind wrote no search files.');
  return { mainPages: main.length, servicePages, split, areaBundles: byArea.size };
}
