/**
 * An area's kit list (/offline-kit/areas/<area>.json): what the kit holds and how big it is.
 * The offline kit page shows the download size from it before the champion saves; the service
 * worker downloads the bundles it names.
 */

export interface KitList {
  readonly format: 1;
  readonly area: string;
  /** The build the kit comes from: the fingerprint of every kit bundle of this build. */
  readonly build: string;
  /** The files to download (the shared bundle and the area's bundle) and their sizes in bytes. */
  readonly bundles: readonly { readonly url: string; readonly bytes: number }[];
  /** What the champion downloads, in bytes: the bundles' sizes added up. */
  readonly downloadBytes: number;
  /** Every page and file the kit saves, with its size in bytes once unpacked. */
  readonly files: readonly { readonly url: string; readonly bytes: number }[];
  /** The files' sizes added up: the space the kit takes in the browser. */
  readonly fileBytes: number;
}

/** The version file (/offline-kit/version.json): the build, and the kill switch. */
export interface KitVersion {
  readonly format: 1;
  readonly build: string;
  /** True when the operator has retired the worker: it then deletes its caches and unregisters itself. */
  readonly retired: boolean;
}

/** Makes an area's kit list. */
export function makeKitList(area: string, build: string, bundles: readonly { url: string; bytes: number }[], files: readonly { url: string; bytes: number }[]): KitList {
  return {
    format: 1,
    area,
    build,
    bundles,
    downloadBytes: bundles.reduce((sum, bundle) => sum + bundle.bytes, 0),
    files,
    fileBytes: files.reduce((sum, file) => sum + file.bytes, 0),
  };
}

/** A size in words a champion reads: "840 KB", "1.3 MB". */
export function sizeInWords(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
