/**
 * The words of the "Add to your shortlist" button in the reader's language, as data the page
 * hands to src/browser/shortlist-button.ts (which keeps the English ones for a page that gives none).
 */
import type { Translator } from './translate.ts';

export interface ShortlistWords {
  readonly add: string;
  readonly remove: string;
  readonly see: string;
  readonly full: string;
  readonly added: string;
  readonly removed: string;
}

export function shortlistWords(t: Translator): ShortlistWords {
  return {
    add: t('service.shortlist.add'),
    remove: t('service.shortlist.remove'),
    see: t('service.shortlist.see'),
    full: t('service.shortlist.full'),
    added: t('service.shortlist.added'),
    removed: t('service.shortlist.removed'),
  };
}
