import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { areasServed, isAvailable } from '../../src/lib/directory/listing.ts';
import { EVERY_BUILT_SITE, TEST_SITE } from '../support/built-site.ts';

// Astro's collections are derived from the content model the check uses
// (src/content-model/content-types.ts). A mistake in that derivation would only warn and build an
// empty collection, so every file the check reads must reach a built page.
for (const site of EVERY_BUILT_SITE)
  describe(`every content file reaches the built site, ${site.name}`, () => {
    const content = checkContent({ root: site.root, today: '2026-11-23' });
    const ids = (collection: Parameters<typeof content.entries.get>[0]) => content.entries.get(collection)!.map((e) => e.id);
    const pages = new Set(site.pages().map((p) => p.url));
    const cases: [string, string[], (id: string) => string][] = [
      ['services', ids('services'), (id) => `/services/${id}/`],
      ['case studies', ids('caseStudies'), (id) => `/case-studies/${id}/`],
      ['courses', ids('courses'), (id) => `/courses/${id}/`],
      ['modules', ids('modules'), (id) => `/champions/modules/${id}/`],
      ['lessons', ids('lessons'), (id) => `/champions/modules/${id}/`],
      ['data sets', ids('datasets'), (id) => `/data/${id}/`],
      ['guides', content.entries.get('guides')!.map((g) => g.data.c ?? ''), (c) => (c ? `/nine-cs/${c}/` : '/nine-cs/')],
    ];
    for (const [name, list, path] of cases) {
      it(`builds a page for each of the ${list.length} ${name}`, () => {
        // The fixture has every kind of content, so an empty list there means a wrong folder. A
        // council's own content may have none of a kind (no courses yet, say).
        if (site === TEST_SITE) expect(list.length).toBeGreaterThan(0);
        expect(list.filter((id) => !pages.has(path(id)))).toEqual([]);
      });
    }

    it('lists every report, signatory, triage question and area', () => {
      const page = (path: string) => readFileSync(join(site.dist, path), 'utf8');
      const reportsText = site
        .pages()
        .find((p) => p.url === '/reports/')!
        .document.querySelector('main')!.text;
      for (const report of content.entries.get('reports')!) expect(reportsText).toContain(report.data.title);
      for (const id of ids('signatories')) expect(page('charter/signatories/index.html')).toContain(`id="${id}"`);
      for (const question of content.entries.get('triageQuestions')!) expect(page('champions/triage/index.html')).toContain(`id="q-${question.id}"`);
      // Every area with help listed in it has a printable sheet.
      const listed = content.entries.get('services')!.filter((service) => isAvailable(service.data));
      for (const id of ids('areas')) {
        if (!listed.some((service) => areasServed(service.data, ids('areas')).includes(id))) continue;
        expect(existsSync(join(site.dist, 'print', 'in', id, 'index.html')), id).toBe(true);
      }
    });
  });
