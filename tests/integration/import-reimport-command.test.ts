/**
 * The import command as an officer repeats it: a dry run writes nothing and says what would
 * change; the real run writes the full report to a file; importing the same feed again keeps a
 * hand edit and leaves unchanged listings alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FIXED_TODAY, makeSiteCopy } from '../support/content-fixture.ts';
import { OPENREFERRAL_FIXTURES, PROJECT } from '../fixtures/openreferral/load-site.ts';

const SCRIPT = join(PROJECT, 'scripts', 'import-openreferral.ts');
const FEED = join(OPENREFERRAL_FIXTURES, 'v3-valid.json');
const copies: string[] = [];

afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

function siteCopy(): string {
  const root = makeSiteCopy();
  copies.push(root);
  return root;
}

function runImport(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, FEED, '--root', root, '--feed-name', 'Kingsbury directory', ...args], {
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, SITE_TODAY: FIXED_TODAY },
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** Every file under the folder with its contents and modification time. */
function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(root, path)] = `${statSync(path).mtimeMs} ${readFileSync(path, 'utf8')}`;
    }
  };
  walk(root);
  return files;
}

const WIFI = join('content', 'services', 'free-wi-fi-and-computers-at-kingsbury-library.yaml');

describe('npm run import:openreferral, again and again', () => {
  it('--dry-run writes nothing, not even the report, and lists what it would add', () => {
    const root = siteCopy();
    const before = snapshot(root);
    const run = runImport(root, '--dry-run');
    expect(run.status, run.out).toBe(0);
    expect(snapshot(root)).toEqual(before);
    expect(run.out).toContain('Dry run: nothing was written (run without --dry-run to get every record in the report file too).');
    expect(run.out).toContain('- add content/services/free-wi-fi-and-computers-at-kingsbury-library.yaml');
  });

  it('writes the full report to import-report.txt and names it on screen', () => {
    const root = siteCopy();
    const run = runImport(root);
    expect(run.status, run.out).toBe(0);
    const report = readFileSync(join(root, 'import-report.txt'), 'utf8');
    expect(report).toContain('Imported 3 (0 updating listings we already had), skipped 0.');
  });

  it('a second import keeps a hand edit, says so in a dry run, and leaves unchanged files alone', () => {
    const root = siteCopy();
    expect(runImport(root).status).toBe(0);
    const path = join(root, WIFI);
    writeFileSync(path, readFileSync(path, 'utf8').replace('phone: "01632 960100"', 'phone: "01632 960199"'));
    const others = snapshot(root);

    const dry = runImport(root, '--dry-run');
    expect(dry.status, dry.out).toBe(0);
    expect(dry.out).toContain(`- leave ${WIFI.split('\\').join('/')} as it is (the feed has not changed it; the changes made here to phone are kept)`);
    expect(dry.out).toMatch(/- leave content\/services\/laptop-loans-for-people-looking-for-work\.yaml as it is/);
    expect(snapshot(root)).toEqual(others);

    const run = runImport(root);
    expect(run.status, run.out).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('phone: "01632 960199"');
    const after = snapshot(root);
    const laptops = join('content', 'services', 'laptop-loans-for-people-looking-for-work.yaml');
    expect(after[laptops]).toBe(others[laptops]);
  });
});
