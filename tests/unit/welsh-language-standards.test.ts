/**
 * Welsh Language Standards mode (welshLanguageStandards: true in content/site.yaml): the content
 * check fails for each listing without a Welsh summary or description, naming the file, the
 * field and what to do; without the mode, English-only listings pass.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/content-check/index.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { checkWith, fixtureFile } from '../support/content-fixture.ts';

const MODE_ON = { file: 'site.yaml', contents: (site: string) => `${site.trimEnd()}\nwelshLanguageStandards: true\n` };
const WELSH = `
translations:
  cy:
    status: draft
    summary: Wi-Fi am ddim i bawb.
    description: Defnyddiwch y Wi-Fi am ddim. Does dim angen cerdyn llyfrgell.
`;
const welshErrors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error' && p.message.includes('Welsh Language Standards') && p.file.includes('/services/'));
const allWelshErrors = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error' && p.message.includes('Welsh Language Standards'));

describe('Welsh Language Standards mode', () => {
  it('is off unless site.yaml says so: a listing in English only passes', () => {
    expect(fixtureFile('site.yaml')).not.toContain('welshLanguageStandards');
    const result = checkWith([]);
    expect(welshErrors(result.problems)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('fails a listing with no Welsh, once for its summary and once for its description, naming the file and the field', () => {
    const result = checkWith([MODE_ON]);
    const errors = welshErrors(result.problems);
    expect(errors.map((p) => p.field)).toEqual(['translations › cy › summary', 'translations › cy › description']);
    for (const error of errors) {
      expect(error.file).toBe('content/services/library-wifi.yaml');
      expect(error.message).toMatch(/Add translations\.cy\.(summary|description)/);
    }
    expect(result.ok).toBe(false);
  });

  it('fails a listing whose Welsh has a summary but no description', () => {
    const summaryOnly = WELSH.replace(/ {4}description:.*\n/, '');
    const result = checkWith([MODE_ON, { file: 'services/library-wifi.yaml', contents: (t) => t + summaryOnly }]);
    expect(welshErrors(result.problems).map((p) => p.field)).toEqual(['translations › cy › description']);
  });

  it('passes a listing with its Welsh summary and description', () => {
    const result = checkWith([MODE_ON, { file: 'services/library-wifi.yaml', contents: (t) => t + WELSH }]);
    expect(welshErrors(result.problems)).toEqual([]);
    // What is left is the site's own words and the triage question (the next test).
    expect(result.problems.filter((p) => p.severity === 'error').every((p) => !p.file.includes('/services/'))).toBe(true);
  });

  it('checks every listing, not only the first', () => {
    const second = (t: string) => t.replace('name: Free Wi-Fi at Example Library', 'name: Second library');
    const result = checkWith([
      MODE_ON,
      { file: 'services/library-wifi.yaml', contents: (t) => t + WELSH },
      { file: 'services/second-library.yaml', contents: () => second(fixtureFile('services/library-wifi.yaml')) },
    ]);
    const errors = welshErrors(result.problems);
    expect(errors.map((p) => p.file)).toEqual(['content/services/second-library.yaml', 'content/services/second-library.yaml']);
  });

  it('fails the site’s own words and each triage question without Welsh, naming the file and field; passes with them', () => {
    const errors = allWelshErrors(checkWith([MODE_ON, { file: 'services/library-wifi.yaml', contents: (t) => t + WELSH }]).problems);
    expect(errors.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/site.yaml translations › cy › description',
      'content/site.yaml translations › cy › helplineHours',
      'content/site.yaml translations › cy › helplineDescription',
      'content/triage/questions/online-at-home.yaml translations › cy › ask',
    ]);
    expect(errors[3]?.message).toContain('Welsh prompt card');
    const site = (text: string) =>
      `${text.trimEnd()}\nwelshLanguageStandards: true\ntranslations:\n  cy:\n    status: draft\n    description: Help am ddim.\n    helplineHours: Dydd Llun i ddydd Gwener\n    helplineDescription: Bydd rhywun yn siarad â chi.\n`;
    const question = (text: string) => `${text.trimEnd()}\ntranslations:\n  cy:\n    status: draft\n    ask: Allwch chi fynd ar-lein gartref?\n`;
    const passing = checkWith([
      { file: 'site.yaml', contents: site },
      { file: 'triage/questions/online-at-home.yaml', contents: question },
      { file: 'services/library-wifi.yaml', contents: (t) => t + WELSH },
    ]);
    expect(allWelshErrors(passing.problems)).toEqual([]);
  });

  it('the setting is a true or false, with a message that says so', () => {
    const bad = siteSchema.shape.welshLanguageStandards.safeParse('yes');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toContain('welshLanguageStandards: true');
    expect(siteSchema.shape.welshLanguageStandards.safeParse(true).success).toBe(true);
    expect(siteSchema.shape.welshLanguageStandards.safeParse(undefined).success).toBe(true);
  });
});
