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
