/**
 * Writes the directory's open data into a built site: Open Referral UK JSON (API root, paged
 * list, one file per service) and the CSV. It runs beside Astro, in the build's content step,
 * from the content the content check has already read, so thousands of data files do not go
 * through the page pipeline. The JSON is made one page of the list at a time (each service's own
 * file with it), so only one page's documents are held at once: with all of them at once, the
 * check's process peaked at about 1.35 GB at 25,000 listings instead of about 1.0 GB, while
 * Astro was starting beside it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { orukApiRoot, orukServiceId, servicesToCsv, toOrukService, toOrukServicePage } from '../../src/lib/openreferral/index.ts';
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
  const folder = join(dist, 'openreferral');
  mkdirSync(join(folder, 'services'), { recursive: true });
  writeFileSync(join(folder, 'index.json'), `${JSON.stringify(orukApiRoot(), null, 2)}\n`);
  const pages = Math.max(1, Math.ceil(services.length / ORUK_PAGE_SIZE));
  for (let page = 1; page <= pages; page++) {
    const onPage = services.slice((page - 1) * ORUK_PAGE_SIZE, page * ORUK_PAGE_SIZE);
    const documents = onPage.map((entry) => toOrukService(entry, context));
    const file = page === 1 ? join(folder, 'services.json') : join(folder, 'services', `page-${page}.json`);
    // Full services, as `/services?full=true` gives them: the list alone is a whole copy of the directory.
    writeFileSync(file, JSON.stringify(toOrukServicePage(documents, { page, perPage: ORUK_PAGE_SIZE, totalItems: services.length }, { full: true })));
    onPage.forEach((entry, i) => writeFileSync(join(folder, 'services', `${orukServiceId(entry)}.json`), JSON.stringify(documents[i])));
  }
  mkdirSync(join(dist, 'open-data'), { recursive: true });
  writeFileSync(join(dist, 'open-data', 'services.csv'), servicesToCsv(services, context));
  return { services: services.length, pages };
}
