/**
 * Sources a reader can follow: every report on /reports/ links to the document itself (never a
 * website's home page) or says it is not online; dates are shown only as precisely as the
 * content knows them. Every case study names its source, and links to it or says it is not online.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { publishedWords } from '../../src/lib/published.ts';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';

const HOME_PAGE = /^https?:\/\/[^/]+\/?$/;

describe.each(EVERY_BUILT_SITE)('sources on $name', (site) => {
  const content = checkContent({ root: site.root, today: '2026-11-23' });
  const page = (url: string) => site.pages().find((p) => p.url === url)!.document;

  it('each report links to its document, or says it is not online, with its date as precisely as known', () => {
    const items = page('/reports/').querySelectorAll('main li[data-filter-item]');
    const reports = content.entries.get('reports')!;
    expect(items.length).toBe(reports.length);
    for (const report of reports) {
      const item = items.find((li) => li.querySelector('h2')!.text.trim() === report.data.title);
      expect(item, report.id).toBeDefined();
      const link = item!.querySelector('h2 a')?.getAttribute('href');
      if (link) expect(link, report.id).not.toMatch(HOME_PAGE);
      else expect(item!.text, report.id).toContain('Not online.');
      expect(item!.querySelector('.meta')!.text, report.id).toContain(publishedWords(report.data));
    }
  });

  it('each case study names its source, and links to it or says it is not online', () => {
    for (const study of content.entries.get('caseStudies')!) {
      const source = page(`/case-studies/${study.id}/`).querySelector('#source')!.parentNode!;
      expect(source.text, study.id).toContain(study.data.source.publisher);
      const link = source.querySelector('a')?.getAttribute('href');
      if (link) expect(link, study.id).not.toMatch(HOME_PAGE);
      else expect(source.text, study.id).toContain('not online');
    }
  });
});
