import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { buildCopy, copyProject } from '../../scripts/lib/project-copy.ts';
import { FIXTURE_CONTENT } from '../../scripts/lib/test-site.ts';

// Builds a copy of the site with hostile case studies added, skipping the content check (which
// would refuse them), to prove that the build itself never publishes what they carry.
let root: string;
let build: { status: number | null; output: string };

beforeAll(() => {
  root = copyProject('knowledge-store-hostile-', { content: FIXTURE_CONTENT });
  copyFileSync(join(import.meta.dirname, '..', 'fixtures', 'hostile-markdown', 'hostile-case-study.md'), join(root, 'content', 'case-studies', 'hostile-case-study.md'));
  build = buildCopy(root, { env: { SITE_TODAY: '2026-11-23' }, skipContentCheck: true });
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('contributed Markdown is data, not code', () => {
  it('builds, and the safe text reaches the page', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    const html = readFileSync(join(root, 'dist', 'case-studies', 'hostile-case-study', 'index.html'), 'utf8');
    expect(html).toContain('HOSTILE-FIXTURE-VISIBLE');
  });

  it('puts no script, event handler, iframe, object, form, style or javascript:/data: URL into the built page', () => {
    const html = readFileSync(join(root, 'dist', 'case-studies', 'hostile-case-study', 'index.html'), 'utf8');
    const main = parse(html).querySelector('main')!;
    expect(main.querySelectorAll('script, iframe, object, embed, form, style, img, svg')).toHaveLength(0);
    const attributes = main.querySelectorAll('*').flatMap((el) => Object.entries(el.attributes));
    expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
    expect(attributes.filter(([, value]) => /^\s*(javascript|data|vbscript):/i.test(value))).toEqual([]);
    expect(main.querySelectorAll('[style]')).toHaveLength(0);
    expect(main.toString()).not.toMatch(/evil\.example\/(pixel|x\.swf|steal)"/);
  });

  it('lists a tagged case study on the page of its C (related content comes from tags)', () => {
    const html = readFileSync(join(root, 'dist', 'nine-cs', 'cost', 'index.html'), 'utf8');
    expect(html).toContain('href="/case-studies/hostile-case-study/"');
    const other = readFileSync(join(root, 'dist', 'nine-cs', 'channel', 'index.html'), 'utf8');
    expect(other).not.toContain('/case-studies/hostile-case-study/');
  });
});
