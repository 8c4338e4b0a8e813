/**
 * Words for one part of the site, while it is being translated (merged into the language files
 * later). en names every key; cy, ur and pl translate them.
 */
import type { Message } from '../../catalogue.ts';

export const en = {} as const satisfies Record<string, Message>;
type Key = keyof typeof en;
export const cy: Partial<Record<Key, Message>> = {};
export const ur: Partial<Record<Key, Message>> = {};
export const pl: Partial<Record<Key, Message>> = {};
