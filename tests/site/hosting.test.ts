import { describe, expect, it } from 'vitest';
import { withoutLanguage } from '../../src/lib/i18n/paths.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';

/** Reads a Netlify / Cloudflare Pages _headers file: path patterns, each with its headers. */
function readHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else if (current) {
      const at = line.indexOf(':');
      current.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
    }
  }
  return rules;
}

for (const site of EVERY_BUILT_SITE)
  describe(`hosting headers (public/_headers), ${site.name}`, () => {
    const rules = readHeadersFile(readFileSync(join(site.dist, '_headers'), 'utf8'));
    const all = rules.get('/*')!;

    it('sets HSTS, nosniff, a referrer policy, a permissions policy and frame-ancestors for every page', () => {
      expect(all.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
      expect(all.get('x-content-type-options')).toBe('nosniff');
      expect(all.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      // Location only for this site's own pages (the near-me page's "Use my location"); camera and microphone for none.
      expect(all.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(self\),.*microphone=\(\)/);
      expect(all.get('content-security-policy')).toBe("frame-ancestors 'none'");
    });

    it('lets other sites read the open data', () => {
      expect(rules.get('/openreferral/*')?.get('access-control-allow-origin')).toBe('*');
    });
  });

for (const site of EVERY_BUILT_SITE)
  describe(`Content-Security-Policy on every page, ${site.name}`, () => {
    it('has a policy that allows only this site, with no unsafe-inline or unsafe-eval', () => {
      for (const page of site.pages()) {
        const policy = page.document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
        expect(policy, page.url).toContain("default-src 'self'");
        expect(policy, page.url).toContain("object-src 'none'");
        expect(policy, page.url).toContain("base-uri 'self'");
        expect(policy, page.url).toContain("form-action 'self'");
        expect(policy, page.url).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
        // The policy must come before anything it governs.
        const head = page.html.slice(0, page.html.indexOf('</head>'));
        const governed = [head.indexOf('<style'), head.indexOf('<script')].filter((index) => index >= 0);
        if (governed.length) expect(head.indexOf('content-security-policy'), page.url).toBeLessThan(Math.min(...governed));
      }
    });

    it('names the hash of each inline script and style on the page, and no hash the page does not use', () => {
      const digest = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
      const hashesIn = (directive: string | undefined) => new Set((directive ?? '').split(/\s+/).filter((token) => token.startsWith("'sha256-")));
      const wrong: string[] = [];
      for (const page of site.pages()) {
        const policy = page.document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
        const directives = new Map(
          policy
            .split(';')
            .map((part) => part.trim().split(/\s+/))
            .map(([name, ...rest]) => [name, rest.join(' ')] as const),
        );
        // Inline code the browser runs (JSON data blocks are not code, and a policy does not govern them).
        const scripts = [...page.html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
          .filter(([, attributes = '']) => !/\ssrc=/.test(attributes) && !/type="application\/(ld\+)?json"/.test(attributes))
          .map(([, , text]) => digest(text!));
        const styles = [...page.html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)].map(([, , text]) => digest(text!));
        const named = { scripts: hashesIn(directives.get('script-src')), styles: hashesIn(directives.get('style-src')) };
        for (const hash of scripts) if (!named.scripts.has(hash)) wrong.push(`${page.url}: inline script ${hash} is not in script-src`);
        for (const hash of styles) if (!named.styles.has(hash)) wrong.push(`${page.url}: inline style ${hash} is not in style-src`);
        for (const hash of named.scripts) if (!scripts.includes(hash)) wrong.push(`${page.url}: script-src names ${hash}, which is not on the page`);
        for (const hash of named.styles) if (!styles.includes(hash)) wrong.push(`${page.url}: style-src names ${hash}, which is not on the page`);
      }
      expect(wrong.slice(0, 10), `${wrong.length} problem(s)`).toEqual([]);
    });

    it('gives WebAssembly (for Pagefind) to the search page only, and blob: workers to no page', () => {
      const policies = new Map(site.pages().map((page) => [page.url, page.document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '']));
      // The search page in every language.
      const searchPages = [...policies.keys()].filter((url) => withoutLanguage(url) === '/search/');
      expect(searchPages.length).toBe(LANGUAGES.length);
      for (const url of searchPages) {
        expect(policies.get(url)).toContain("'wasm-unsafe-eval'");
        expect(policies.get(url)).not.toMatch(/worker-src|blob:/);
      }
      const others = [...policies].filter(([url, policy]) => withoutLanguage(url) !== '/search/' && /wasm-unsafe-eval|blob:/.test(policy)).map(([url]) => url);
      expect(others).toEqual([]);
    });
  });
