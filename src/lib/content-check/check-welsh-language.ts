/**
 * Welsh Language Standards mode: when content/site.yaml says `welshLanguageStandards: true`,
 * every listing must have its summary and description in Welsh (translations.cy), so the
 * Welsh pages never show English in their place. Each listing and field missing is an error.
 */
import type { LoadedContent } from './entries.ts';
import { errorAt, type Problem } from './problem.ts';

/** The listing fields the Welsh Language Standards mode asks for in Welsh. */
export const WELSH_REQUIRED_FIELDS = ['summary', 'description'] as const;
const WELSH = 'cy';

export function checkWelshLanguage(content: LoadedContent): Problem[] {
  if (content.entriesOf('site')[0]?.data.welshLanguageStandards !== true) return [];
  return content.entriesOf('services').flatMap((entry) => {
    const welsh = entry.data.translations?.[WELSH];
    return WELSH_REQUIRED_FIELDS.filter((field) => (welsh?.[field] ?? '').trim() === '').map((field) => {
      const path = ['translations', WELSH, field];
      return errorAt(
        entry.file,
        `The site meets the Welsh Language Standards (welshLanguageStandards: true in content/site.yaml), so "${entry.data.name}" needs its ${field} in Welsh. Add translations.cy.${field} (with translations.cy.status: draft until a fluent speaker has reviewed it). CONTRIBUTING.md says how.`,
        entry.source.lineOf(path),
        path,
      );
    });
  });
}
