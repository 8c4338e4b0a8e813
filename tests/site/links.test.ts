import { describe, expect, it } from 'vitest';
import { EVERY_BUILT_SITE, resolveUrlToFile } from '../support/built-site.ts';

const LOCAL = 'https://local.invalid';

for (const site of EVERY_BUILT_SITE)
  describe(`every internal link and #fragment resolves, ${site.name}`, () => {
    it('finds a file for every link, script, stylesheet and image on every page', () => {
      const files = new Set(site.files());
      const ids = new Map(site.pages().map((page) => [page.file, new Set(page.document.querySelectorAll('[id]').map((el) => el.getAttribute('id')))]));
      const broken: string[] = [];
      let checked = 0;
      for (const page of site.pages()) {
        const base = new URL(page.url, LOCAL);
        const targets = [
          ...page.document.querySelectorAll('a[href]').map((el) => el.getAttribute('href')!),
          ...page.document
            .querySelectorAll('link[href]')
            .filter((el) => el.getAttribute('rel') !== 'canonical')
            .map((el) => el.getAttribute('href')!),
          ...page.document.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
          ...page.document.querySelectorAll('form[action]').map((el) => el.getAttribute('action')!),
        ];
        for (const target of targets) {
          const url = new URL(target, base);
          if (url.origin !== LOCAL) continue; // outbound links and tel:/mailto:/sms: are not ours to resolve
          checked++;
          const file = resolveUrlToFile(url.pathname, files);
          if (!file) {
            broken.push(`${page.url} links to ${target}: no such page or file`);
            continue;
          }
          if (url.hash && url.hash !== '#') {
            const id = decodeURIComponent(url.hash.slice(1));
            if (!ids.get(file)?.has(id)) broken.push(`${page.url} links to ${target}: no element with id "${id}"`);
          }
        }
      }
      expect(broken).toEqual([]);
      expect(checked).toBeGreaterThan(50);
    });
  });
