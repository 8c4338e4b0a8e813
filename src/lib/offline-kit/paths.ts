/**
 * The offline kit's addresses and names, in one place. Safe in the browser (no node: imports):
 * the kit page's script imports what it needs from here.
 *
 * The kit is downloaded as two files: the part every area shares (training, the triage tool,
 * near me, the shortlist and referral pages, and their styles and scripts) and the chosen
 * area's part (its lists, listings, print sheets, postcode and places files). Each is a bundle
 * (bundle.ts), compressed with gzip: pages that look alike compress far better together.
 */
import { storage } from '../browser-storage.ts';

/** Where the service worker is, and the scope it controls (the whole site). */
export function serviceWorkerPath(): string {
  return '/sw.js';
}

/** The version file the worker reads: this build's id, and whether the worker is retired (the kill switch). */
export function kitVersionPath(): string {
  return '/offline-kit/version.json';
}

/** One area's list of what its kit holds, with sizes (KitList in kit-list.ts). */
export function kitListPath(area: string): string {
  return `/offline-kit/areas/${area}.json`;
}

/** One area's bundle of pages and files. */
export function kitAreaBundlePath(area: string): string {
  return `/offline-kit/areas/${area}.kit.gz`;
}

/** The bundle every area's kit shares. */
export function kitSharedBundlePath(): string {
  return '/offline-kit/shared.kit.gz';
}

/** Where the worker keeps the record of the saved kit in its cache: an address the site never serves. */
export function kitRecordPath(): string {
  return '/offline-kit/saved-kit';
}

/** The web app manifest, so the site can be added to a phone's home screen. */
export function manifestPath(): string {
  return '/manifest.webmanifest';
}

/** Cache Storage names: the kit's pages are in `offline-kit-<build id>`. */
export const KIT_CACHE_PREFIX = 'offline-kit-';

/** localStorage key that says which area was saved, when, and from which build: `{ area, name, savedAt, build }`; named with everything else the site keeps. */
export const KIT_STORAGE_KEY = storage.offlineKit.key;

/** The build id in sw.js before the build writes the real one (scripts never see it in a built site). */
export const BUILD_ID_PLACEHOLDER = '__OFFLINE_KIT_BUILD__';

/** Set this environment variable to "retired" when building, to retire the worker (see README). */
export const RETIRE_VARIABLE = 'OFFLINE_KIT';
