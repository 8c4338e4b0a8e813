/**
 * Importing the same feed again, without losing work done here.
 *
 * Every imported listing keeps, in `imported.fingerprints`, a code for each value the feed gave
 * (fingerprints.ts). On the next import of that feed, each field of the listing is one of:
 *
 * - **from the feed, unchanged here** (its value still matches its fingerprint): updated to the
 *   feed's new value, or removed if the feed no longer gives it;
 * - **changed here** (the value differs from its fingerprint, or the field was deleted): kept as
 *   it is. The feed's new value is fingerprinted, so it is still kept at the import after that;
 * - **added here** (no fingerprint): kept as it is.
 *
 * To let the feed update a field again, delete its line under `fingerprints` and put back the
 * feed's value (or delete the field too: the next import fills it in).
 *
 * A listing imported before fingerprints existed has none: the feed updates all of its fields,
 * as it always did.
 */
import type { Service } from '../../schemas/service.ts';
import { fingerprint, fingerprintsOf, sameValue } from './fingerprints.ts';

/** Fields that say where a listing came from, not what the feed says about the service. */
export const NOT_FINGERPRINTED = ['imported', 'externalId'] as const;

/**
 * Fields no feed gives (Open Referral UK has no place for them): written here only, so every
 * import keeps them as they are, whatever the listing's fingerprints. The translations into the
 * site's other languages are one: a monthly import must never drop a council's Welsh.
 */
export const WRITTEN_HERE_ONLY = ['translations'] as const;

export interface MergedListing {
  /** The listing after the import: still to be checked against the schema. */
  readonly data: Record<string, unknown>;
  /** Fields changed here that the import kept. */
  readonly keptEdits: readonly string[];
  /** Fields the feed changed (or added). */
  readonly updated: readonly string[];
  /** Fields the feed no longer gives, taken out. */
  readonly removed: readonly string[];
}

/**
 * Merges a feed's new version of a listing (`incoming`, with no `imported` block) into the file
 * the site has (`existing`). The `imported` block is the caller's to write.
 */
export function mergeReimport(existing: Service, incoming: Service): MergedListing {
  const old = existing as unknown as Record<string, unknown>;
  const neu = incoming as unknown as Record<string, unknown>;
  const codes = existing.imported?.fingerprints;
  const skip = new Set<string>([...NOT_FINGERPRINTED, ...WRITTEN_HERE_ONLY]);
  const data: Record<string, unknown> = {};
  const keptEdits: string[] = [];
  const updated: string[] = [];
  const removed: string[] = [];
  const fields = [...new Set([...Object.keys(old), ...Object.keys(neu)])].filter((field) => !skip.has(field));

  for (const field of fields) {
    const here = old[field];
    const feed = neu[field];
    const code = codes?.[field];
    if (!codes) {
      // Imported before fingerprints: the feed's version wins, as it always did.
      if (feed !== undefined) data[field] = feed;
      if (feed === undefined && here !== undefined) removed.push(field);
      else if (!sameValue(here, feed)) updated.push(field);
      continue;
    }
    if (code === undefined) {
      // Added here, or new from the feed.
      if (here !== undefined) data[field] = here;
      else if (feed !== undefined) {
        data[field] = feed;
        updated.push(field);
      }
      continue;
    }
    const changedHere = here === undefined || fingerprint(here) !== code;
    if (changedHere) {
      if (here !== undefined) data[field] = here;
      if (!sameValue(here, feed)) keptEdits.push(field);
    } else if (feed !== undefined) {
      data[field] = feed;
      if (!sameValue(here, feed)) updated.push(field);
    } else removed.push(field);
  }
  for (const field of WRITTEN_HERE_ONLY) if (old[field] !== undefined) data[field] = old[field];
  if (existing.externalId !== undefined) data.externalId = existing.externalId;
  return { data, keptEdits, updated, removed };
}

/** The fingerprints to record for what the feed gave this time. */
export function feedFingerprints(incoming: Service): Record<string, string> {
  return fingerprintsOf(incoming as unknown as Record<string, unknown>, NOT_FINGERPRINTED);
}
