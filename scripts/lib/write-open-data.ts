/**
 * Writes the directory's open data into a built site: Open Referral UK JSON (API root, paged
 * list, one file per service) and the CSV. It runs after Astro, from the content the content
 * check has already read, so thousands of data files do not go through the page pipeline.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { orukApiRoot, orukServiceId, servicesToCsv, toOrukService, toOrukServiceList } from '../../src/lib/openreferral/index.ts';
import { ORUK_PAGE_SIZE } from '../../src/lib/openreferral/conventions.ts';
import type { Area, OrganisationEntry, ServiceEntry } from '../../src/lib/openreferral/types.ts';

export interface OpenDataContent {
  readonly services: readonly ServiceEntry[];
  readonly organisations: readonly OrganisationEntry[];
  readonly areas: readonly { readonly data: Area }[];
  readonly siteArea: string;
}

export function writeOpenData(dist: string, content: OpenDataContent): { services: number; pages: number } {
  const context = {
    organisations: content.organisations,
    areas: content.areas.map((a) => a.data),
    stateProvince: content.siteArea,
  };
  const services = [...content.services].sort((a, b) => a.id.localeCompare(b.id));
  const documents = services.map((entry) => toOrukService(entry, context));
  const folder = join(dist, 'openreferral');
  mkdirSync(join(folder, 'services'), { recursive: true });
  writeFileSync(join(folder, 'index.json'), `${JSON.stringify(orukApiRoot(), null, 2)}\n`);
  const pages = Math.max(1, Math.ceil(documents.length / ORUK_PAGE_SIZE));
  for (let page = 1; page <= pages; page++) {
    const file = page === 1 ? join(folder, 'services.json') : join(folder, 'services', `page-${page}.json`);
    // Full services, as `/services?full=true` gives them: the list alone is a whole copy of the directory.
    writeFileSync(file, JSON.stringify(toOrukServiceList(documents, page, ORUK_PAGE_SIZE, { full: true })));
  }
  services.forEach((entry, i) => writeFileSync(join(folder, 'services', `${orukServiceId(entry)}.json`), JSON.stringify(documents[i])));
  mkdirSync(join(dist, 'open-data'), { recursive: true });
  writeFileSync(join(dist, 'open-data', 'services.csv'), servicesToCsv(services, context));
  return { services: documents.length, pages };
}
