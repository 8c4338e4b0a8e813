/**
 * A throwaway copy of the minimal fixture site, with some files changed, for content check tests.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkContent, type CheckResult } from '../../src/lib/content-check/index.ts';

export const MINIMAL_SITE = join(import.meta.dirname, '..', 'fixtures', 'minimal-site');
export const FIXED_TODAY = '2026-11-23';

export interface FileChange {
  /** A path under content/, like `services/library-wifi.yaml`. */
  readonly file: string;
  /** The new contents, or a function that edits the fixture's contents. */
  readonly contents: string | ((original: string) => string) | null;
}

export function fixtureFile(file: string): string {
  return readFileSync(join(MINIMAL_SITE, 'content', file), 'utf8');
}

export function makeSiteCopy(changes: readonly FileChange[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'knowledge-store-'));
  cpSync(MINIMAL_SITE, root, { recursive: true });
  for (const change of changes) {
    const path = join(root, 'content', change.file);
    if (change.contents === null) {
      rmSync(path);
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    const original = existsSync(join(MINIMAL_SITE, 'content', change.file)) ? fixtureFile(change.file) : '';
    const contents = typeof change.contents === 'function' ? change.contents(original) : change.contents;
    writeFileSync(path, contents);
  }
  return root;
}

export function checkWith(changes: readonly FileChange[]): CheckResult {
  const root = makeSiteCopy(changes);
  try {
    return checkContent({ root, today: FIXED_TODAY });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Replaces exactly one occurrence, so a fixture edit that stops matching fails loudly. */
export function replaceOnce(text: string, find: string | RegExp, replacement: string): string {
  const count = typeof find === 'string' ? text.split(find).length - 1 : (text.match(new RegExp(find, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`Fixture edit expected to match once, matched ${count} times: ${String(find)}`);
  return text.replace(find, replacement);
}
