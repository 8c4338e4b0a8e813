import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCopy, copyProject } from '../../scripts/lib/project-copy.ts';
import { FIXTURE_CONTENT } from '../../scripts/lib/test-site.ts';

// "npm run build -- --root <folder>" is run from another folder by the tests and the benchmark,
// often two at once. Astro puts its page-rendering files beside the output only when the output is
// under the folder it runs from; otherwise it used that folder's .astro/, so two builds of copies
// shared one and one failed ("Cannot find module .../.astro/.prerender/chunks/...").
let root: string;
let elsewhere: string;
let build: { status: number | null; output: string };

beforeAll(() => {
  root = copyProject('knowledge-store-elsewhere-', { content: FIXTURE_CONTENT });
  elsewhere = mkdtempSync(join(tmpdir(), 'knowledge-store-run-from-'));
  build = buildCopy(root, { env: { SITE_TODAY: '2026-11-23' }, cwd: elsewhere });
}, 300_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

describe('a build of another folder', () => {
  it('builds when run from a folder that is not the site', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(true);
  });

  it('writes nothing into the folder it was run from', () => {
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});
