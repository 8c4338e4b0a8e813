/**
 * Everything the site ever keeps in a browser. The privacy page lists these keys, and the
 * "clear my progress" button removes them. Nothing is sent anywhere.
 */
export interface StoredItem {
  readonly key: string;
  readonly holds: string;
}

export const STORAGE_PREFIX = 'knowledge-store.';

/** Each thing the site keeps, by name, so code asks for `storage.progress`, never a list position. */
export const storage = {
  progress: { key: `${STORAGE_PREFIX}progress.v1`, holds: 'Which training lessons you have finished, your quiz scores and the last lesson you opened.' },
  certificateName: { key: `${STORAGE_PREFIX}certificate-name.v1`, holds: 'The name for your certificate, only if you tick "remember my name".' },
  shortlist: { key: `${STORAGE_PREFIX}shortlist.v1`, holds: 'The services you added to your shortlist (their short names), newest last.' },
  offlineKit: { key: `${STORAGE_PREFIX}offline-kit.v1`, holds: 'Which area you saved for offline use, and when (the saved pages themselves are in the browser’s cache).' },
} as const satisfies Record<string, StoredItem>;

/** Every stored item, in the order the privacy page lists them. */
export const storedItems: readonly StoredItem[] = Object.values(storage);
