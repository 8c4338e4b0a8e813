/**
 * Near-duplicates: two listings with the same name and the same website or phone number are
 * one service, even when the feed gives them different ids (feeds copy records between
 * categories, or re-add a service instead of editing it). The import keeps the first and reports
 * the others; it never imports the same service twice.
 */
import { websiteKey } from './organisation-names.ts';
import { looseName } from './text.ts';

interface Listing {
  readonly name: string;
  readonly website?: string;
  readonly phone?: string;
}

function keysOf(listing: Listing): { key: string; why: string }[] {
  const name = looseName(listing.name);
  if (!name) return [];
  const keys: { key: string; why: string }[] = [];
  if (listing.website) keys.push({ key: `${name}|web|${websiteKey(listing.website) ?? listing.website.trim().toLowerCase()}`, why: `the same name and website (${listing.website})` });
  if (listing.phone) keys.push({ key: `${name}|phone|${listing.phone.replace(/\D/g, '')}`, why: `the same name and phone number (${listing.phone})` });
  return keys;
}

export interface DuplicateFinder {
  /** The earlier listing this one duplicates, and why, or undefined. */
  find(listing: Listing): { readonly of: string; readonly why: string } | undefined;
  /** Remembers a listing under a label, like "content/services/x.yaml" or 'record 12 ("Name")'. */
  add(label: string, listing: Listing): void;
}

export function createDuplicateFinder(): DuplicateFinder {
  const seen = new Map<string, string>();
  return {
    find(listing) {
      for (const { key, why } of keysOf(listing)) {
        const of = seen.get(key);
        if (of !== undefined) return { of, why };
      }
      return undefined;
    },
    add(label, listing) {
      for (const { key } of keysOf(listing)) if (!seen.has(key)) seen.set(key, label);
    },
  };
}
