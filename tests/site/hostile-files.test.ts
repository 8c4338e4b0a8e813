/**
 * Hostile files, through the real commands: `npm run check:content` on each one ends in under
 * 2 s with the file, line (and field where there is one) and no stack trace, and a build that
 * skips the check still refuses a linked file and publishes nothing from outside the project.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureFile, makeSiteCopy, MINIMAL_SITE } from '../support/content-fixture.ts';
import { buildCopy, copyProject, PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';
import { aliasBomb } from '../support/hostile.ts';

const SERVICE = 'services/library-wifi.yaml';
const outside = mkdtempSync(join(tmpdir(), 'outside-'));
writeFileSync(join(outside, 'passwd'), 'TOP-SECRET-LINE: root:x:0:0\nmore: [\n');
afterAll(() => rmSync(outside, { recursive: true, force: true }));

interface Hostile {
  readonly name: string;
  readonly make: (root: string) => void;
  readonly expect: RegExp;
}

const hostile: Hostile[] = [
  {
    name: 'a 300-byte alias bomb',
    make: (root) => writeFileSync(join(root, 'content', SERVICE), fixtureFile(SERVICE) + aliasBomb(6, 9)),
    expect: /content\/services\/library-wifi\.yaml:30 {2}\(field: a0\)/,
  },
  {
    name: 'an 837-byte alias bomb inside a field',
    make: (root) => writeFileSync(join(root, 'content', SERVICE), fixtureFile(SERVICE).replace('languages: [en]', 'languages: *b7') + aliasBomb(9, 11, 'b').padEnd(837, ' ')),
    expect: /content\/services\/library-wifi\.yaml:\d+ {2}\(field: /,
  },
  {
    name: 'a link to a file outside the project',
    make: (root) => symlinkSync(join(outside, 'passwd'), join(root, 'content', 'services', 'linked.yaml')),
    expect: /content\/services\/linked\.yaml\n.*symbolic link/,
  },
  { name: 'a linked folder', make: (root) => symlinkSync(outside, join(root, 'content', 'services', 'more')), expect: /content\/services\/more\n.*symbolic link/ },
  {
    name: 'a link to nothing',
    make: (root) => symlinkSync(join(root, 'nothing.yaml'), join(root, 'content', 'services', 'dangling.yaml')),
    expect: /content\/services\/dangling\.yaml\n.*symbolic link/,
  },
  {
    name: 'a file that is not UTF-8',
    make: (root) => writeFileSync(join(root, 'content', SERVICE), Buffer.from(fixtureFile(SERVICE).replace('summary: Free Wi-Fi for everyone.', 'summary: Café Wi-Fi.'), 'latin1')),
    expect: /content\/services\/library-wifi\.yaml:4\n.*UTF-8/,
  },
];

describe('npm run check:content on hostile files', () => {
  for (const file of hostile) {
    it(`${file.name}: the file and line, no stack trace, nothing from outside shown`, () => {
      const root = makeSiteCopy();
      try {
        file.make(root);
        // A check that expanded the aliases, or read through the link, would not end: the 30 s limit stops it.
        const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'check-content.ts'), '--root', root], { encoding: 'utf8', timeout: 30_000 });
        expect(run.status, run.stdout + run.stderr).toBe(1);
        expect(run.stdout).toMatch(file.expect);
        expect(run.stdout + run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        expect(run.stdout + run.stderr).not.toContain('TOP-SECRET');
        expect(run.stderr).toBe('');
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});

describe('the build refuses what the check refuses, even when the check is skipped', () => {
  it('a linked listing stops the build, naming the file, and nothing from outside is published', () => {
    const root = copyProject('knowledge-store-hostile-', { content: join(MINIMAL_SITE, 'content') });
    try {
      symlinkSync(join(outside, 'passwd'), join(root, 'content', 'services', 'linked.yaml'));
      const build = buildCopy(root, { env: { SITE_TODAY: '2026-11-23' }, skipContentCheck: true });
      expect(build.status).not.toBe(0);
      expect(build.output).toContain('content/services/linked.yaml');
      expect(build.output).toMatch(/symbolic link/);
      expect(build.output).not.toContain('TOP-SECRET');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
