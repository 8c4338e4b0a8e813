import { describe, expect, it } from 'vitest';
import { storage, storedItems, STORAGE_PREFIX } from '../../src/lib/browser-storage.ts';
import { PROGRESS_KEY } from '../../src/lib/training/progress.ts';

describe('what the site keeps in a browser', () => {
  it('names each key once, under the site prefix, and lists every one for the privacy page', () => {
    const keys = storedItems.map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key.startsWith(STORAGE_PREFIX)).toBe(true);
    expect(keys).toEqual(Object.values(storage).map((item) => item.key));
  });

  it('keeps training progress under the progress key, by name', () => {
    expect(PROGRESS_KEY).toBe('knowledge-store.progress.v1');
    expect(storage.certificateName.key).toBe('knowledge-store.certificate-name.v1');
  });
});

describe('every key the site keeps in a browser is named in src/lib/browser-storage.ts', () => {
  it('no script reads or writes localStorage with a key written in place', async () => {
    const { listFiles } = await import('../../src/lib/files.ts');
    const { readFileSync } = await import('node:fs');
    const { join, relative } = await import('node:path');
    const root = join(import.meta.dirname, '..', '..');
    const literal = /localStorage\.(?:getItem|setItem|removeItem)\(\s*['"`]/;
    const offenders = listFiles(join(root, 'src'))
      .filter((file) => /\.(ts|astro)$/.test(file) && literal.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('names the shortlist and the offline copy, which the privacy page then lists', () => {
    expect(storage.shortlist.key).toBe('knowledge-store.shortlist.v1');
    expect(storage.offlineKit.key).toBe('knowledge-store.offline-kit.v1');
    expect(storedItems).toContain(storage.shortlist);
    expect(storedItems).toContain(storage.offlineKit);
  });
});
