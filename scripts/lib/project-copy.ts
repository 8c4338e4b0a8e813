/**
 * A throwaway copy of the whole project (code and content, sharing node_modules), for tests
 * and benchmarks that build a changed site without touching the real one.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { BUILD_CACHE_FOLDER } from './build-cache.ts';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');
const SKIP = new Set(['node_modules', 'dist', '.astro', BUILD_CACHE_FOLDER, '.git', 'bench-results', 'coverage', '.test-site', '.test-site-split']);
/** A build's own folders (.build-<pid>, and .build-old-… being removed): never part of a copy. */
const BUILD_FOLDER = /^\.build-/;

export interface CopyOptions {
  /** A content/ folder to use instead of the project's own (such as the test fixture site's). */
  readonly content?: string;
  /** Where to put the copy (emptied first); by default a new temporary folder. */
  readonly into?: string;
}

export function copyProject(prefix = 'knowledge-store-copy-', options: CopyOptions = {}): string {
  let root: string;
  if (options.into) {
    rmSync(options.into, { recursive: true, force: true });
    mkdirSync(options.into, { recursive: true });
    root = options.into;
  } else {
    root = mkdtempSync(join(tmpdir(), prefix));
  }
  for (const item of readdirSync(PROJECT_ROOT)) {
    if (SKIP.has(item) || BUILD_FOLDER.test(item) || (options.content && item === 'content')) continue;
    cpSync(join(PROJECT_ROOT, item), join(root, item), { recursive: true });
  }
  if (options.content) cpSync(options.content, join(root, 'content'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/**
 * Runs the site's full build (scripts/build.ts) in a copy; `skipContentCheck` builds content the check would refuse.
 * The output comes back as plain text: Astro colours its log when CI is set (as it is on the project's CI), and a
 * colour code between a page's name and "(restored)" hid every restored page from the incremental-build test there.
 */
export function buildCopy(root: string, options: { env?: Record<string, string>; skipContentCheck?: boolean; cwd?: string } = {}): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'build.ts'), '--root', root, ...(options.skipContentCheck ? ['--skip-content-check'] : [])], {
    encoding: 'utf8',
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
  });
  return { status: run.status, output: stripVTControlCharacters(`${run.stdout}\n${run.stderr}`) };
}
