/**
 * The languages the site is published in. English is at the site's root; each other language
 * has its own part of the site (/cy/, /ur/, /pl/) for the pages citizens and champions use.
 *
 * To add a language: write its catalogue (copy ./catalogues/pl.ts, translate the words, set the
 * language details), then add one line to CATALOGUES below. The README says more.
 */
import type { Catalogue, LanguageDetails } from './catalogue.ts';
import * as en from './catalogues/en.ts';
import * as cy from './catalogues/cy.ts';
import * as ur from './catalogues/ur.ts';
import * as pl from './catalogues/pl.ts';

const CATALOGUES: readonly Catalogue[] = [en, cy, ur, pl];

export interface SiteLanguage extends LanguageDetails {
  readonly catalogue: Catalogue;
}

export const DEFAULT_LANGUAGE = 'en';

export const LANGUAGES: readonly SiteLanguage[] = CATALOGUES.map((catalogue) => ({ ...catalogue.language, catalogue }));

/** Every language but English: the ones with their own part of the site. */
export const OTHER_LANGUAGES: readonly SiteLanguage[] = LANGUAGES.filter((language) => language.code !== DEFAULT_LANGUAGE);

export const LANGUAGE_CODES: readonly string[] = LANGUAGES.map((language) => language.code);

export function isLanguageCode(code: string | undefined): boolean {
  return code !== undefined && LANGUAGE_CODES.includes(code);
}

/** A language by its code; English for none (the site's root) or a code the site does not have. */
export function languageByCode(code: string | undefined): SiteLanguage {
  return LANGUAGES.find((language) => language.code === code) ?? LANGUAGES.find((language) => language.code === DEFAULT_LANGUAGE)!;
}
