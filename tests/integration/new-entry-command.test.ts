/** `npm run new` as a command: it writes valid, commented starting files. It runs a process, so it is an integration test. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { FIXED_TODAY, makeSiteCopy } from '../support/content-fixture.ts';

const PROJECT = join(import.meta.dirname, '..', '..');

describe('npm run new', () => {
  for (const kind of ['service', 'course', 'case-study'] as const) {
    it(`writes a valid, commented ${kind} with a fresh id`, () => {
      const root = makeSiteCopy();
      try {
        const run = (title: string) =>
          spawnSync(process.execPath, [join(PROJECT, 'scripts', 'new-entry.ts'), kind, title, '--root', root], { encoding: 'utf8', env: { ...process.env, SITE_TODAY: FIXED_TODAY } });
        const first = run('Tablet help at North Town');
        expect(first.status, first.stderr).toBe(0);
        const second = run('Tablet help at North Town');
        const folder = { service: 'services', course: 'courses', 'case-study': 'case-studies' }[kind];
        const extension = kind === 'case-study' ? 'md' : 'yaml';
        const path = join(root, 'content', folder, `tablet-help-at-north-town.${extension}`);
        expect(existsSync(path)).toBe(true);
        expect(existsSync(join(root, 'content', folder, `tablet-help-at-north-town-2.${extension}`)), second.stdout).toBe(true);
        expect(readFileSync(path, 'utf8')).toMatch(/^#|\n# /);
        const result = checkContent({ root, today: FIXED_TODAY });
        expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }

  it('explains how to use it when the kind is wrong', () => {
    const run = spawnSync(process.execPath, [join(PROJECT, 'scripts', 'new-entry.ts'), 'poster', 'A title'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run new -- <service|course|case-study>');
  });
});
