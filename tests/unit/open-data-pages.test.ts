/**
 * The open data's `/services` list, written one page at a time (scripts/lib/write-open-data.ts,
 * so a large directory's documents are never all held at once), is the list the whole directory
 * gives, page by page: the same as toOrukServiceList over every service, and every service's own
 * file the same as its document. A directory of 1,100 listings (three pages of 500) is made from
 * the test fixture site's listings, each written again under new ids.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { writeOpenData } from '../../scripts/lib/write-open-data.ts';
import { ORUK_PAGE_SIZE } from '../../src/lib/openreferral/conventions.ts';
import { orukServiceId, toOrukService, toOrukServiceList } from '../../src/lib/openreferral/index.ts';
import { loadSite } from '../fixtures/openreferral/load-site.ts';

const site = loadSite(FIXTURE_SITE);
const COUNT = 1100;
const services = Array.from({ length: COUNT }, (_, i) => {
  const entry = site.services[i % site.services.length]!;
  // A new id, and no Open Referral id of its own (an imported listing keeps its feed's), so each copy has a file of its own.
  return { ...entry, id: `${entry.id}-${String(i).padStart(4, '0')}`, data: { ...entry.data, externalId: undefined } };
});
const context = { organisations: site.organisations, areas: site.areas, stateProvince: site.siteArea };

const dist = mkdtempSync(join(tmpdir(), 'open-data-pages-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const written = writeOpenData(dist, { services, organisations: site.organisations, areas: site.areas.map((data) => ({ data })), siteArea: site.siteArea });
const folder = join(dist, 'openreferral');
const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

describe('the open data list, written a page at a time', () => {
  // Every document at once, sorted as the writer sorts them: what the list was made from before.
  const sorted = [...services].sort((a, b) => a.id.localeCompare(b.id));
  const documents = sorted.map((entry) => toOrukService(entry, context));
  const pages = Math.ceil(COUNT / ORUK_PAGE_SIZE);

  it(`has ${pages} pages for ${COUNT} services`, () => {
    expect(written).toEqual({ services: COUNT, pages });
    expect(existsSync(join(folder, 'services.json'))).toBe(true);
    for (let page = 2; page <= pages; page++) expect(existsSync(join(folder, 'services', `page-${page}.json`))).toBe(true);
    expect(existsSync(join(folder, 'services', `page-${pages + 1}.json`))).toBe(false);
  });

  it('gives each page exactly as the list of every service gives it', () => {
    for (let page = 1; page <= pages; page++) {
      const file = page === 1 ? join(folder, 'services.json') : join(folder, 'services', `page-${page}.json`);
      expect(read(file), `page ${page}`).toEqual(JSON.parse(JSON.stringify(toOrukServiceList(documents, page, ORUK_PAGE_SIZE, { full: true }))));
    }
  });

  it('writes every service’s own file, the same as its document', () => {
    const files = readdirSync(join(folder, 'services')).filter((name) => !name.startsWith('page-'));
    expect(files).toHaveLength(COUNT);
    sorted.forEach((entry, i) => expect(read(join(folder, 'services', `${orukServiceId(entry)}.json`))).toEqual(JSON.parse(JSON.stringify(documents[i]))));
  });
});
