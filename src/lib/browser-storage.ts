/**
 * Everything the site ever keeps in a browser. The privacy page lists these keys, and the
 * "clear my progress" button removes them. Nothing is sent anywhere.
 */
export interface StoredItem {
  readonly key: string;
  readonly holds: string;
}

export const STORAGE_PREFIX = 'knowledge-store.';

export const storedItems: readonly StoredItem[] = [
  { key: `${STORAGE_PREFIX}progress.v1`, holds: 'Which training lessons you have finished, your quiz scores and the last lesson you opened.' },
  { key: `${STORAGE_PREFIX}certificate-name.v1`, holds: 'The name for your certificate, only if you tick "remember my name".' },
];
