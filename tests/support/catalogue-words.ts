/**
 * One part of a language's catalogue, for tests that check a part of the site: the messages whose
 * keys start with a prefix ("print", "service", "search", "browse", or "term" for the controlled
 * lists' terms), like "print.sheet.title".
 */
import type { Message } from '../../src/lib/i18n/catalogue.ts';
import { languageByCode } from '../../src/lib/i18n/languages.ts';

export function catalogueWords(prefix: string, code: string): Record<string, Message> {
  const messages = languageByCode(code).catalogue.messages as Record<string, Message | undefined>;
  return Object.fromEntries(Object.entries(messages).filter((entry): entry is [string, Message] => entry[0].startsWith(`${prefix}.`) && entry[1] !== undefined));
}

/** The same part in English, Welsh, Urdu and Polish. */
export function catalogueParts(prefix: string): { en: Record<string, Message>; cy: Record<string, Message>; ur: Record<string, Message>; pl: Record<string, Message> } {
  return { en: catalogueWords(prefix, 'en'), cy: catalogueWords(prefix, 'cy'), ur: catalogueWords(prefix, 'ur'), pl: catalogueWords(prefix, 'pl') };
}
