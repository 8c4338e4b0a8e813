/**
 * What the open data page says about the files. The files themselves are written after the
 * Astro build by scripts/lib/write-open-data.ts, from the same content.
 */
import { orukServiceId } from '../lib/openreferral/index.ts';
import { ORUK_PAGE_SIZE } from '../lib/openreferral/conventions.ts';
import { loadCollection } from './collections.ts';

export async function openDataSummary() {
  const services = await loadCollection('services');
  const example = services.find((s) => s.id.includes('library')) ?? services[0];
  return {
    services: services.length,
    pages: Math.max(1, Math.ceil(services.length / ORUK_PAGE_SIZE)),
    exampleId: example ? orukServiceId(example) : undefined,
  };
}
