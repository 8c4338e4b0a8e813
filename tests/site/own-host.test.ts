import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';

// "Nothing leaves the site": no page loads anything (script, style, font, image, frame, form
// target) from another host. Ordinary links that a person chooses to follow are allowed.
const SITE = 'https://local.invalid';

function isOtherHost(value: string, base: string): boolean {
  if (value.startsWith('data:') || value.startsWith('#')) return false;
  const url = new URL(value, new URL(base, SITE));
  return url.origin !== SITE;
}

for (const site of EVERY_BUILT_SITE)
  describe(`no page refers to another host for anything it loads, ${site.name}`, () => {
    it('loads scripts, styles, images, frames and forms only from the site itself', () => {
      const found: string[] = [];
      for (const page of site.pages()) {
        const doc = page.document;
        const loads = [
          ...doc.querySelectorAll('script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src], track[src]').map((el) => el.getAttribute('src')!),
          ...doc.querySelectorAll('img[srcset], source[srcset]').flatMap((el) =>
            el
              .getAttribute('srcset')!
              .split(',')
              .map((s) => s.trim().split(/\s+/)[0]!),
          ),
          ...doc
            .querySelectorAll('link[href]')
            .filter((el) => !['canonical', 'alternate', 'license'].includes(el.getAttribute('rel') ?? ''))
            .map((el) => el.getAttribute('href')!),
          ...doc.querySelectorAll('form[action]').map((el) => el.getAttribute('action')!),
          ...doc.querySelectorAll('object[data]').map((el) => el.getAttribute('data')!),
        ];
        for (const value of loads) if (isOtherHost(value, page.url)) found.push(`${page.url}: ${value}`);
        const css =
          doc
            .querySelectorAll('style')
            .map((s) => s.text)
            .join('\n') +
          doc
            .querySelectorAll('[style]')
            .map((el) => el.getAttribute('style'))
            .join('\n');
        for (const match of css.matchAll(/url\(\s*['"]?([^'")]+)/g)) if (isOtherHost(match[1]!, page.url)) found.push(`${page.url}: CSS ${match[1]}`);
        for (const match of css.matchAll(/@import\s+['"]([^'"]+)/g)) if (isOtherHost(match[1]!, page.url)) found.push(`${page.url}: CSS @import ${match[1]}`);
      }
      expect(found).toEqual([]);
    });

    it('has no script or stylesheet file that fetches from another host', () => {
      const found: string[] = [];
      for (const file of site.files().filter((f) => /\.(js|mjs|css)$/.test(f) && !f.startsWith('pagefind/'))) {
        const text = readFileSync(join(site.dist, file), 'utf8');
        for (const match of text.matchAll(/(?:fetch\(|import\(|url\()\s*['"`]?(https?:\/\/[^'"`)\s]+)/g)) found.push(`${file}: ${match[1]}`);
      }
      expect(found).toEqual([]);
    });

    it("the canonical address of every page is on the site's own host", () => {
      const hosts = new Set(
        site
          .pages()
          .map((p) => p.document.querySelector('link[rel="canonical"]')?.getAttribute('href'))
          .filter(Boolean)
          .map((h) => new URL(h!).host),
      );
      expect(hosts.size).toBe(1);
    });
  });
