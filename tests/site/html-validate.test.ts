import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { EVERY_BUILT_SITE, PROJECT, type BuiltPage } from '../support/built-site.ts';
import { languageOfPath, withoutLanguage } from '../../src/lib/i18n/paths.ts';

/**
 * The pages in groups, each its own short test that names its group: by language and the first
 * folder of the address ("/cy/find-help/..."). One test over every page of a site in four
 * languages took a minute here, and could run into its time limit on a busy machine.
 */
function groups(pages: readonly BuiltPage[]): Map<string, BuiltPage[]> {
  const byGroup = new Map<string, BuiltPage[]>();
  for (const page of pages) {
    const language = languageOfPath(page.url);
    const first = withoutLanguage(page.url).split('/')[1] ?? '';
    const name = `${language === 'en' ? '' : `/${language}`}/${first}${first.endsWith('.html') ? '' : '/'}`;
    byGroup.set(name, [...(byGroup.get(name) ?? []), page]);
  }
  return byGroup;
}

// Rules turned off, with the reason for each, are in .htmlvalidate.json and README.md.
for (const site of EVERY_BUILT_SITE)
  describe(`every built page is valid HTML (html-validate, recommended rules), ${site.name}`, () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader({}, { cwd: PROJECT } as never));
    const pageGroups = groups(site.pages());

    it('has pages to check', () => {
      expect(site.pages().length).toBeGreaterThan(5);
    });

    for (const [group, pages] of pageGroups) {
      it(`has no errors on the ${pages.length} page(s) under ${group}`, async () => {
        const failures: string[] = [];
        for (const page of pages) {
          const report = await validator.validateString(page.html, `dist/${page.file}`);
          for (const result of report.results) {
            for (const message of result.messages) failures.push(`${page.url} line ${message.line}: ${message.ruleId}: ${message.message}`);
          }
        }
        expect(failures).toEqual([]);
      });
    }
  });
