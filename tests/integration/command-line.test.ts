import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const PROJECT = join(import.meta.dirname, '..', '..');
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [join(PROJECT, 'scripts', script), ...args], { encoding: 'utf8', cwd: PROJECT });

describe('every command reads its options the same way', () => {
  for (const script of ['check-content.ts', 'build.ts', 'new-entry.ts', 'import-openreferral.ts', 'bench.ts']) {
    it(`${script} stops on a mistyped option and says how to use it`, () => {
      const result = run(script, '--rooot', '.');
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('"--rooot" is not an option of this command.');
      expect(result.stderr).toMatch(/^Use: npm run /m);
    });
  }
});
