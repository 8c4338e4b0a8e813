/**
 * Round trip: every listing exported to Open Referral and imported back is the same listing.
 *
 * What cannot make the trip: checkedBy, source and licence. Open Referral has no field for who
 * checked a listing (assurer_email is an email address, and we store roles), where the details
 * came from, or the licence of the data; an import sets all three from the feed it reads, which
 * is what they then truly are. The import also adds its own `imported` block (the feed's name, the
 * day, and fingerprints of what the feed gave). Everything else comes back exactly, including the
 * order of lists.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseContentYaml } from '../../src/lib/yaml.ts';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { importOpenReferral, toOrukService, toOrukServiceList } from '../../src/lib/openreferral/index.ts';
import { toContentYaml } from '../../src/lib/openreferral/yaml-files.ts';
import { fixture, loadSite, PROJECT, type LoadedSite } from '../fixtures/openreferral/load-site.ts';

const SITES: [string, LoadedSite][] = [
  ['the minimal fixture site', loadSite(join(PROJECT, 'tests', 'fixtures', 'minimal-site'))],
  ['the test fixture site', loadSite(FIXTURE_SITE)],
];
const PROVENANCE = { checkedBy: 'Imported from round trip', source: 'round trip', licence: 'OGL v3' };

function exportSite(site: LoadedSite) {
  return site.services.map((service) => toOrukService(service, { organisations: site.organisations, areas: site.areas, stateProvince: site.siteArea }));
}

/** Our data with the three fields an import sets for itself replaced by what the import sets. */
const asImported = (data: object) => ({ ...data, ...PROVENANCE, imported: expect.objectContaining({ feed: 'round trip', on: '2026-11-23' }) });

/** A document with every id and link to an id taken out, to compare two exports made under different file names. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id' && !key.endsWith('_id'))
        .map(([key, child]) => [key, withoutIds(child)]),
    );
  }
  return value;
}

describe.each(SITES)('round trip of %s', (_name, site) => {
  const documents = exportSite(site);
  const importBack = (json: unknown, known: Parameters<typeof importOpenReferral>[1]['known']) =>
    // The listings were written by hand, so importing over them must be asked for.
    importOpenReferral(json, { feedName: 'round trip', licence: 'OGL v3', today: '2026-11-23', known, siteArea: site.siteArea, replaceListings: true });

  it('imports every exported service back into the same site unchanged: same file names, same data, no notes', () => {
    const result = importBack(JSON.parse(JSON.stringify(documents)), site);
    expect(result.report).toMatchObject({ imported: site.services.length, updated: site.services.length, skipped: 0, notes: [] });
    expect(result.organisations).toEqual([]);
    expect(result.areas).toEqual([]);
    expect(result.services.map((service) => service.id)).toEqual(site.services.map((service) => service.id));
    site.services.forEach((service, index) => {
      expect(result.services[index]!.data, service.id).toEqual(asImported(service.data));
    });
  });

  it('does the same through the full /services list', () => {
    const page = JSON.parse(JSON.stringify(toOrukServiceList(documents, 1, documents.length, { full: true })));
    const result = importBack(page, site);
    expect(result.services.map((service) => service.data)).toEqual(site.services.map((service) => asImported(service.data)));
  });

  it('imports into a site that has the organisations and areas but not the listings: same data, with the Open Referral id kept as externalId', () => {
    const result = importBack(documents, { organisations: site.organisations, areas: site.areas });
    expect(result.report).toMatchObject({ imported: site.services.length, updated: 0, skipped: 0, notes: [] });
    site.services.forEach((service, index) => {
      const back = result.services[index]!;
      // Open Referral UK has no place for translations: a listing new to the site comes without them.
      const { translations: _notInOpenReferral, ...inOpenReferral } = service.data;
      expect(back.data, service.id).toEqual({ ...asImported(inOpenReferral), externalId: documents[index]!.id });
      // Exported again, it keeps its Open Referral id and says the same things.
      const again = toOrukService(back, { organisations: site.organisations, areas: site.areas, stateProvince: site.siteArea });
      expect(again.id).toBe(documents[index]!.id);
      expect(withoutIds(again)).toEqual(withoutIds(documents[index]));
    });
  });

  it('writes YAML files that read back as the same data', () => {
    for (const service of site.services) {
      const yaml = toContentYaml(service.data, 'Imported for a test.');
      expect(parseContentYaml(yaml), service.id).toEqual(service.data);
    }
  });
});

describe('round trip of listings imported from other directories', () => {
  it('exports them and imports them back unchanged', () => {
    const site = SITES[0]![1];
    const options = { feedName: 'round trip', licence: 'OGL v3', today: '2026-11-23', siteArea: site.siteArea };
    // One list of services from all four feeds, as if the site had imported them.
    const feeds = ['v3-valid.json', 'v3-messy.json', 'v1-valid.json', 'v1-messy.json'].flatMap(
      (name) => JSON.parse(fixture(name)).contents ?? JSON.parse(fixture(name)).content ?? JSON.parse(fixture(name)),
    );
    const imported = importOpenReferral(feeds, { ...options, known: site });
    const services = imported.services.map(({ id, data }) => ({ id, data }));
    const organisations = [...site.organisations, ...imported.organisations];
    const areas = [...site.areas, ...imported.areas];
    expect(services.length).toBe(8);
    const documents = services.map((service) => toOrukService(service, { organisations, areas }));
    const back = importOpenReferral(documents, { ...options, known: { organisations, areas, services } });
    expect(back.report).toMatchObject({ imported: services.length, updated: services.length, notes: [] });
    expect(back.services.map(({ id, data }) => ({ id, data }))).toEqual(services);
  });
});
