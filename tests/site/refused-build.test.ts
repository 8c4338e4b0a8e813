/**
 * A build of content the check refuses publishes nothing: it names the file, exits with an error,
 * writes no dist/, and leaves no temporary folder and no process of its own running (Astro and the
 * content step are stopped, not left to finish).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy, copyProject } from '../../scripts/lib/project-copy.ts';
import { MINIMAL_SITE } from '../support/content-fixture.ts';
import { buildProcessesOf } from '../support/build-processes.ts';

describe('a build of content the check refuses', () => {
  it('stops with the check’s message, writes no dist/, and leaves nothing behind', () => {
    const root = copyProject('knowledge-store-refused-', { content: join(MINIMAL_SITE, 'content') });
    try {
      const listing = join(root, 'content', 'services', 'library-wifi.yaml');
      writeFileSync(listing, readFileSync(listing, 'utf8').replace(/^name: .*\n/m, ''));
      const build = buildCopy(root, { env: { SITE_TODAY: '2026-11-23' } });
      expect(build.status, build.output).toBe(1);
      expect(build.output).toContain('content/services/library-wifi.yaml');
      expect(build.output).toContain('The site was not built, because the content check found problems.');
      expect(build.output).not.toMatch(/Complete!/);
      expect(existsSync(join(root, 'dist'))).toBe(false);
      expect(readdirSync(root).filter((name) => /^\.build-\d+$/.test(name))).toEqual([]);
      expect(buildProcessesOf(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
