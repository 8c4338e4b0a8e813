import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';
import { readKitBundle } from '../../src/lib/offline-kit/bundle.ts';
import { fileOfUrl } from '../../src/lib/offline-kit/kit-files.ts';
import type { KitList, KitVersion } from '../../src/lib/offline-kit/kit-list.ts';
import { kitListPath, kitVersionPath, manifestPath } from '../../src/lib/offline-kit/paths.ts';
import { routes } from '../../src/lib/routes.ts';
import { OFFLINE_KIT_BUDGET_BYTES, offlineKitSize } from '../../scripts/lib/offline-kit-size.ts';

for (const site of EVERY_BUILT_SITE)
  describe(`the offline kit, ${site.name}`, () => {
    const read = (path: string) => readFileSync(join(site.dist, fileOfUrl(path)), 'utf8');
    const kitPage = () => site.pages().find((page) => page.url === routes.offlineKit())!;
    const areas = () =>
      kitPage()
        .document.querySelectorAll('#kit-area option')
        .map((option) => option.getAttribute('value')!);
    const list = (area: string) => JSON.parse(read(kitListPath(area))) as KitList;
    const version = () => JSON.parse(read(kitVersionPath())) as KitVersion;

    it('offers every area of the site, each with a kit list from this build', () => {
      const triageAreas = site
        .files()
        .map((file) => /^champions\/triage\/areas\/(.+)\.json$/.exec(file)?.[1])
        .filter(Boolean)
        .sort();
      expect(areas().sort()).toEqual(triageAreas);
      for (const area of areas()) expect(list(area).build, area).toBe(version().build);
      expect(version().retired).toBe(false);
    });

    it("names, in each area's list, only files that exist, at their size", () => {
      for (const area of areas())
        for (const file of list(area).files) {
          const path = join(site.dist, fileOfUrl(file.url));
          expect(existsSync(path), `${area}: ${file.url}`).toBe(true);
          expect(statSync(path).size, `${area}: ${file.url}`).toBe(file.bytes);
        }
    });

    it("holds in each area's bundles exactly the files its list names, byte for byte, and the downloads are the size the list says", () => {
      for (const area of areas()) {
        const kit = list(area);
        const inBundles = kit.bundles.flatMap((bundle) => {
          const bytes = readFileSync(join(site.dist, bundle.url));
          expect(bytes.length, bundle.url).toBe(bundle.bytes);
          return readKitBundle(new Uint8Array(gunzipSync(bytes)));
        });
        expect(inBundles.map((file) => file.url).sort(), area).toEqual(kit.files.map((file) => file.url).sort());
        for (const file of inBundles) expect(Buffer.from(file.body).equals(readFileSync(join(site.dist, fileOfUrl(file.url)))), `${area}: ${file.url}`).toBe(true);
      }
    });

    it("keeps each area's kit within its budget (1.5 MB to download)", () => {
      for (const area of areas()) {
        const size = offlineKitSize(site.dist, area);
        expect(size.bytes, area).toBeLessThanOrEqual(OFFLINE_KIT_BUDGET_BYTES);
        expect(size.files, area).toBe(list(area).files.length);
      }
    });

    it("holds every style and script that the kit's pages and scripts name", () => {
      for (const area of areas()) {
        const urls = new Set(list(area).files.map((file) => file.url));
        const named = new Set<string>();
        for (const url of urls) if (/\.(html|js)$|\/$/.test(url)) for (const match of read(url).matchAll(/_astro\/[\w.@-]+\.(?:js|css)\b/g)) named.add(`/${match[0]}`);
        expect(
          [...named].filter((asset) => !urls.has(asset)),
          area,
        ).toEqual([]);
      }
    });

    it("holds the training, the triage tool, the near-me page, and the area's list and print sheet in every kit", () => {
      for (const area of areas()) {
        const urls = new Set(list(area).files.map((file) => file.url));
        const modules = site.pages().filter((page) => page.url.startsWith('/champions/modules/'));
        expect(modules.length).toBeGreaterThan(0);
        for (const page of modules) expect(urls.has(page.url), `${area}: ${page.url}`).toBe(true);
        for (const url of [
          routes.triage(),
          routes.triagePromptCard(),
          routes.triageTool(),
          routes.triageArea(area),
          routes.nearMe(),
          routes.nearPlacesIndex(),
          routes.offlineFallback(),
          routes.printSheet({ area }),
        ])
          expect(urls.has(url), `${area}: ${url}`).toBe(true);
        for (const url of [routes.shortlist(), routes.referral()]) expect(urls.has(url), `${area}: ${url}`).toBe(existsSync(join(site.dist, fileOfUrl(url))));
      }
    });

    it('gives every page in a kit one <main>, where the worker puts its "saved on" notice when it serves the saved copy', () => {
      for (const area of areas())
        for (const file of list(area).files.filter((f) => f.url.endsWith('/'))) {
          const page = site.pages().find((built) => built.url === file.url)!;
          expect(page.html.match(/<main\b/g)?.length, file.url).toBe(1);
          expect(page.document.querySelectorAll('[data-offline-notice]').length, file.url).toBe(0);
        }
    });

    it('writes the service worker with this build, and a manifest linked from the kit page', () => {
      expect(readFileSync(join(site.dist, 'sw.js'), 'utf8')).toContain(`"build":"${version().build}"`);
      const manifest = JSON.parse(read(manifestPath())) as { start_url: string; icons: { src: string }[] };
      expect(manifest.start_url).toBe(routes.champions());
      for (const icon of manifest.icons) expect(existsSync(join(site.dist, fileOfUrl(icon.src))), icon.src).toBe(true);
      expect(kitPage().document.querySelector('link[rel="manifest"]')?.getAttribute('href')).toBe(manifestPath());
      expect(
        site
          .pages()
          .find((page) => page.url === '/')!
          .document.querySelector('link[rel="manifest"]'),
      ).toBeNull();
    });
  });
