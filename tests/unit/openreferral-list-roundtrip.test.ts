/**
 * Round trip through the one list file: the site's `/openreferral/services.json`, exactly as the
 * build writes it (scripts/lib/write-open-data.ts), imported into an empty site, gives back every
 * listing, field by field.
 *
 * An empty site has no organisations or areas, so the import adds them, named as the export
 * names them; their file names are the importing site's own choice (made from the names), so the
 * test matches them by name. What the import sets for itself is left out of the comparison:
 * checkedBy, source, licence and the imported block (the feed it came from), and externalId,
 * which is the listing's Open Referral id.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { writeOpenData } from '../../scripts/lib/write-open-data.ts';
import { importOpenReferral, orukServiceId, type ImportResult } from '../../src/lib/openreferral/index.ts';
import type { Service } from '../../src/schemas/service.ts';
import { fixture, loadSite, PROJECT, type LoadedSite } from '../fixtures/openreferral/load-site.ts';
import { orukAjv, pageSchema } from '../support/oruk-schemas.ts';
import { WRITTEN_HERE_ONLY } from '../../src/lib/openreferral/reimport.ts';

const SITES: [string, LoadedSite][] = [
  ['the test fixture site', loadSite(FIXTURE_SITE)],
  ['the shipped content', loadSite(PROJECT)],
  ['the minimal fixture site', loadSite(join(PROJECT, 'tests', 'fixtures', 'minimal-site'))],
];

/** Fields the import sets for itself, from the feed it reads, and those Open Referral has no place for (written here only): not part of the round trip. */
const SET_BY_THE_IMPORT = new Set(['checkedBy', 'source', 'licence', 'imported', 'externalId', ...WRITTEN_HERE_ONLY]);

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Writes the site's open data as the build does, and returns the folder and the list file. */
function publish(site: LoadedSite) {
  const dist = mkdtempSync(join(tmpdir(), 'list-roundtrip-'));
  folders.push(dist);
  const written = writeOpenData(dist, { services: site.services, organisations: site.organisations, areas: site.areas.map((data) => ({ data })), siteArea: site.siteArea });
  const file = join(dist, 'openreferral', 'services.json');
  return { written, file, bytes: statSync(file).size };
}

/** The listing's data with the organisation and area ids written as names, so that two sites' file names do not matter. */
function byNames(data: Service, organisationName: (id: string) => string, areaName: (id: string) => string): Record<string, unknown> {
  return {
    ...data,
    organisation: organisationName(data.organisation),
    ...(data.whoCanUse?.tenantsOf ? { whoCanUse: { ...data.whoCanUse, tenantsOf: data.whoCanUse.tenantsOf.map(organisationName) } } : {}),
    ...(data.locations ? { locations: data.locations.map((place) => ({ ...place, area: areaName(place.area) })) } : {}),
    ...(data.areasServed ? { areasServed: data.areasServed.map(areaName) } : {}),
  };
}

describe.each(SITES)('the /services list file of %s', (_name, site) => {
  const { written, file, bytes } = publish(site);
  const list = JSON.parse(readFileSync(file, 'utf8'));
  const result: ImportResult = importOpenReferral(list, { feedName: 'list round trip', licence: 'OGL v3', today: '2026-11-23', siteArea: site.siteArea });

  it('holds every service on one page, in full', () => {
    console.log(`services.json of ${_name}: ${site.services.length} services, ${bytes.toLocaleString('en-GB')} bytes (${(bytes / 1024).toFixed(1)} KiB)`);
    expect(written.pages).toBe(1);
    expect(list).toMatchObject({ total_items: site.services.length, total_pages: 1, size: site.services.length, last_page: true });
    // Fields only the full service has (a service with a cost nobody knows has no cost_options).
    for (const item of list.contents) expect(Object.keys(item)).toEqual(expect.arrayContaining(['organization', 'attributes', 'languages']));
  });

  it('stays valid: the page passes the ORUK Page schema with service_list items, and every item passes the full service schema', () => {
    const ajv = orukAjv();
    const validatePage = ajv.compile(pageSchema(JSON.parse(fixture('service_list.schema.json'))));
    const validateService = ajv.compile(JSON.parse(fixture('service.schema.json')));
    expect(validatePage(list), JSON.stringify(validatePage.errors)).toBe(true);
    for (const item of list.contents) expect(validateService(item), `${item.name}: ${JSON.stringify(validateService.errors)}`).toBe(true);
  });

  it('imports into an empty site as every listing, none skipped and nothing changed on the way', () => {
    expect(result.report).toMatchObject({ found: site.services.length, imported: site.services.length, skipped: 0, notes: [] });
    expect(result.services.map((service) => service.feedId)).toEqual([...site.services].sort((a, b) => a.id.localeCompare(b.id)).map((service) => orukServiceId(service)));
  });

  it('adds the organisations and areas the listings need, with the same names (and the organisations with the same details)', () => {
    const usedOrganisations = new Set(site.services.flatMap((service) => [service.data.organisation, ...(service.data.whoCanUse?.tenantsOf ?? [])]));
    const runsAListing = new Set(site.services.map((service) => service.data.organisation));
    expect(result.organisations.map((org) => org.data.name).sort()).toEqual(
      site.organisations
        .filter((org) => runsAListing.has(org.id))
        .map((org) => org.data.name)
        .sort(),
    );
    for (const org of site.organisations.filter((candidate) => runsAListing.has(candidate.id))) {
      const back = result.organisations.find((candidate) => candidate.data.name === org.data.name)!;
      const exported = Object.fromEntries(
        Object.entries({ name: org.data.name, summary: org.data.summary, website: org.data.website, email: org.data.email, charityNumber: org.data.charityNumber }).filter(
          ([, value]) => value !== undefined,
        ),
      );
      expect(back.data, org.id).toMatchObject(exported);
    }
    expect(usedOrganisations.size).toBeGreaterThan(0);
    const usedAreas = new Set(site.services.flatMap((service) => [...(service.data.locations ?? []).map((place) => place.area), ...(service.data.areasServed ?? [])]));
    expect(result.areas.map((area) => area.name).sort()).toEqual(
      site.areas
        .filter((area) => usedAreas.has(area.id))
        .map((area) => area.name)
        .sort(),
    );
  });

  it('gives back every listing, field by field', () => {
    const organisationName = (organisations: readonly { id: string; data: { name: string } }[]) => (id: string) => organisations.find((org) => org.id === id)?.data.name ?? `(no organisation ${id})`;
    const areaName = (areas: readonly { id: string; name: string }[]) => (id: string) => areas.find((area) => area.id === id)?.name ?? `(no area ${id})`;
    let compared = 0;
    for (const original of site.services) {
      const back = result.services.find((service) => service.feedId === orukServiceId(original));
      expect(back, original.id).toBeDefined();
      expect(back!.data.externalId).toBe(orukServiceId(original));
      const before = byNames(original.data, organisationName(site.organisations), areaName(site.areas));
      const after = byNames(back!.data, organisationName(result.organisations), areaName(result.areas));
      const fields = new Set([...Object.keys(before), ...Object.keys(after)].filter((field) => !SET_BY_THE_IMPORT.has(field)));
      for (const field of fields) {
        expect(after[field], `${original.id}: ${field}`).toEqual(before[field]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(site.services.length * 10);
  });
});
