import { describe, expect, it } from 'vitest';
import { listingsWithRareNameWords, syntheticDirectory, syntheticFeed } from '../../scripts/lib/synthetic-feed.ts';
import { formatImportReport, importOpenReferral } from '../../src/lib/openreferral/index.ts';

describe("a feed with 5% broken records (the benchmark's feed, smaller)", () => {
  const { feed, broken } = syntheticFeed(400, { brokenShare: 0.05 });
  const result = importOpenReferral(feed, { feedName: 'Synthetic feed', today: '2026-11-23' });

  it('imports every good record and skips every broken one', () => {
    expect(broken).toBe(20);
    expect(result.report.found).toBe(400);
    expect(result.report.imported).toBe(380);
    expect(result.services).toHaveLength(380);
    expect(result.report.skipped).toBe(20);
  });

  it('names each skipped record with its reason in the report', () => {
    expect(result.report.skippedRecords).toHaveLength(20);
    for (const record of result.report.skippedRecords) {
      expect(record.feedId.length).toBeGreaterThan(0);
      expect(record.reason.length).toBeGreaterThan(10);
    }
    const reasons = new Set(result.report.skippedRecords.map((r) => r.reason.split(' ').slice(0, 3).join(' ')));
    expect(reasons.size).toBeGreaterThanOrEqual(4);
    const text = formatImportReport(result.report);
    expect(text).toContain('Imported 380');
    expect(text.split('\n').filter((line) => line.startsWith('- ')).length).toBeGreaterThanOrEqual(20);
  });
});

// The benchmark and the 10,000-listing search test search for a word of one listing's name that
// few names share. At 25,000 listings every venue name was used 5 times or more (1,600 names), so
// the benchmark found no such word and stopped with a TypeError.
describe('the synthetic directory has venue names few listings share, at every size the benchmark runs', () => {
  for (const size of [1_000, 10_000, 25_000]) {
    it(`at ${size.toLocaleString('en-GB')} listings, at least 100 listings have a word in their name that at most 3 names use`, () => {
      const rare = listingsWithRareNameWords(syntheticDirectory(size).services);
      expect(rare.length).toBeGreaterThanOrEqual(100);
      for (const listing of rare.slice(0, 50)) expect(listing.name.toLowerCase()).toContain(listing.word);
    });
  }
});
