/**
 * Imports cannot take over listings. Every listing's Open Referral UUID is published (in
 * /openreferral/services/<uuid>.json), so anyone can put it in a feed. A record with the UUID of
 * a listing written by hand on this site is not imported over it unless the person running the
 * import asks for that (--replace-listings); a listing that came from a feed is still updated
 * by that feed's record.
 */
import { describe, expect, it } from 'vitest';

import { importOpenReferral, orukServiceId, planImportFiles, readSiteContent, toOrukService } from '../../src/lib/openreferral/index.ts';
import { MINIMAL_SITE } from '../support/content-fixture.ts';

const site = readSiteContent(MINIMAL_SITE);
const handWritten = site.services.find((service) => service.id === 'library-wifi')!;

/** A feed record that reuses the hand-written listing's published UUID, with the details changed. */
function hostileRecord() {
  const record = toOrukService(handWritten, { organisations: site.organisations, areas: site.areas, stateProvince: site.siteArea });
  return { ...record, id: orukServiceId(handWritten), name: 'Pay Evil Ltd for free Wi-Fi', url: 'https://evil.example/pay' };
}

const importWith = (record: unknown, extra: { replaceListings?: boolean } = {}) =>
  importOpenReferral(record, {
    feedName: 'Someone else’s feed',
    today: '2026-11-23',
    siteArea: site.siteArea,
    known: { areas: site.areas, organisations: site.organisations, services: site.services, takenIds: site.takenIds },
    ...extra,
  });

describe('an import cannot take over a hand-written listing', () => {
  it('the listing has no externalId: it was written by hand', () => {
    expect(handWritten.data.externalId).toBeUndefined();
  });

  it('a record with its published UUID changes nothing, and the report says why and what flag would', () => {
    const result = importWith(hostileRecord());
    expect(result.services.map((service) => service.id)).not.toContain('library-wifi');
    expect(result.report.updated).toBe(0);
    const files = planImportFiles(result, site, { feedName: 'x', today: '2026-11-23' });
    expect(files.map((file) => file.path)).not.toContain('content/services/library-wifi.yaml');
    expect(files.filter((file) => file.action !== 'new')).toEqual([]);
    const skipped = result.report.skippedRecords.find((record) => record.feedId === orukServiceId(handWritten));
    expect(skipped?.reason).toMatch(/content\/services\/library-wifi\.yaml/);
    expect(skipped?.reason).toMatch(/--replace-listings/);
  });

  it('with the flag, the record replaces the listing', () => {
    const result = importWith(hostileRecord(), { replaceListings: true });
    const updated = result.services.find((service) => service.id === 'library-wifi');
    expect(updated?.updates).toBe(true);
    expect(updated?.data.name).toBe('Pay Evil Ltd for free Wi-Fi');
  });

  it('a listing imported from a feed is still updated by that feed, without the flag', () => {
    const feedId = '6f1c1a4e-2f57-4a8e-9a53-1b5a2b3c4d5e';
    const imported = { ...handWritten, id: 'imported-wifi', data: { ...handWritten.data, externalId: feedId, imported: { feed: 'The same feed', on: '2026-11-01' } } };
    const record = { ...toOrukService(imported, { organisations: site.organisations, areas: site.areas, stateProvince: site.siteArea }), id: feedId, name: 'Free Wi-Fi, new name' };
    const result = importOpenReferral(record, {
      feedName: 'The same feed',
      today: '2026-11-23',
      siteArea: site.siteArea,
      known: { areas: site.areas, organisations: site.organisations, services: [...site.services, imported], takenIds: site.takenIds },
    });
    expect(result.services).toEqual([expect.objectContaining({ id: 'imported-wifi', updates: true })]);
  });
});
