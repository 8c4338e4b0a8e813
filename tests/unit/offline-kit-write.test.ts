import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readKitBundle } from '../../src/lib/offline-kit/bundle.ts';
import { offlineKit } from '../../src/lib/offline-kit/astro-integration.ts';
import { sizeInWords, type KitList, type KitVersion } from '../../src/lib/offline-kit/kit-list.ts';
import { writeOfflineKit } from '../../src/lib/offline-kit/write-kit.ts';
import { offlineKitSize } from '../../scripts/lib/offline-kit-size.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  delete process.env.OFFLINE_KIT;
});

/** A tiny built site with one area, "a". */
function tinySite(): string {
  const dist = mkdtempSync(join(tmpdir(), 'offline-kit-write-'));
  folders.push(dist);
  const files: Record<string, string> = {
    'champions/index.html': '<link rel="stylesheet" href="/_astro/site.css"><p data-offline-notice hidden></p>',
    'champions/triage/tool.json': '{"questions":[]}',
    'champions/triage/areas/a.json': '{"area":"a"}',
    'find-help/in/a/index.html': '<a href="/services/s1/">S1</a>',
    'services/s1/index.html': '<h1>S1</h1>',
    'print/in/a/index.html': '<h1>Print</h1>',
    'about/index.html': '<h1>About</h1>',
    '_astro/site.css': 'body{}',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}
const readJson = <T>(dist: string, path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as T;

describe('offline kit: what the build writes', () => {
  it('writes the version file, the area list, both bundles and sw.js, all from this build', async () => {
    const dist = tinySite();
    const kit = await writeOfflineKit(dist);
    const version = readJson<KitVersion>(dist, 'offline-kit/version.json');
    expect(version).toEqual({ format: 1, build: kit.build, retired: false });
    expect(kit.build).toMatch(/^[0-9a-f]{12}$/);
    const list = readJson<KitList>(dist, 'offline-kit/areas/a.json');
    expect(list).toEqual(kit.lists.get('a'));
    expect(list.files.map((file) => file.url)).toEqual([
      '/_astro/site.css',
      '/champions/',
      '/champions/triage/tool.json',
      '/champions/triage/areas/a.json',
      '/find-help/in/a/',
      '/print/in/a/',
      '/services/s1/',
    ]);
    expect(list.fileBytes).toBe(list.files.reduce((sum, file) => sum + file.bytes, 0));
    const unpacked = list.bundles.flatMap((bundle) => readKitBundle(new Uint8Array(gunzipSync(readFileSync(join(dist, bundle.url))))));
    expect(unpacked.map((file) => file.url).sort()).toEqual(list.files.map((file) => file.url).sort());
    expect(list.downloadBytes).toBe(list.bundles.reduce((sum, bundle) => sum + bundle.bytes, 0));
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toContain(`"build":"${kit.build}"`);
    expect(offlineKitSize(dist, 'a')).toEqual({ files: 7, bytes: list.downloadBytes, unpackedBytes: list.fileBytes });
  });

  it('writes the same bytes for the same site, and a new build id when a kit page changes', async () => {
    const dist = tinySite();
    const first = await writeOfflineKit(dist);
    const bundle = readFileSync(join(dist, 'offline-kit/areas/a.kit.gz'));
    expect((await writeOfflineKit(dist)).build).toBe(first.build);
    expect(readFileSync(join(dist, 'offline-kit/areas/a.kit.gz')).equals(bundle)).toBe(true);
    writeFileSync(join(dist, 'services/s1/index.html'), '<h1>S1, changed</h1>');
    expect((await writeOfflineKit(dist)).build).not.toBe(first.build);
    writeFileSync(join(dist, 'services/s1/index.html'), '<h1>S1</h1>');
    writeFileSync(join(dist, 'about/index.html'), '<h1>About, changed</h1>');
    expect((await writeOfflineKit(dist)).build).toBe(first.build);
  });

  it('marks the worker retired when asked (the kill switch)', async () => {
    const dist = tinySite();
    await writeOfflineKit(dist, { retired: true });
    expect(readJson<KitVersion>(dist, 'offline-kit/version.json').retired).toBe(true);
  });

  it('runs after the build from the Astro integration, under the site base, retired when OFFLINE_KIT=retired', async () => {
    const dist = tinySite();
    const hooks = offlineKit().hooks as Record<string, (options: unknown) => Promise<void> | void>;
    const logged: string[] = [];
    hooks['astro:config:done']!({ config: { base: '/' } });
    process.env.OFFLINE_KIT = 'retired';
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info: (message: string) => logged.push(message) } });
    expect(readJson<KitVersion>(dist, 'offline-kit/version.json').retired).toBe(true);
    expect(logged[0]).toMatch(/^Offline kit [0-9a-f]{12} \(retired: the worker removes itself\): 1 areas, the largest download \d+ bytes \(\d+ ms\)\.$/);
  });

  it('says where a missing kit should be', () => {
    expect(() => offlineKitSize(tinySite(), 'nowhere')).toThrow('is "nowhere" one of the site\'s areas?');
  });
});

describe('offline kit: sizes in words', () => {
  it('writes bytes, KB and MB as a champion reads them', () => {
    expect(sizeInWords(999)).toBe('999 bytes');
    expect(sizeInWords(172_853)).toBe('173 KB');
    expect(sizeInWords(906_486)).toBe('906 KB');
    expect(sizeInWords(1_500_000)).toBe('1.5 MB');
  });
});
