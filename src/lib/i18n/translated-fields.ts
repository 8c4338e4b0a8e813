/**
 * A content field in the reader's language: the translation when the content has one, or the
 * English, saying which it is, so a page can mark English with lang="en" and a "not yet
 * translated" note, and a draft translation as a draft.
 */
import type { TranslationStatus } from '../../schemas/translations.ts';
import { DEFAULT_LANGUAGE } from './languages.ts';

export interface FieldText {
  readonly text: string;
  /** The language the text is in: the reader's, or English where there is no translation. */
  readonly lang: string;
  /** True when the text is a translation into the reader's language (false for English pages too). */
  readonly translated: boolean;
  /** The translation's status; undefined when the text is the English. */
  readonly status: TranslationStatus | undefined;
}

type TranslationsOf = Readonly<Record<string, Readonly<Record<string, unknown>> & { readonly status: TranslationStatus }>> | undefined;

/**
 * A field in a language: `translatedField(service.translations, 'cy', 'summary', service.summary)`.
 * Undefined when the English field is empty too.
 */
export function translatedField(translations: TranslationsOf, code: string, field: string, english: string | undefined): FieldText | undefined {
  const translation = code === DEFAULT_LANGUAGE ? undefined : translations?.[code];
  const text = translation?.[field];
  if (typeof text === 'string' && text.trim() !== '') return { text, lang: code, translated: true, status: translation!.status };
  if (english === undefined) return undefined;
  return { text: english, lang: DEFAULT_LANGUAGE, translated: false, status: undefined };
}

/** The note for a place's opening hours (translations.<code>.locations[i].hoursNote), by the place's position. */
export function translatedHoursNote(translations: TranslationsOf, code: string, index: number, english: string | undefined): FieldText | undefined {
  const translation = code === DEFAULT_LANGUAGE ? undefined : translations?.[code];
  const locations = translation?.locations;
  const place = Array.isArray(locations) ? (locations[index] as Record<string, unknown> | undefined) : undefined;
  const text = place?.hoursNote;
  if (typeof text === 'string' && text.trim() !== '') return { text, lang: code, translated: true, status: translation!.status };
  if (english === undefined) return undefined;
  return { text: english, lang: DEFAULT_LANGUAGE, translated: false, status: undefined };
}
