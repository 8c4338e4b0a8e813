/**
 * Writes the offline kit after Astro has built every page (astro.config.mjs adds it): the kit
 * needs the built pages' sizes and the styles and scripts they load. See write-kit.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { RETIRE_VARIABLE } from './paths.ts';
import { writeOfflineKit } from './write-kit.ts';

export function offlineKit(): AstroIntegration {
  let base = '/';
  return {
    name: 'offline-kit',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const retired = process.env[RETIRE_VARIABLE] === 'retired';
        const started = performance.now();
        const kit = await writeOfflineKit(fileURLToPath(dir), { base, retired });
        const largest = Math.max(0, ...[...kit.lists.values()].map((list) => list.downloadBytes));
        logger.info(
          `Offline kit ${kit.build}${retired ? ' (retired: the worker removes itself)' : ''}: ${kit.lists.size} areas, the largest download ${largest} bytes (${Math.round(performance.now() - started)} ms).`,
        );
      },
    },
  };
}
