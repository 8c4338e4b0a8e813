/**
 * Translated fields beside the English ones: a listing (or later a course or a guide) can carry
 * its words in the site's other languages, one block per language code, each with a status:
 *
 *   translations:
 *     cy:
 *       status: draft          # draft, or reviewed once a fluent speaker has checked it
 *       summary: ...
 *
 * The language codes are the site's own (src/lib/i18n/languages.ts). A field left out is shown
 * in English, marked as not yet translated.
 */
import { z } from 'astro/zod';
import { DEFAULT_LANGUAGE, OTHER_LANGUAGES } from '../lib/i18n/languages.ts';

export const TRANSLATION_STATUSES = ['draft', 'reviewed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** The codes a translation can be written under: every language of the site but English. */
export const TRANSLATION_CODES: readonly string[] = OTHER_LANGUAGES.map((language) => language.code);

const codesInWords = () => OTHER_LANGUAGES.map((language) => `${language.code} (${language.englishName})`).join(', ');

export const translationStatusSchema = z
  .enum(TRANSLATION_STATUSES, { error: 'Write status: draft, or status: reviewed once a fluent speaker has checked the translation.' })
  .describe('draft, or reviewed once a fluent speaker has checked the translation. Draft translations are marked as drafts on the site.');

/**
 * The translations block for content with these translatable fields (each one optional in a
 * translation): `translationsSchema({ summary: text({ max: 200 }) })`.
 */
export function translationsSchema<Shape extends Record<string, z.ZodType>>(fields: Shape) {
  const optional = Object.fromEntries(Object.entries(fields).map(([name, schema]) => [name, schema.optional()])) as { [Name in keyof Shape]: z.ZodOptional<Shape[Name]> };
  const oneLanguage = z.strictObject({ status: translationStatusSchema, ...optional });
  return z
    .record(z.string(), oneLanguage, { error: 'Write translations as one block per language code, like "cy:", each with its status and translated fields.' })
    .superRefine((translations, context) => {
      for (const code of Object.keys(translations)) {
        if (TRANSLATION_CODES.includes(code)) continue;
        context.addIssue({
          code: 'custom',
          path: [code],
          message:
            code === DEFAULT_LANGUAGE
              ? 'English is written in the fields themselves, not under translations. Move these words to the fields above, or delete this block.'
              : `"${code}" is not a language this site has. Use one of: ${codesInWords()}.`,
        });
      }
    })
    .describe(`Translated words, one block per language (${TRANSLATION_CODES.join(', ')}), each with a status (draft or reviewed). Fields left out are shown in English.`);
}

export type Translations<Fields> = Readonly<Record<string, Fields & { readonly status: TranslationStatus }>>;
