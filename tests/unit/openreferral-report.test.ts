/**
 * The import report: warnings about the whole feed first, then counts per reason, then the
 * records, grouped and capped on screen with the full list in a file.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { formatImportReport, importOpenReferral, type ImportReport } from '../../src/lib/openreferral/index.ts';
import { fixture, loadSite, PROJECT } from '../fixtures/openreferral/load-site.ts';

const site = loadSite(join(PROJECT, 'tests', 'fixtures', 'minimal-site'));
const run = (json: unknown) => importOpenReferral(json, { feedName: 'Kingsbury Council', today: '2026-11-23', siteArea: site.siteArea, known: site }).report;

/** A thin v1 list item, as list pages give them: no place, no phone. */
const thin = (id: number, name: string, description: string) => ({
  id: String(id),
  name,
  description,
  status: 'active',
  url: 'https://kingsbury.example/s/' + id,
  organization: { id: 'o1', name: 'Kingsbury Council', url: 'https://kingsbury.example/' },
});

describe('warnings about the whole feed', () => {
  it('a page of several: says which page, how many in all, and what to do', () => {
    const v1 = JSON.parse(fixture('v1-valid.json'));
    const report = run({ ...v1, totalElements: 760, totalPages: 3, number: 0 });
    expect(report.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/page 1 of 3 \(760 services in all\).*holds 2 records.*import each one/)]));
    const v3 = JSON.parse(fixture('v3-valid.json'));
    expect(run({ ...v3, total_items: 90, total_pages: 2, page_number: 2 }).warnings).toEqual(expect.arrayContaining([expect.stringMatching(/page 2 of 2 \(90 services/)]));
  });

  it('a single whole page gives no page warning', () => {
    expect(run(JSON.parse(fixture('v1-valid.json'))).warnings!.join('\n')).not.toMatch(/page/);
  });

  it('a feed with no places says so, and what happens to the listings', () => {
    const report = run({ content: [thin(1, 'Computer classes at the library', 'Learn to use a computer and get online.'), thin(2, 'Swimming', 'Book online.')], totalPages: 1 });
    expect(report.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/None of the 2 records has a place.*Area not known/)]));
  });

  it('addresses outside the UK are counted and named', () => {
    const v1 = JSON.parse(fixture('v1-valid.json'));
    const abroad = structuredClone(v1.content[0]);
    abroad.id = 'us-1';
    abroad.service_at_locations[0].location.physical_addresses[0] = { id: 'x', address_1: '1 Market St', city: 'San Francisco', state_province: 'CA', postal_code: '94103', country: 'US' };
    const report = run({ ...v1, content: [...v1.content, abroad] });
    expect(report.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/1 record has an address outside the UK/)]));
    expect(report.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/US Human Services Data Specification/)]));
  });

  it('an HSDS file from outside the UK profile is read, with a warning', () => {
    const report = run({ services: [thin(1, 'Computer classes at the library', 'Learn to use a computer and get online.')] });
    expect(report.format).toMatch(/HSDS/);
    expect(report.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/not Open Referral UK/)]));
  });
});

describe('counts first, then records grouped and capped', () => {
  const many = Array.from({ length: 30 }, (_, i) => ({ id: `dup-${i}`, name: 'x' }));
  const report: ImportReport = {
    feedName: 'Kingsbury Council',
    format: 'an Open Referral UK v1 page of services',
    warnings: ['This file is page 1 of 3.'],
    found: 42,
    imported: 2,
    updated: 0,
    skipped: 40,
    skippedRecords: [
      ...many.map((r) => ({ feedId: r.id, reason: `It is not digital help (${r.id}).`, group: 'not digital help' })),
      ...Array.from({ length: 10 }, (_, i) => ({ feedId: `same-${i}`, reason: 'id: same id', group: 'same id as an earlier record' })),
    ],
    notes: Array.from({ length: 50 }, (_, i) => ({ serviceId: `s-${i}`, name: 'S', note: `Note ${i}` })),
    newOrganisations: [],
    newAreas: [],
  };

  it('warnings, then counts per reason with the largest first, before any record', () => {
    const text = formatImportReport(report, { cap: 5, fullReportFile: 'import-report.txt' });
    const order = ['Warnings:', 'This file is page 1 of 3.', 'Imported 2', '- 30: not digital help', '- 10: same id as an earlier record', 'Skipped: not digital help (30)', '- dup-0'];
    const positions = order.map((line) => text.indexOf(line));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('on screen: the first records of each reason and where the rest are', () => {
    const text = formatImportReport(report, { cap: 5, fullReportFile: 'import-report.txt' });
    expect(text).toContain('- dup-4:');
    expect(text).not.toContain('- dup-5:');
    expect(text).toContain('- ... and 25 more (every one is in import-report.txt).');
    expect(text).toContain('- ... and 5 more (every one is in import-report.txt).');
    expect(text).toContain('- ... and 30 more (every one is in import-report.txt).');
  });

  it('in the file: every record and every note', () => {
    const text = formatImportReport(report);
    for (const record of report.skippedRecords) expect(text).toContain(`- ${record.feedId}:`);
    for (const note of report.notes) expect(text).toContain(note.note);
    expect(text).not.toContain('more (every one');
  });
});
