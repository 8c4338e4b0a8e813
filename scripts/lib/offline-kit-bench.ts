/**
 * For `npm run bench`: the offline kit of one area with 500 listings (issue 17's budget, 1.5 MB to
 * download). The synthetic feed spreads listings over many areas (about 100 each), so after the
 * import every listing is moved into the first area, then the copy is built and its kit measured.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy, copyProject } from './project-copy.ts';
import { syntheticFeed } from './synthetic-feed.ts';
import { spawnSync } from 'node:child_process';
import { offlineKitSize, OFFLINE_KIT_BUDGET_BYTES, type OfflineKitSize } from './offline-kit-size.ts';

export interface AreaKitFigure extends OfflineKitSize {
  readonly listings: number;
  readonly budgetBytes: number;
}

/** Builds a throwaway copy with `listings` listings all in area-1, and returns area-1's kit size. */
export function measureOneAreaKit(listings = 500, env: Record<string, string> = {}): AreaKitFigure {
  const root = copyProject('knowledge-store-bench-kit-');
  try {
    const feedFile = join(root, 'feed.json');
    writeFileSync(feedFile, JSON.stringify(syntheticFeed(listings).feed));
    const imported = spawnSync(process.execPath, [join(root, 'scripts', 'import-openreferral.ts'), feedFile, '--root', root, '--feed-name', 'Synthetic benchmark feed'], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    if (imported.status !== 0) throw new Error(`The import for the kit benchmark failed:\n${imported.stdout}${imported.stderr}`);
    const services = join(root, 'content', 'services');
    let moved = 0;
    for (const file of readdirSync(services)) {
      const text = readFileSync(join(services, file), 'utf8');
      if (!/\barea-\d+\b/.test(text)) continue;
      writeFileSync(join(services, file), text.replace(/\barea-\d+\b/g, 'area-1'));
      moved += 1;
    }
    const built = buildCopy(root, { env });
    if (built.status !== 0) throw new Error(`The build for the kit benchmark failed:\n${built.output.slice(-3000)}`);
    return { listings: moved, budgetBytes: OFFLINE_KIT_BUDGET_BYTES, ...offlineKitSize(join(root, 'dist'), 'area-1') };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
