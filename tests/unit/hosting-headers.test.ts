/**
 * Headers where the site is deployed. GitHub Pages ignores public/_headers, so the shipped
 * deploy to it sends no frame-ancestors, nosniff or HSTS: a second workflow deploys to
 * Cloudflare Pages, which reads _headers, and only one of the two runs. The allowances Pagefind
 * needs ('wasm-unsafe-eval') is given only to the search page, not site-wide; no page gets blob: workers. And
 * reports hosted in public/reports/ may not be HTML (a file there is served as it is, with no
 * Content-Security-Policy): PDF, CSV and OpenDocument/Word documents only.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import config from '../../astro.config.mjs';
import { reportSchema } from '../../src/schemas/report.ts';
import { checkWith } from '../support/content-fixture.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
const workflow = (name: string) => parseYaml(readFileSync(join(PROJECT, '.github', 'workflows', name), 'utf8'));

describe('the site-wide Content-Security-Policy', () => {
  it("gives no page 'wasm-unsafe-eval' or blob: workers (the search page adds WebAssembly for itself, and no workers)", () => {
    const csp = config.security?.csp;
    expect(csp && typeof csp === 'object').toBe(true);
    const policy = JSON.stringify(csp);
    expect(policy).not.toContain('wasm-unsafe-eval');
    expect(policy).not.toContain('blob:');
    const search = readFileSync(join(PROJECT, 'src', 'pages', '[...lang]', 'search', 'index.astro'), 'utf8');
    expect(search).toMatch(/Astro\.csp.*insertScriptResource\("'wasm-unsafe-eval'"\)/);
    expect(search).not.toMatch(/worker-src/);
  });
});

describe('the Permissions-Policy header (public/_headers)', () => {
  it("allows location for this site's own pages only (the near-me page), and nothing else that needs permission", () => {
    const policy = /^\s*Permissions-Policy:\s*(.+)$/m.exec(readFileSync(join(PROJECT, 'public', '_headers'), 'utf8'))?.[1] ?? '';
    const allowed = new Map(policy.split(',').map((rule) => rule.trim().split('=') as [string, string]));
    expect(allowed.get('geolocation')).toBe('(self)');
    expect([...allowed].filter(([feature, value]) => feature !== 'geolocation' && value !== '()')).toEqual([]);
    expect([...allowed.keys()]).toEqual(expect.arrayContaining(['camera', 'microphone', 'payment', 'usb']));
  });
});

describe('hosted reports', () => {
  const base = { title: 'Annual review', publisher: 'Example Library', date: '2026-01-01', summary: 'What we did.', topics: ['devices'] };
  it('refuses an HTML report file, and accepts PDF, CSV and ODS', () => {
    const html = reportSchema.safeParse({ ...base, file: '/reports/annual-review.html' });
    expect(html.success).toBe(false);
    expect(html.error!.issues[0]!.message).toMatch(/PDF/);
    for (const ok of ['pdf', 'csv', 'ods']) expect(reportSchema.safeParse({ ...base, file: `/reports/annual-review.${ok}` }).success, ok).toBe(true);
  });
  it('the check refuses an HTML (or script, or SVG) file put in public/reports/, even one no report names', () => {
    for (const name of ['evil.html', 'evil.htm', 'evil.svg', 'evil.js', 'evil.xhtml']) {
      const result = checkWith([{ file: `../public/reports/${name}`, contents: '<script>alert(1)</script>' }]);
      expect(result.problems.find((p) => p.file === `public/reports/${name}`)?.message, `${name}: ${JSON.stringify(result.problems)}`).toMatch(/PDF/);
    }
  });
});

describe('deploying with the security headers', () => {
  it('a Cloudflare Pages workflow deploys dist/ (with _headers); the build job only reads; secrets only in the deploy job', () => {
    const cloudflare = workflow('deploy-cloudflare-pages.yml');
    expect(cloudflare.permissions).toEqual({ contents: 'read' });
    expect(JSON.stringify(cloudflare.jobs.build)).not.toMatch(/secrets\./);
    expect(JSON.stringify(cloudflare.jobs.build.steps)).toContain('npm run build');
    expect(cloudflare.jobs.deploy.needs).toBe('build');
    expect(JSON.stringify(cloudflare.jobs.deploy.steps)).toMatch(/wrangler@[\d.]+ pages deploy dist/);
    expect(JSON.stringify(cloudflare.jobs.deploy.steps)).not.toMatch(/npm (install|ci|run)/);
  });
  it('only one of the two deploys runs: GitHub Pages when no Cloudflare Pages project is set', () => {
    expect(workflow('deploy-cloudflare-pages.yml').jobs.build.if).toMatch(/vars\.CLOUDFLARE_PAGES_PROJECT != ''/);
    expect(workflow('deploy.yml').jobs.build.if).toMatch(/vars\.CLOUDFLARE_PAGES_PROJECT == ''/);
  });
  it('the README says GitHub Pages ignores _headers', () => {
    expect(readFileSync(join(PROJECT, 'README.md'), 'utf8')).toMatch(/GitHub Pages[^.]*ignores `?_headers`?/);
  });
});
