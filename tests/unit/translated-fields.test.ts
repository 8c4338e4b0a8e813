/**
 * A listing's field in a language: the translation when there is one (with its status), the
 * English otherwise (marked as English), and the translations schema: codes the site has, a
 * status, and messages a partner can act on.
 */
import { describe, expect, it } from 'vitest';
import { translatedField, translatedHoursNote } from '../../src/lib/i18n/translated-fields.ts';
import { serviceSchema, serviceTranslationsSchema } from '../../src/schemas/service.ts';
import { fixtureFile } from '../support/content-fixture.ts';
import { parseContentYaml } from '../../src/lib/yaml.ts';

const translations = {
  cy: { status: 'draft' as const, summary: 'Wi-Fi am ddim.', locations: [{}, { hoursNote: 'Ar gau ar wyliau banc.' }] },
  pl: { status: 'reviewed' as const, summary: 'Darmowe Wi-Fi.', description: '' },
};

describe('a field in a language', () => {
  it('gives the translation, in its language, with its status', () => {
    expect(translatedField(translations, 'cy', 'summary', 'Free Wi-Fi.')).toEqual({ text: 'Wi-Fi am ddim.', lang: 'cy', translated: true, status: 'draft' });
    expect(translatedField(translations, 'pl', 'summary', 'Free Wi-Fi.')).toEqual({ text: 'Darmowe Wi-Fi.', lang: 'pl', translated: true, status: 'reviewed' });
  });

  it('falls back to the English, marked as English, where the field, the language or any translation is missing', () => {
    const english = { text: 'Use the Wi-Fi.', lang: 'en', translated: false, status: undefined };
    expect(translatedField(translations, 'cy', 'description', 'Use the Wi-Fi.')).toEqual(english);
    expect(translatedField(translations, 'pl', 'description', 'Use the Wi-Fi.')).toEqual(english);
    expect(translatedField(translations, 'ur', 'description', 'Use the Wi-Fi.')).toEqual(english);
    expect(translatedField(undefined, 'cy', 'description', 'Use the Wi-Fi.')).toEqual(english);
  });

  it('gives the English on an English page, and nothing for a field the listing does not have', () => {
    expect(translatedField(translations, 'en', 'summary', 'Free Wi-Fi.')).toEqual({ text: 'Free Wi-Fi.', lang: 'en', translated: false, status: undefined });
    expect(translatedField(translations, 'ur', 'howToRefer', undefined)).toBeUndefined();
  });

  it("gives a place's hours note by the place's position", () => {
    expect(translatedHoursNote(translations, 'cy', 1, 'Closed on bank holidays.')).toEqual({ text: 'Ar gau ar wyliau banc.', lang: 'cy', translated: true, status: 'draft' });
    expect(translatedHoursNote(translations, 'cy', 0, 'Closed on Sundays.')).toMatchObject({ text: 'Closed on Sundays.', lang: 'en' });
    expect(translatedHoursNote(translations, 'cy', 2, undefined)).toBeUndefined();
  });
});

describe('the translations schema', () => {
  const listing = parseContentYaml(fixtureFile('services/library-wifi.yaml')) as Record<string, unknown>;

  it('accepts a listing with draft and reviewed translations', () => {
    const result = serviceSchema.safeParse({
      ...listing,
      translations: { cy: { status: 'draft', summary: 'Wi-Fi am ddim.', locations: [{ hoursNote: 'Ar gau ar wyliau banc.' }] }, ur: { status: 'reviewed', description: 'مفت وائی فائی۔' } },
    });
    expect(result.error?.issues).toBeUndefined();
  });

  it('names the codes the site has for a language it does not have, and says where English goes', () => {
    const result = serviceTranslationsSchema.safeParse({ fr: { status: 'draft', summary: 'Wi-Fi gratuit.' }, en: { status: 'draft' } });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['fr', '"fr" is not a language this site has. Use one of: cy (Welsh), ur (Urdu), pl (Polish).'],
      ['en', 'English is written in the fields themselves, not under translations. Move these words to the fields above, or delete this block.'],
    ]);
  });

  it('needs a status, refuses fields it does not know, and keeps the same limits as the English', () => {
    const issues = (value: unknown) => serviceTranslationsSchema.safeParse(value).error?.issues ?? [];
    expect(issues({ cy: { summary: 'Wi-Fi am ddim.' } })[0]?.message).toContain('status: draft');
    expect(issues({ cy: { status: 'draft', name: 'Enw' } })[0]?.code).toBe('unrecognized_keys');
    expect(issues({ cy: { status: 'draft', summary: 'x'.repeat(201) } })[0]?.path).toEqual(['cy', 'summary']);
  });

  it('refuses more translated places than the listing has', () => {
    const result = serviceSchema.safeParse({ ...listing, translations: { cy: { status: 'draft', locations: [{}, { hoursNote: 'Ar gau.' }] } } });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['This listing has 1 location, but translations.cy.locations has 2. Give one item per place, in the same order as locations.']);
  });
});
