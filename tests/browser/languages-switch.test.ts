/**
 * The language switcher in Chromium, on the test fixture site: from a listing's English page,
 * press "Cymraeg" and land on the same listing in Welsh (its h1, lang="cy", the Welsh headings);
 * the open-now note and the shortlist button speak the page's language; Urdu pages are right to
 * left with phone numbers left to right, and pass axe at 320 and 1280 px.
 */
import { describe, expect, it } from 'vitest';
import { inLanguage } from '../../src/lib/i18n/paths.ts';
import { translator } from '../../src/lib/i18n/translate.ts';
import { routes } from '../../src/lib/routes.ts';
import { useBrowserOnBuiltSite } from '../support/browser.ts';
import { AXE_SOURCE, axeProblemsAtWidths } from '../support/page-check.ts';

const site = useBrowserOnBuiltSite();
/** A listing with places, opening hours and a phone number, translated into Welsh and Urdu. */
const LISTING = 'eastbrook-library-wifi-and-computers';
const NAME = 'Free Wi-Fi and computers at Eastbrook Library';

describe('switching language on a listing', () => {
  it('from the English page, "Cymraeg" leads to the same listing in Welsh', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}${routes.service(LISTING)}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
      await page.getByRole('navigation', { name: 'Languages' }).getByRole('link', { name: 'Cymraeg' }).click();
      await page.waitForURL(`${site.origin}${inLanguage('cy', routes.service(LISTING))}`);
      expect(await page.locator('h1').textContent()).toBe(NAME);
      expect(await page.locator('html').getAttribute('lang')).toBe('cy');
      expect(await page.locator('h2#contact').textContent()).toBe(translator('cy')('service.contact.heading'));
    } finally {
      await page.close();
    }
  });

  it('on the Welsh page, the open-now note and the shortlist button are in Welsh', async () => {
    const cy = translator('cy');
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.origin}${inLanguage('cy', routes.service(LISTING))}`);
      const note = page.locator('.open-now').first();
      await note.waitFor({ state: 'visible' });
      expect(await note.textContent()).toMatch(new RegExp(`^(${cy('service.hours.closedNow')}|${cy('service.hours.openUntil').split('{')[0]})`));
      expect(await page.getByRole('button', { name: new RegExp(`^${cy('service.shortlist.add')}`) }).count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it('the Urdu page is right to left, its phone number left to right, and passes axe at 320 and 1280 px', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(AXE_SOURCE);
    try {
      await page.goto(`${site.origin}${inLanguage('ur', routes.service(LISTING))}`);
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      const phone = page.locator('.contact a[href^="tel:"]').first();
      expect(await phone.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
      expect(await axeProblemsAtWidths(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the Welsh and Polish pages of a listing with translated and untranslated fields pass axe at 320 and 1280 px', async () => {
    const page = await site.browser.newPage();
    await page.addInitScript(AXE_SOURCE);
    try {
      for (const code of ['cy', 'pl']) {
        await page.goto(`${site.origin}${inLanguage(code, routes.service('adult-learning-laptop-loans'))}`);
        expect(await page.locator('.translation-note').count(), code).toBeGreaterThan(0);
        expect(await axeProblemsAtWidths(page), code).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });
});
