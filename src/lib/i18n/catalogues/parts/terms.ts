/**
 * The controlled lists' terms (kinds of help, audiences...) in each language, while they are
 * being translated (merged into the language files later). English words stay in
 * src/lib/vocabulary/; keys are "term.<list>.<id>" and "term.<list>.<id>.description" (src/lib/i18n/terms.ts).
 */
import type { Message, TermKey } from '../../catalogue.ts';

export const cy: Partial<Record<TermKey, Message>> = {};
export const ur: Partial<Record<TermKey, Message>> = {};
export const pl: Partial<Record<TermKey, Message>> = {};
