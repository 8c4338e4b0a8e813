/**
 * The referral page (/referral/) and the referral card's share form, as built on both sites:
 * the page explains without JavaScript that the summary needs it and that the details stay in
 * the address; it holds next steps for every need the triage can find (the same places to look
 * as the triage page); it is left out of the search index and search engines; both pages stay
 * within the 14 KiB budget; the card is marked for read-aloud.
 */
import { describe, expect, it } from 'vitest';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';
import { measurePage, PAGE_BUDGET_BYTES } from '../../scripts/lib/page-weight.ts';
import { routes } from '../../src/lib/routes.ts';
import { href } from '../../src/utils/href.ts';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const site of EVERY_BUILT_SITE)
  describe(`the referral page, ${site.name}`, () => {
    const page = () => site.pages().find((p) => p.url === routes.referral())!;
    const triage = () => site.pages().find((p) => p.url === routes.triage())!;

    it('is built, and says without JavaScript that the summary needs it and the details are never sent', () => {
      expect(page(), `${routes.referral()} is built`).toBeDefined();
      expect(words(page().document.querySelector('h1')!.text)).toBe('Referral summary');
      const noJs = page().document.querySelector('[data-referral-needs-js]')!;
      expect(noJs.hasAttribute('hidden')).toBe(false);
      expect(words(noJs.text)).toMatch(/This summary needs JavaScript\..*in the web address itself, after the # sign\. They are never sent to this website/);
      expect(page().document.querySelector('[data-referral-summary]')!.hasAttribute('hidden')).toBe(true);
    });

    it('is left out of the search index and of search engines, and sends no referrer', () => {
      expect(page().document.querySelector('main')!.hasAttribute('data-pagefind-body')).toBe(false);
      expect(page().document.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
      expect(page().document.querySelector('meta[name="referrer"]')!.getAttribute('content')).toBe('no-referrer');
    });

    it('has next steps for every need on the triage page, with the same lists of help', () => {
      const needSections = triage().document.querySelectorAll('section[id^="need-"]');
      expect(needSections.length).toBeGreaterThan(0);
      for (const section of needSections) {
        const need = section.id.replace(/^need-/, '');
        const help = page().document.querySelector(`[data-referral-help="${need}"]`);
        expect(help, need).not.toBeNull();
        expect(help!.hasAttribute('hidden'), need).toBe(true);
        const links = (node: typeof help) =>
          node!
            .querySelectorAll('a')
            .map((a) => a.getAttribute('href')!)
            .filter((link) => link.startsWith(href(routes.findHelp())));
        expect(links(help), need).toEqual(links(section));
      }
    });

    it('keeps the referral page within 14 KiB for a first visit', () => {
      const weight = measurePage(site.dist, page().file);
      expect(weight.total).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
      console.log(`${site.name}: ${routes.referral()} ${weight.total} bytes (HTML ${weight.html}, CSS ${weight.css}, JS ${weight.js}).`);
    });

    it('keeps the triage page within 14 KiB, with the read-aloud mark on the card and the referral page named for its script', () => {
      const weight = measurePage(site.dist, triage().file);
      expect(weight.total).toBeLessThanOrEqual(PAGE_BUDGET_BYTES);
      console.log(`${site.name}: ${routes.triage()} ${weight.total} bytes (HTML ${weight.html}, CSS ${weight.css}, JS ${weight.js}).`);
      expect(triage().document.querySelector('[data-card]')!.hasAttribute('data-listen')).toBe(true);
      // The share form is made by the tool's script (tests/browser/referral.test.ts); the page tells it where the referral page is.
      expect(triage().document.querySelector('[data-triage-tool]')!.getAttribute('data-referral-page')).toBe(href(routes.referral()));
    });
  });
