import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { listFiles } from '../../src/lib/files.ts';
import { join, relative } from 'node:path';
import { buildCopy, copyProject } from '../../scripts/lib/project-copy.ts';
import { FIXTURE_CONTENT } from '../../scripts/lib/test-site.ts';
import { TEST_SITE } from '../support/built-site.ts';

// Two clean builds of the same commit, in two different folders, must give byte-identical
// dist/ folders, so a diff of dist/ shows exactly what a content change did. The first is the test
// fixture site that npm test has built in .test-site/; the second is built here, elsewhere, and
// run from a third, empty folder, as the tests and the benchmark run "npm run build -- --root".
// (Astro put its page-rendering files in the .astro/ of the folder it was run from when the
// output was not under it: a build run from elsewhere failed, and two at once broke each other.)
function fingerprint(folder: string): Map<string, string> {
  return new Map(listFiles(folder).map((file) => [relative(folder, file), createHash('sha256').update(readFileSync(file)).digest('hex')]));
}

let second: string;
let runFrom: string;
beforeAll(() => {
  TEST_SITE.requireBuilt();
  second = copyProject('knowledge-store-repro-', { content: FIXTURE_CONTENT });
  runFrom = mkdtempSync(join(tmpdir(), 'knowledge-store-run-from-'));
  const build = buildCopy(second, { env: { SITE_TODAY: '2026-11-23' }, cwd: runFrom });
  if (build.status !== 0) throw new Error(build.output.slice(-3000));
}, 600_000);
afterAll(() => {
  rmSync(second, { recursive: true, force: true });
  rmSync(runFrom, { recursive: true, force: true });
});

describe('reproducible builds', () => {
  it('gives byte-identical dist/ folders from two clean builds', () => {
    const a = fingerprint(TEST_SITE.dist);
    const b = fingerprint(join(second, 'dist'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const different = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    expect(different).toEqual([]);
    expect(a.size).toBeGreaterThan(300);
  });

  it('writes nothing into the folder the build was run from', () => {
    expect(readdirSync(runFrom)).toEqual([]);
  });
});
