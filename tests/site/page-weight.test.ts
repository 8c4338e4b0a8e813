import { describe, expect, it } from 'vitest';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';
import { budgetFor, measurePage } from '../../scripts/lib/page-weight.ts';
import { listenControlFor } from '../../src/lib/read-aloud/pages.ts';
import { withoutLanguage } from '../../src/lib/i18n/paths.ts';

/**
 * Pages allowed to carry JavaScript, each with the reason (a page in another language, under
 * /cy/ and the like, is allowed what its English page is). Every other page only shows
 * content and must carry 0 bytes of JavaScript.
 */
const PAGES_WITH_SCRIPTS: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /^\/search\/$/, reason: 'search runs in the browser' },
  { pattern: /^\/find-help\/near\/$/, reason: 'finds the nearest help to a postcode or to where the person is, in the browser' },
  { pattern: /^\/find-help\/.+\/$/, reason: 'instant filters on directory lists (the lists work without them)' },
  { pattern: /^\/(case-studies|courses|reports)\/$/, reason: 'instant filters on the case studies, courses and reports lists' },
  { pattern: /^\/services\/[^/]+\/$/, reason: '"open now" needs the current time; the print button needs the print dialogue' },
  { pattern: /^\/share-your-work\/$/, reason: 'the form writes a case study file in the browser' },
  { pattern: /^\/champions\/$/, reason: 'shows training progress kept in the browser' },
  { pattern: /^\/champions\/progress\/$/, reason: 'shows and clears training progress kept in the browser' },
  { pattern: /^\/champions\/modules\/[^/]+\/([^/]+\/)?$/, reason: 'lessons mark progress and quizzes; modules show progress; the certificate reads progress' },
  { pattern: /^\/champions\/triage\/$/, reason: 'the step-by-step triage tool' },
  { pattern: /^\/champions\/offline\/$/, reason: 'saves and removes the offline copy (registers the service worker, shows the download size)' },
  { pattern: /^\/shortlist\/$/, reason: 'the shortlist is kept in the browser; the page shows and prints it, and writes the text message and the link' },
  { pattern: /^\/referral\/$/, reason: 'reads the referral from the address after "#" (never sent to the server) and shows it' },
];

for (const site of EVERY_BUILT_SITE)
  describe(`page weight (DESIGN.md budgets), ${site.name}`, () => {
    const weights = site.pages().map((page) => ({ url: page.url, ...measurePage(site.dist, page.file) }));

    it('keeps every page within 14 KiB compressed (HTML + CSS + JS), or 2 KiB per entry for print sheets', () => {
      const over = weights.filter((w) => w.total > budgetFor(w)).map((w) => `${w.url}: ${w.total} bytes (budget ${budgetFor(w)})`);
      expect(over).toEqual([]);
      const largest = weights.reduce((a, b) => (b.total > a.total ? b : a));
      console.log(`Largest page: ${largest.url} at ${largest.total} bytes compressed (HTML ${largest.html}, CSS ${largest.css}, JS ${largest.js}) of ${weights.length} pages.`);
    });

    it('sends no JavaScript on pages that only show content', () => {
      // Pages with a Listen control (src/lib/read-aloud/pages.ts) carry its small loader: read-aloud needs speech synthesis.
      const offenders = weights
        .filter((w) => w.jsRaw > 0 && !PAGES_WITH_SCRIPTS.some((allowed) => allowed.pattern.test(withoutLanguage(w.url))) && listenControlFor(w.url) === 'none')
        .map((w) => `${w.url}: ${w.jsRaw} bytes of JavaScript`);
      expect(offenders).toEqual([]);
    });
  });
