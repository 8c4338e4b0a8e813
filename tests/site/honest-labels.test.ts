/**
 * Honest labels on every built page: no figure written "people (over)", no time on the 24-hour
 * clock in what people read, no "s's"; the helpline shown on every page is not itself flagged
 * out of date; made-up charter signatories are marked as samples, in the page and the data, and
 * a sample site does not invite real organisations to sign.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { phoneDialString } from '../../src/lib/formats.ts';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';
import { languageOfPath } from '../../src/lib/i18n/paths.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe.each(EVERY_BUILT_SITE)('honest labels on $name', (site) => {
  const content = checkContent({ root: site.root, today: '2026-11-23' });
  const siteSettings = content.entries.get('site')![0]!.data;
  /** What people read on a page: the text of <main>, without scripts. */
  const mainText = (page: ReturnType<typeof site.pages>[number]) => page.document.querySelector('main')?.text ?? '';

  it('no page writes a figure as "people (over)" or a possessive as "s\'s"', () => {
    const found = site.pages().flatMap((page) => [...mainText(page).matchAll(/\((over|about|up to)\)|\b\w+s's\b/g)].map((m) => `${page.url}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('no English page shows a time on the 24-hour clock (other languages write times their own way: src/lib/i18n/formats.ts)', () => {
    const found = site
      .pages()
      .filter((page) => languageOfPath(page.url) === 'en')
      .flatMap((page) => [...mainText(page).matchAll(/\b([01]?\d|2[0-3]):[0-5]\d\b(?!\s*[ap]m)/g)].map((m) => `${page.url}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('the helpline on every page is not itself flagged out of date', () => {
    const listings = content.entries.get('services')!.filter((s) => s.data.phone && phoneDialString(s.data.phone) === phoneDialString(siteSettings.helpline.phone));
    for (const listing of listings) {
      const page = site.pages().find((p) => p.url === `/services/${listing.id}/`);
      if (page) expect(mainText(page), listing.id).not.toContain('may be out of date');
    }
  });

  it('a made-up listing does not link to a map (its invented address would open a real street)', () => {
    for (const listing of content.entries.get('services')!.filter((s) => s.data.sample)) {
      const page = site.pages().find((p) => p.url === `/services/${listing.id}/`);
      if (page) expect(page.document.querySelectorAll('a[href*="openstreetmap.org"]').length, listing.id).toBe(0);
    }
  });

  it('made-up signatories are marked as samples on the page and in the CSV, and a sample site asks nobody to sign', () => {
    const signatories = content.entries.get('signatories')!;
    const list = site.pages().find((p) => p.url === '/charter/signatories/')!.document;
    for (const signatory of signatories) {
      const heading = list.querySelector(`h2[id="${signatory.data.organisation}"]`)!;
      expect(heading.text.includes('Sample'), signatory.id).toBe(signatory.data.sample === true);
    }
    const csv = readFileSync(join(site.dist, 'charter', 'signatories.csv'), 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]!.trim().split(',').at(-1)).toBe('sample');
    expect(csv.slice(1).filter((row) => row.trim().endsWith(',yes')).length).toBe(signatories.filter((s) => s.data.sample).length);
    const sign = mainText(site.pages().find((p) => p.url === '/charter/sign/')!);
    if (siteSettings.sampleContent) expect(sign).toContain('This is a sample charter on a demonstration site. Please do not sign it.');
    else expect(sign).not.toContain('Please do not sign it');
  });
});
