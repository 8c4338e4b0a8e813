/**
 * The near-me page (/find-help/near/) as built: without JavaScript it says why the search does
 * not work and links to the list of every area (the same areas as the find-help page); its form
 * asks by GET for ?postcode=, ?kind= (the find-help page's kinds of help, in its words) and
 * ?open=now; its example postcode is one the site can find.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nearMePath } from '../../src/lib/near/paths.ts';
import { readDistrictFile, postcodeDistrictUrl } from '../../src/lib/postcodes/district-file.ts';
import { normalisePostcode, postcodeDistrict } from '../../src/lib/postcodes/postcode.ts';
import { routes } from '../../src/lib/routes.ts';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const site of EVERY_BUILT_SITE)
  describe(`the near-me page, ${site.name}`, () => {
    const page = () => site.pages().find((p) => p.url === nearMePath())!;
    const findHelp = () => site.pages().find((p) => p.url === routes.findHelp())!;

    it('is built, and says without JavaScript why the search is not there and where to go instead', () => {
      expect(page()).toBeDefined();
      const noJs = page().document.querySelector('[data-near-no-js]')!;
      expect(noJs.hasAttribute('hidden')).toBe(false);
      expect(words(noJs.text)).toMatch(/needs JavaScript.*choose your area/);
      expect(noJs.querySelector('a')!.getAttribute('href')).toBe('#areas');
      // The form shows only when the script runs.
      expect(page().document.querySelector('form[data-near-form]')!.hasAttribute('hidden')).toBe(true);
    });

    it('links to the list of every area the find-help page links to, in the same order and words', () => {
      const areaLinks = (document: ReturnType<typeof page>['document'], selector: string) => document.querySelectorAll(selector).map((a) => [words(a.text), a.getAttribute('href')]);
      const near = areaLinks(page().document, '.area-links > li > a');
      expect(near.length).toBeGreaterThan(0);
      expect(near).toEqual(areaLinks(findHelp().document, '.area-links > li > a'));
      for (const [, href] of near) expect(existsSync(join(site.dist, href!, 'index.html')), href!).toBe(true);
    });

    it("asks by GET for a postcode, a kind of help (the find-help page's kinds, each with its list) and open now", () => {
      const form = page().document.querySelector('form[data-near-form]')!;
      expect(form.getAttribute('method')).toBe('get');
      expect(form.getAttribute('action')).toBe(nearMePath());
      expect(form.querySelector('input[name="postcode"]')!.getAttribute('autocomplete')).toBe('postal-code');
      expect(form.querySelector('input[type="checkbox"][name="open"]')!.getAttribute('value')).toBe('now');
      const options = form.querySelectorAll('select[name="kind"] option').slice(1);
      const kinds = findHelp()
        .document.querySelectorAll('.cards h3 a')
        .map((a) => [words(a.text), a.getAttribute('href')]);
      expect(kinds.length).toBeGreaterThan(0);
      expect(options.map((o) => [words(o.text), o.getAttribute('data-path')])).toEqual(kinds);
      expect(options.map((o) => routes.findHelp({ kind: o.getAttribute('value')! }))).toEqual(kinds.map(([, href]) => href));
    });

    it('gives an example postcode that the site can find', () => {
      const example = page().document.querySelector('form[data-near-form]')!.getAttribute('data-example')!;
      const postcode = normalisePostcode(example);
      expect(postcode).toBe(example);
      const file = readDistrictFile(JSON.parse(readFileSync(join(site.dist, postcodeDistrictUrl(postcodeDistrict(postcode!))), 'utf8')));
      expect(file.get(postcode!)).toBeDefined();
      expect(words(page().document.querySelector('#postcode-hint')!.text)).toBe(`For example, ${example}`);
    });

    it('has a polite live region for the results, and a GOV.UK error summary ready for a wrong postcode', () => {
      expect(page().document.querySelector('[data-near-status]')!.getAttribute('role')).toBe('status');
      const summary = page().document.querySelector('[data-near-error]')!;
      expect(summary.getAttribute('role')).toBe('alert');
      expect(summary.querySelector('a')!.getAttribute('href')).toBe('#postcode');
    });
  });
