/**
 * The sitemap's links between a page's versions in each language (src/lib/i18n/sitemap-languages.ts)
 * must be the ones @astrojs/sitemap's own i18n option gives, found without comparing every page
 * with every other. This compares them with that code itself, on a site with pages in every
 * language, in some, and in one.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sitemapLanguageOptions, type SitemapLanguageLink } from '../../src/lib/i18n/sitemap-languages.ts';

interface UpstreamEntry {
  readonly url: string;
  readonly links?: readonly SitemapLanguageLink[];
}
type GenerateSitemap = (pages: string[], siteUrl: string, options: { i18n: { defaultLocale: string; locales: Record<string, string> } }) => UpstreamEntry[];

// The package exports only its integration, so its own function is loaded from its file.
const upstream = (await import(pathToFileURL(join(import.meta.dirname, '..', '..', 'node_modules', '@astrojs', 'sitemap', 'dist', 'generate-sitemap.js')).href)) as {
  generateSitemap: GenerateSitemap;
};

const LOCALES = { en: 'en-GB', cy: 'cy', ur: 'ur', pl: 'pl' };

/** A site's pages: some in all four languages, some in two, some in English only, numbered list pages past 9. */
function sitePages(site: string): string[] {
  const everywhere = ['', 'find-help/', 'find-help/free-wifi/', 'services/eastbrook-library/', ...Array.from({ length: 12 }, (_, i) => `find-help/drop-in-help/page/${i + 2}/`)];
  const pages: string[] = [];
  for (const path of everywhere) for (const language of ['', 'cy/', 'ur/', 'pl/']) pages.push(`${site}${language}${path}`);
  pages.push(`${site}partners/`, `${site}nine-cs/connectivity/`, `${site}cy/champions/`, `${site}champions/`, `${site}pl/referral/`);
  // Shuffled, as the build gives them in no set order.
  return pages.sort((a, b) => ((a.length * 7919 + a.charCodeAt(a.length - 2)) % 97) - ((b.length * 7919 + b.charCodeAt(b.length - 2)) % 97));
}

describe("the sitemap's links to each page's versions in other languages", () => {
  for (const site of ['https://digital.example.org/', 'https://council.example.org/digital-inclusion/']) {
    it(`are the ones @astrojs/sitemap's i18n option gives, for every page (site at ${site})`, () => {
      const pages = sitePages(site);
      const options = sitemapLanguageOptions(site, 'en', LOCALES);
      expect(pages.every((url) => options.filter(url))).toBe(true);
      const expected = new Map(upstream.generateSitemap(pages, site, { i18n: { defaultLocale: 'en', locales: LOCALES } }).map((entry) => [entry.url, entry.links]));
      for (const url of pages) expect(options.serialize({ url }).links, url).toEqual(expected.get(url));
      // A page in four languages links to all four, in the order of their addresses; a page in one language links to none.
      expect(options.serialize({ url: `${site}cy/find-help/` }).links).toEqual([
        { url: `${site}cy/find-help/`, lang: 'cy' },
        { url: `${site}find-help/`, lang: 'en-GB' },
        { url: `${site}pl/find-help/`, lang: 'pl' },
        { url: `${site}ur/find-help/`, lang: 'ur' },
      ]);
      expect(options.serialize({ url: `${site}champions/` }).links?.map((link) => link.lang)).toEqual(['en-GB', 'cy']);
      expect(options.serialize({ url: `${site}partners/` }).links).toBeUndefined();
      // Numbered pages keep the sitemap's order (page 2 before page 10).
      expect(options.serialize({ url: `${site}find-help/drop-in-help/page/10/` }).links?.map((link) => link.lang)).toEqual(['cy', 'en-GB', 'pl', 'ur']);
    });
  }

  it("leaves out each language's error pages, and keeps the rest of the entry as it was", () => {
    const options = sitemapLanguageOptions('https://digital.example.org/', 'en', LOCALES);
    expect(options.filter('https://digital.example.org/cy/404/')).toBe(false);
    expect(options.filter('https://digital.example.org/ur/500/')).toBe(false);
    expect(options.filter('https://digital.example.org/cy/404-help/')).toBe(true);
    expect(options.filter('https://digital.example.org/404-help/')).toBe(true);
    expect(options.serialize({ url: 'https://digital.example.org/404-help/', lastmod: '2026-11-23' })).toEqual({
      url: 'https://digital.example.org/404-help/',
      lastmod: '2026-11-23',
      links: [
        { url: 'https://digital.example.org/404-help/', lang: 'en-GB' },
        { url: 'https://digital.example.org/cy/404-help/', lang: 'cy' },
      ],
    });
  });
});
