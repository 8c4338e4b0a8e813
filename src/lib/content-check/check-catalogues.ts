/**
 * The interface words in each language (src/lib/i18n/catalogues/): a warning for each language
 * that lacks words for some keys, naming them, because those show in English until translated.
 */
import { catalogueCoverage, catalogueFile, type LanguageCoverage } from '../i18n/coverage.ts';
import { warningAt, type Problem } from './problem.ts';

const SHOWN = 12;

export function checkCatalogues(coverage: readonly LanguageCoverage[] = catalogueCoverage()): Problem[] {
  return coverage
    .filter((language) => language.missing.length > 0)
    .map((language) => {
      const named = language.missing.slice(0, SHOWN).join(', ');
      const more = language.missing.length > SHOWN ? ` and ${language.missing.length - SHOWN} more` : '';
      return warningAt(
        catalogueFile(language.code),
        `${language.englishName} has no words for ${language.missing.length} of ${language.total} keys: ${named}${more}. Until they are translated, those words show in English. Add each key with its ${language.englishName} words (see the same key in src/lib/i18n/catalogues/en.ts, or src/lib/vocabulary/ for a term).`,
      );
    });
}

/** One line per language for the check's report: "Welsh: 240 of 240 interface words". */
export function catalogueSummary(coverage: readonly LanguageCoverage[] = catalogueCoverage()): string {
  return coverage
    .map(
      (language) =>
        `${language.englishName} (${language.code}): ${language.total - language.missing.length} of ${language.total} interface words${language.missing.length ? `, ${language.missing.length} missing (shown in English)` : ''}.`,
    )
    .join('\n');
}
