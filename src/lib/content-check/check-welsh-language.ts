/**
 * Welsh Language Standards mode: when content/site.yaml says `welshLanguageStandards: true`,
 * the content that citizens read on the Welsh pages must be in Welsh (translations.cy), so those
 * pages never show English in its place: every listing's summary and description, the site's own
 * words on every page (its description, and the phone line's hours and what happens when you
 * call), and each triage question as the Welsh prompt card asks it. Each field missing is an error.
 * (The interface words are in the Welsh catalogue, which the catalogue check counts.)
 */
import type { LoadedContent } from './entries.ts';
import { errorAt, type Problem } from './problem.ts';

/** The listing fields the Welsh Language Standards mode asks for in Welsh. */
export const WELSH_REQUIRED_FIELDS = ['summary', 'description'] as const;
const WELSH = 'cy';

/** The site's own words shown on every Welsh page. */
export const WELSH_REQUIRED_SITE_FIELDS = ['description', 'helplineHours', 'helplineDescription'] as const;
/** A triage question's words on the Welsh prompt card. */
export const WELSH_REQUIRED_QUESTION_FIELDS = ['ask'] as const;

const MODE = 'The site meets the Welsh Language Standards (welshLanguageStandards: true in content/site.yaml)';

export function checkWelshLanguage(content: LoadedContent): Problem[] {
  const site = content.entriesOf('site')[0];
  if (site?.data.welshLanguageStandards !== true) return [];
  const missing = (
    entry: { file: string; source: { lineOf(path: readonly PropertyKey[]): number | undefined } },
    translations: Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined,
    fields: readonly string[],
    what: string,
  ) =>
    fields
      .filter((field) => String(translations?.[WELSH]?.[field] ?? '').trim() === '')
      .map((field) => {
        const path = ['translations', WELSH, field];
        return errorAt(
          entry.file,
          `${MODE}, so ${what} needs its ${field} in Welsh. Add translations.cy.${field} (with translations.cy.status: draft until a fluent speaker has reviewed it). CONTRIBUTING.md says how.`,
          entry.source.lineOf(path),
          path,
        );
      });
  const siteWords = missing(site, site.data.translations, WELSH_REQUIRED_SITE_FIELDS, 'the site (its words show on every Welsh page)');
  const questions = content
    .entriesOf('triageQuestions')
    .flatMap((entry) => missing(entry, entry.data.translations, WELSH_REQUIRED_QUESTION_FIELDS, `the question "${entry.data.ask}" (the Welsh prompt card asks it)`));
  return [...siteWords, ...questions, ...listings(content)];
}

function listings(content: LoadedContent): Problem[] {
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
