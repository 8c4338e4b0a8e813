/**
 * Writes the offline kit into a built site, after Astro has written every page (the Astro
 * integration in astro-integration.ts calls it): each area's bundle and list, the shared bundle,
 * the version file and the service worker (sw.js), which carries the build id.
 *
 * The build id is a fingerprint of every bundle, so it changes exactly when something in a kit
 * changes, and the same site always builds the same files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { contentTypeOf, readKitBundle, writeKitBundle } from './bundle.ts';
import { planKit, urlOfFile, type BuiltFiles } from './kit-files.ts';
import { makeKitList, type KitList, type KitVersion } from './kit-list.ts';
import { kitAreaBundlePath, kitListPath, kitRecordPath, kitSharedBundlePath, kitVersionPath, KIT_CACHE_PREFIX, serviceWorkerPath } from './paths.ts';

/**
 * How long a saved page waits for the network before the saved copy shows (a weak signal often
 * neither fails nor answers). Four seconds: long enough for a slow 3G page of this size, short
 * enough that someone standing on a doorstep is not left looking at a blank screen.
 */
export const KIT_NETWORK_WAIT_MS = 4000;
import { workerSource } from './worker.ts';
import { inTurns } from '../in-turns.ts';
import { routes } from '../routes.ts';

/** A built site's folder, as the kit planner reads it. */
export function builtFolder(dist: string, base = '/'): BuiltFiles {
  const paths: string[] = [];
  const walk = (folder: string) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, item.name);
      if (item.isDirectory()) walk(path);
      else paths.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  paths.sort();
  return { paths, base, read: (path) => readFileSync(join(dist, path), 'utf8') };
}

const gzipped = promisify(gzip);

/**
 * One bundle: the files, gzipped. Level 5: at 540 listings in one area, level 9 took 2.2 s for a
 * file 4% smaller than level 5's 0.26 s. The same files always give the same bytes.
 */
function bundleOf(dist: string, files: readonly string[]): Promise<Buffer> {
  return gzipped(writeKitBundle(files.map((file) => ({ url: urlOfFile(file), type: contentTypeOf(file), body: readFileSync(join(dist, file)) }))), { level: 5 });
}

/**
 * How many bundles are made at once: as many as Node's thread pool, where zlib compresses, has
 * threads (4 unless UV_THREADPOOL_SIZE says otherwise), so both cores work. Each bundle's files
 * are read only when its turn comes. Making every bundle at once held every area's files in
 * memory together: at 25,000 listings (182 areas) writing the kit took the process from 81 MB to
 * 1,010 MB (397 MB four at a time, in the same time).
 */
const BUNDLES_AT_ONCE = 4;

export interface WrittenKit {
  readonly build: string;
  readonly lists: ReadonlyMap<string, KitList>;
}

/** Writes the kit's files into `dist`. `retired` turns the worker off (the kill switch). */
export async function writeOfflineKit(dist: string, options: { base?: string; retired?: boolean } = {}): Promise<WrittenKit> {
  const base = options.base ?? '/';
  const plan = planKit(builtFolder(dist, base));
  const [shared, ...bundles] = (await inTurns([plan.shared, ...plan.areas.values()], BUNDLES_AT_ONCE, (files) => bundleOf(dist, files))) as [Buffer, ...Buffer[]];
  const areas = new Map([...plan.areas.keys()].map((area, index) => [area, bundles[index]!] as const));
  const fingerprint = createHash('sha256').update(shared);
  for (const [area, bundle] of areas) fingerprint.update(area).update(bundle);
  const build = fingerprint.digest('hex').slice(0, 12);

  const write = (path: string, body: string | Uint8Array) => {
    const file = join(dist, path.replace(/^\//, ''));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
  };
  const sizes = (files: readonly string[]) => files.map((file) => ({ url: urlOfFile(file), bytes: statSync(join(dist, file)).size }));
  write(kitSharedBundlePath(), shared);
  const lists = new Map<string, KitList>();
  for (const [area, bundle] of areas) {
    write(kitAreaBundlePath(area), bundle);
    const list = makeKitList(
      area,
      build,
      [
        { url: kitSharedBundlePath(), bytes: shared.length },
        { url: kitAreaBundlePath(area), bytes: bundle.length },
      ],
      sizes([...plan.shared, ...plan.areas.get(area)!]),
    );
    lists.set(area, list);
    write(kitListPath(area), JSON.stringify(list));
  }
  const version: KitVersion = { format: 1, build, retired: options.retired === true };
  write(kitVersionPath(), JSON.stringify(version));
  write(
    serviceWorkerPath(),
    workerSource(
      {
        build,
        cachePrefix: KIT_CACHE_PREFIX,
        versionPath: kitVersionPath(),
        listPath: kitListPath('{area}'),
        fallbackPath: routes.offlineFallback(),
        kitPagePath: routes.offlineKit(),
        recordPath: kitRecordPath(),
        networkWaitMs: KIT_NETWORK_WAIT_MS,
      },
      readKitBundle,
    ),
  );
  return { build, lists };
}
