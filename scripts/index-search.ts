/**
 * node scripts/index-search.ts <dist folder> — builds the search index over a built site.
 * scripts/build.ts runs it after Astro, in its own process.
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from './lib/search-index.ts';

const dist = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const result = await buildSearchIndex(dist);
console.log(
  `Search index: ${result.mainPages} pages in the main index${result.split ? `, and ${result.servicePages} listings in ${result.areaBundles} area indexes` : ` (with ${result.servicePages} listings)`}, in ${Math.round(performance.now() - started)} ms.`,
);
