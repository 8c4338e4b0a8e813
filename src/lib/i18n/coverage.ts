/**
 * How much of the interface each language has words for: every key English names, and every
 * term of the controlled lists (src/lib/i18n/terms.ts). A key a language lacks shows in English,
 * so this counts what is missing per language, for the content check to report.
 */
import type { Catalogue } from './catalogue.ts';
import { messages as english } from './catalogues/en.ts';
import { OTHER_LANGUAGES } from './languages.ts';
import { allTermKeys } from './terms.ts';

/** Where each language's catalogue is, in the repository. */
export const catalogueFile = (code: string): string => `src/lib/i18n/catalogues/${code}.ts`;

export interface LanguageCoverage {
  readonly code: string;
  readonly englishName: string;
  /** Keys a full catalogue has. */
  readonly total: number;
  /** Keys this language has no words for, in English's order. */
  readonly missing: readonly string[];
}

/** Every key a language should have words for: English's keys, then the controlled lists' terms. */
export function expectedKeys(): string[] {
  return [...Object.keys(english), ...allTermKeys()];
}

export function coverageOf(catalogue: Catalogue, expected: readonly string[] = expectedKeys()): LanguageCoverage {
  const own = catalogue.messages as Record<string, unknown>;
  return { code: catalogue.language.code, englishName: catalogue.language.englishName, total: expected.length, missing: expected.filter((key) => own[key] === undefined) };
}

/** Coverage of every language but English. */
export function catalogueCoverage(): LanguageCoverage[] {
  const expected = expectedKeys();
  return OTHER_LANGUAGES.map((language) => coverageOf(language.catalogue, expected));
}
