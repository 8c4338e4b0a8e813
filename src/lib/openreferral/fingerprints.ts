/**
 * Fingerprints: a short code for each value a feed gave a listing, kept in the listing's
 * `imported.fingerprints`. The next import of the same feed compares the file's value with the
 * fingerprint: if they differ, someone changed that field here, and the import keeps their change.
 *
 * A fingerprint is the first 8 hex characters of the SHA-256 of the value written as JSON with
 * its object keys sorted, so the same value always gets the same code, whatever order YAML wrote
 * its keys in.
 */
import { createHash } from 'node:crypto';

/** JSON with object keys in sorted order at every level. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** The fingerprint of one value. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(stableJson(value), 'utf8').digest('hex').slice(0, 8);
}

/** Whether two values are the same (as their fingerprints would say). */
export function sameValue(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

/** The fingerprints of every field of a record, except those named in `except`. */
export function fingerprintsOf(record: Readonly<Record<string, unknown>>, except: readonly string[] = []): Record<string, string> {
  const codes: Record<string, string> = {};
  for (const [field, value] of Object.entries(record)) {
    if (value === undefined || except.includes(field)) continue;
    codes[field] = fingerprint(value);
  }
  return codes;
}
