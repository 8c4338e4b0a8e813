/**
 * A kit bundle: many files in one, so the kit downloads as two files and compresses well (pages
 * that look alike compress far better together than one by one). The build writes bundles
 * (writeKitBundle); the service worker reads them (readKitBundle is copied into sw.js as it is,
 * so it uses nothing from outside itself).
 *
 * The format: one line of JSON, `{"format":1,"files":[[address, content type, length], ...]}`,
 * then each file's bytes, one after the other in the same order. Addresses start at the site's
 * root, like "/services/x/".
 */

export interface KitBundleFile {
  /** The address the file is served at, from the site's root: "/services/x/", "/_astro/a.css". */
  readonly url: string;
  /** Its Content-Type, like "text/html; charset=utf-8". */
  readonly type: string;
  readonly body: Uint8Array;
}

export const KIT_BUNDLE_FORMAT = 1;

/** The files as one bundle (not yet compressed). */
export function writeKitBundle(files: readonly KitBundleFile[]): Uint8Array {
  const header = new TextEncoder().encode(`${JSON.stringify({ format: KIT_BUNDLE_FORMAT, files: files.map((file) => [file.url, file.type, file.body.length]) })}\n`);
  const bytes = new Uint8Array(header.length + files.reduce((sum, file) => sum + file.body.length, 0));
  bytes.set(header, 0);
  let at = header.length;
  for (const file of files) {
    bytes.set(file.body, at);
    at += file.body.length;
  }
  return bytes;
}

/** The files in a bundle. Throws if it is not a bundle of this format or is cut short. */
export function readKitBundle(bytes: Uint8Array): KitBundleFile[] {
  const end = bytes.indexOf(10);
  if (end < 0) throw new Error('The offline kit file has no list of files.');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, end))) as { format?: unknown; files?: [string, string, number][] };
  if (header.format !== 1 || !Array.isArray(header.files)) throw new Error('The offline kit file is not in a format this worker reads.');
  const files: KitBundleFile[] = [];
  let at = end + 1;
  for (const [url, type, length] of header.files) {
    if (at + length > bytes.length) throw new Error('The offline kit file is cut short.');
    files.push({ url, type, body: bytes.slice(at, at + length) });
    at += length;
  }
  if (at !== bytes.length) throw new Error('The offline kit file has more bytes than its list says.');
  return files;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  webmanifest: 'application/manifest+json',
};

/** The Content-Type a kit file is served with, from its name. */
export function contentTypeOf(file: string): string {
  return TYPES[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
}
