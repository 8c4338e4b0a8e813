import { describe, expect, it } from 'vitest';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';
import { languageOfPath } from '../../src/lib/i18n/paths.ts';
import { translator } from '../../src/lib/i18n/translate.ts';

/** The lang a page's <html> has: en-GB for English, the language's code for a page under /cy/ and the like. */
const langOf = (url: string) => (languageOfPath(url) === 'en' ? 'en-GB' : languageOfPath(url));

for (const site of EVERY_BUILT_SITE)
  describe(`every page has the structure people and assistive technology rely on, ${site.name}`, () => {
    it('has exactly one h1', () => {
      const wrong = site
        .pages()
        .map((page) => ({ url: page.url, count: page.document.querySelectorAll('h1').length }))
        .filter((page) => page.count !== 1);
      expect(wrong).toEqual([]);
    });

    it('has a unique, non-empty title (in its language: a listing keeps its name in every language)', () => {
      const titles = new Map<string, string[]>();
      for (const page of site.pages()) {
        const title = page.document.querySelector('title')?.text.trim() ?? '';
        expect(title, `${page.url} has an empty title`).not.toBe('');
        const key = `${languageOfPath(page.url)} ${title}`;
        titles.set(key, [...(titles.get(key) ?? []), page.url]);
      }
      const duplicates = [...titles].filter(([, urls]) => urls.length > 1).map(([title, urls]) => `${title}: ${urls.join(', ')}`);
      expect(duplicates).toEqual([]);
    });

    it('has a non-empty <main> with the skip link target, and landmarks', () => {
      for (const page of site.pages()) {
        const mains = page.document.querySelectorAll('main');
        expect(mains.length, `${page.url} <main> count`).toBe(1);
        expect(mains[0]!.getAttribute('id'), page.url).toBe('main');
        expect(mains[0]!.text.trim().length, `${page.url} has an empty <main>`).toBeGreaterThan(40);
        expect(page.document.querySelector('a.skip[href="#main"]'), `${page.url} skip link`).not.toBeNull();
        expect(page.document.querySelector('header'), `${page.url} header`).not.toBeNull();
        expect(page.document.querySelector('footer'), `${page.url} footer`).not.toBeNull();
        expect(page.document.querySelector('html')!.getAttribute('lang'), page.url).toBe(langOf(page.url));
      }
    });

    it('links to the accessibility statement, privacy page and "suggest a change" from every page', () => {
      for (const page of site.pages()) {
        const footer = page.document.querySelector('footer')!;
        const hrefs = footer.querySelectorAll('a').map((a) => [a.text.trim(), a.getAttribute('href') ?? ''] as const);
        expect(
          hrefs.some(([, h]) => h.endsWith('/accessibility/')),
          `${page.url} accessibility link`,
        ).toBe(true);
        expect(
          hrefs.some(([, h]) => h.endsWith('/privacy/')),
          `${page.url} privacy link`,
        ).toBe(true);
        expect(
          hrefs.some(([t, h]) => t === translator(languageOfPath(page.url))('layout.footer.suggestChange') && /\/edit\/main\/.+/.test(h)),
          `${page.url} suggest a change`,
        ).toBe(true);
      }
    });
  });
