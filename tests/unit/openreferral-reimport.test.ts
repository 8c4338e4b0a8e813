/**
 * Importing a feed again, and trusting what an import touches: a re-import keeps changes made
 * here, a feed never changes a listing from another feed, ids that differ only in capital letters
 * are one id, and the same service under two ids is imported once.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { formatImportReport, importOpenReferral, planImportFiles, type ImportResult } from '../../src/lib/openreferral/index.ts';
import { fingerprint } from '../../src/lib/openreferral/fingerprints.ts';
import { mergeReimport } from '../../src/lib/openreferral/reimport.ts';
import { serviceSchema, type Service } from '../../src/schemas/service.ts';
import { loadSite, PROJECT } from '../fixtures/openreferral/load-site.ts';

const TODAY = '2026-11-23';
const site = loadSite(join(PROJECT, 'tests', 'fixtures', 'minimal-site'));

/** A v1 record for a digital drop-in, with a place, so nothing about it is unknown. */
function record(overrides: Record<string, unknown> = {}) {
  return {
    id: 'KB-1001',
    name: 'Digital drop-in at South Town Community Centre',
    description: '<p>Bring your phone, tablet or laptop and a volunteer will help you get online.</p>',
    url: 'https://www.southtowncc.example/digital',
    status: 'active',
    fees: 'Free',
    assured_date: '2026-07-01',
    attending_access: 'drop-in',
    organization: { id: 'org-1', name: 'South Town Community Centre', description: 'A community centre run by local people.', url: 'https://www.southtowncc.example/' },
    contacts: [{ id: 'c1', name: 'Reception', phones: [{ id: 'p1', number: '01632 960444' }] }],
    service_taxonomys: [{ id: 't1', taxonomy: { id: 'digital-inclusion', name: 'Digital inclusion', vocabulary: 'esd' } }],
    service_at_locations: [
      {
        id: 'sal1',
        location: {
          id: 'loc1',
          name: 'South Town Community Centre',
          physical_addresses: [{ id: 'pa1', address_1: '30 Park Road', city: 'South Town', postal_code: 'NM2 4LN', country: 'GB' }],
        },
      },
    ],
    ...overrides,
  };
}

function runImport(records: unknown[], feedName: string, services = site.services, extra: { replaceListings?: boolean } = {}): ImportResult {
  return importOpenReferral(records, { feedName, today: TODAY, siteArea: site.siteArea, known: { ...site, services }, ...extra });
}

/** The listing as the site holds it after a first import of the record. */
function firstImport(feedName = 'Kingsbury Council') {
  const result = runImport([record()], feedName);
  expect(result.services).toHaveLength(1);
  return result.services[0]!;
}

describe('the first import records where a listing came from', () => {
  it('writes the feed, the day and a fingerprint of every field the feed gave', () => {
    const listing = firstImport();
    expect(listing.data.imported).toMatchObject({ feed: 'Kingsbury Council', on: TODAY });
    const fingerprints = listing.data.imported!.fingerprints!;
    for (const [field, value] of Object.entries(listing.data)) {
      if (field === 'imported' || field === 'externalId') continue;
      expect(fingerprints[field], field).toBe(fingerprint(value));
    }
    expect(serviceSchema.safeParse(listing.data).success).toBe(true);
  });

  it('a fingerprint does not depend on the order YAML wrote the keys in', () => {
    expect(fingerprint({ a: 1, b: [{ x: 1, y: 2 }] })).toBe(fingerprint({ b: [{ y: 2, x: 1 }], a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});

describe('a re-import of the same feed keeps what was changed here', () => {
  const first = firstImport();
  // An officer rings the centre: the phone number changed, and they add how to refer someone.
  const edited: Service = { ...first.data, phone: '01632 960999', howToRefer: 'Ring reception and ask for the digital volunteer.' };
  const listings = [...site.services, { id: first.id, data: edited }];
  // Meanwhile the feed changes its description and its web address.
  const again = runImport([record({ description: '<p>Volunteers help you get online, every Tuesday.</p>', url: 'https://www.southtowncc.example/digital-help' })], 'Kingsbury Council', listings);
  const updated = again.services[0]!;

  it('updates the same file', () => {
    expect(again.report).toMatchObject({ imported: 1, updated: 1, skipped: 0 });
    expect(updated).toMatchObject({ id: first.id, updates: true });
  });

  it('keeps the hand-edited phone number and the added field', () => {
    expect(updated.data.phone).toBe('01632 960999');
    expect(updated.data.howToRefer).toBe('Ring reception and ask for the digital volunteer.');
    expect(updated.changes?.keptEdits).toEqual(['phone']);
    expect(again.report.notes.map((note) => note.note).join('\n')).toMatch(/Kept the changes made here to phone/);
  });

  it("takes the feed's changes to fields nobody changed here", () => {
    expect(updated.data.website).toBe('https://www.southtowncc.example/digital-help');
    expect(updated.data.description).toMatch(/every Tuesday/);
    expect(updated.changes?.updated).toEqual(expect.arrayContaining(['website', 'description']));
  });

  it('still keeps the edit at the import after that', () => {
    const third = runImport([record({ contacts: [{ id: 'c1', phones: [{ id: 'p1', number: '01632 960555' }] }] })], 'Kingsbury Council', [...site.services, { id: first.id, data: updated.data }]);
    expect(third.services[0]!.data.phone).toBe('01632 960999');
  });

  it('a field deleted here stays deleted', () => {
    const { email: _unused, website: _removed, ...withoutWebsite } = edited;
    const result = mergeReimport(withoutWebsite as Service, first.data);
    expect(result.data.website).toBeUndefined();
    expect(result.keptEdits).toContain('website');
  });

  it('a field the feed no longer gives, unchanged here, is taken out', () => {
    const withEmail = runImport([record({ email: 'digital@southtowncc.example' })], 'Kingsbury Council').services[0]!;
    const result = runImport([record()], 'Kingsbury Council', [...site.services, { id: withEmail.id, data: withEmail.data }]);
    expect(result.services[0]!.data.email).toBeUndefined();
    expect(result.services[0]!.changes?.removed).toEqual(['email']);
  });

  it('the file it plans is an update of the same path', () => {
    const files = planImportFiles(again, { ...readSiteStub(listings) }, { feedName: 'Kingsbury Council', today: TODAY });
    expect(files.filter((file) => file.path.startsWith('content/services/'))).toEqual([expect.objectContaining({ path: `content/services/${first.id}.yaml`, action: 'update' })]);
  });
});

function readSiteStub(services: { id: string; data: Service }[]) {
  return { areas: site.areas, organisations: site.organisations, services, takenIds: { services: services.map((s) => s.id), organisations: [] }, siteArea: site.siteArea, areasFile: '' };
}

describe('a feed cannot change a listing from another source', () => {
  const fromKingsbury = firstImport('Kingsbury Council');
  const listings = [...site.services, { id: fromKingsbury.id, data: fromKingsbury.data }];
  const hostile = record({ name: 'Pay us for Wi-Fi', url: 'https://evil.example/pay' });

  it('another feed with the same id changes nothing, and the report names the file and both feeds', () => {
    const result = runImport([hostile], 'Someone else', listings);
    expect(result.services).toEqual([]);
    const skipped = result.report.skippedRecords[0]!;
    expect(skipped.reason).toContain(`content/services/${fromKingsbury.id}.yaml`);
    expect(skipped.reason).toContain('"Kingsbury Council"');
    expect(skipped.reason).toContain('--replace-listings');
    expect(planImportFiles(result, readSiteStub(listings), { feedName: 'Someone else', today: TODAY })).toEqual([]);
  });

  it('the same id in other capital letters is the same id', () => {
    const result = runImport([{ ...hostile, id: 'kb-1001' }], 'Someone else', listings);
    expect(result.services).toEqual([]);
  });

  it('the same feed is still allowed to update it', () => {
    expect(runImport([record({ id: 'kb-1001' })], 'kingsbury council', listings).services).toEqual([expect.objectContaining({ id: fromKingsbury.id, updates: true })]);
  });

  it('a listing imported before feeds were recorded belongs to the feed its checkedBy names', () => {
    const { imported: _dropped, ...legacy } = fromKingsbury.data;
    const legacyListings = [...site.services, { id: fromKingsbury.id, data: legacy as Service }];
    expect(runImport([hostile], 'Someone else', legacyListings).services).toEqual([]);
    expect(runImport([record()], 'Kingsbury Council', legacyListings).services).toEqual([expect.objectContaining({ id: fromKingsbury.id, updates: true })]);
  });
});

describe('ids and near-duplicates', () => {
  it('two records whose ids differ only in capital letters: the first is kept', () => {
    const result = runImport([record(), record({ id: 'kb-1001', name: 'Another name' })], 'Kingsbury Council');
    expect(result.services).toHaveLength(1);
    expect(result.report.skippedRecords).toEqual([expect.objectContaining({ feedId: 'kb-1001', group: 'same id as an earlier record' })]);
  });

  it('the same name and website under another id is reported, not imported twice', () => {
    const result = runImport([record(), record({ id: 'KB-2002', name: 'DIGITAL DROP-IN at South Town Community Centre ' })], 'Kingsbury Council');
    expect(result.services).toHaveLength(1);
    const skipped = result.report.skippedRecords[0]!;
    expect(skipped).toMatchObject({ feedId: 'KB-2002', group: 'same service as another listing (near-duplicate)' });
    expect(skipped.reason).toMatch(/same name and website/);
  });

  it('the same name and phone number as a listing the site has is reported, naming its file', () => {
    const existing = firstImport();
    const listings = [...site.services, { id: existing.id, data: { ...existing.data, externalId: 'other-id', website: undefined } as Service }];
    const result = runImport([record({ id: 'KB-3003', url: '' })], 'Kingsbury Council', listings);
    expect(result.services).toEqual([]);
    expect(result.report.skippedRecords[0]!.reason).toContain(`same name and phone number (01632 960444) as content/services/${existing.id}.yaml`);
  });

  it('a different service at the same website is imported', () => {
    const result = runImport([record(), record({ id: 'KB-4004', name: 'Free Wi-Fi at South Town Community Centre' })], 'Kingsbury Council');
    expect(result.services).toHaveLength(2);
  });
});

describe('listings the feed no longer has', () => {
  const first = firstImport();
  const listings = [...site.services, { id: first.id, data: first.data }];

  it('are named in the report when the file is the whole feed, and left as they are', () => {
    const result = runImport([record({ id: 'KB-9', name: 'Free Wi-Fi at Kingsbury Town Hall', url: 'https://kingsbury.example/wifi' })], 'Kingsbury Council', listings);
    expect(result.report.goneFromFeed).toEqual([`content/services/${first.id}.yaml`]);
    expect(formatImportReport(result.report)).toMatch(/No longer in the feed \(1\)/);
    expect(result.services.map((service) => service.id)).not.toContain(first.id);
  });

  it('are not guessed from one page of several', () => {
    const result = importOpenReferral(
      { content: [record({ id: 'KB-9', name: 'Free Wi-Fi at Kingsbury Town Hall', url: 'https://kingsbury.example/wifi' })], totalPages: 3, number: 0 },
      { feedName: 'Kingsbury Council', today: TODAY, siteArea: site.siteArea, known: { ...site, services: listings } },
    );
    expect(result.report.goneFromFeed).toEqual([]);
  });

  it('listings from other feeds are never named', () => {
    expect(runImport([record({ id: 'KB-9', name: 'Free Wi-Fi at Kingsbury Town Hall', url: 'https://kingsbury.example/wifi' })], 'Another feed', listings).report.goneFromFeed).toEqual([]);
  });
});

describe('translations written here survive every import', () => {
  const welsh = { cy: { status: 'draft' as const, summary: 'Help i fynd ar-lein.' } };

  it('keeps a listing’s translations when the feed is imported again, with or without fingerprints', () => {
    const listing = firstImport();
    const translated = { ...listing.data, translations: welsh } as Service;
    const again = runImport([record({ description: '<p>New words from the feed.</p>' })], 'Kingsbury Council', [...site.services, { id: listing.id, data: translated }]);
    expect(again.services[0]!.data.translations).toEqual(welsh);
    // A listing imported before fingerprints existed: the feed's version of each field wins, but no feed gives translations.
    const { imported: _imported, ...withoutFingerprints } = translated;
    const merged = mergeReimport({ ...withoutFingerprints, imported: { feed: 'Kingsbury Council', on: '2025-01-01' } } as Service, { ...listing.data, summary: 'New summary' } as Service);
    expect(merged.data.translations).toEqual(welsh);
    expect(merged.data.summary).toBe('New summary');
  });
});
