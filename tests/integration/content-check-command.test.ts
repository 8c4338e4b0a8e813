/**
 * The content check and the build as commands: exit codes, what they print, and that a build
 * of invalid content leaves no dist/ behind. These run processes, so they are integration tests.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeSiteCopy, replaceOnce } from '../support/content-fixture.ts';

const PROJECT = join(import.meta.dirname, '..', '..');

describe('content check: the command', () => {
  it('exits 1 and prints the file and line when content is bad', () => {
    const root = makeSiteCopy([{ file: 'services/library-wifi.yaml', contents: (t) => replaceOnce(t, 'phone: "01632 960999"', 'phone: 01632960999') }]);
    try {
      const run = spawnSync(process.execPath, [join(PROJECT, 'scripts', 'check-content.ts'), '--root', root], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('content/services/library-wifi.yaml:24');
      expect(run.stdout).toContain('Put the phone number in quotes');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('exits 0 when there are only warnings', () => {
    const root = makeSiteCopy([{ file: 'services/library-wifi.yaml', contents: (t) => replaceOnce(t, 'lastChecked: 2026-10-01', 'lastChecked: 2020-01-01') }]);
    try {
      const run = spawnSync(process.execPath, [join(PROJECT, 'scripts', 'check-content.ts'), '--root', root], { encoding: 'utf8' });
      expect(run.stdout).toContain('Warning: content/services/library-wifi.yaml');
      expect(run.status).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the build refuses invalid content and leaves no dist/ behind', () => {
    const root = makeSiteCopy([{ file: 'services/library-wifi.yaml', contents: (t) => replaceOnce(t, 'area: north', 'area: atlantis') }]);
    try {
      mkdirSync(join(root, 'dist'));
      writeFileSync(join(root, 'dist', 'index.html'), '<p>old build</p>');
      const run = spawnSync(process.execPath, [join(PROJECT, 'scripts', 'build.ts'), '--root', root], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('"atlantis" does not match');
      expect(existsSync(join(root, 'dist'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
