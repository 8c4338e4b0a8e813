import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { EVERY_BUILT_SITE, PROJECT } from '../support/built-site.ts';

// Rules turned off, with the reason for each, are in .htmlvalidate.json and README.md.
for (const site of EVERY_BUILT_SITE)
  describe(`every built page is valid HTML (html-validate, recommended rules), ${site.name}`, () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader({}, { cwd: PROJECT } as never));
    it('has no errors on any page', async () => {
      const failures: string[] = [];
      for (const page of site.pages()) {
        const report = await validator.validateString(page.html, `dist/${page.file}`);
        for (const result of report.results) {
          for (const message of result.messages) {
            failures.push(`${page.url} line ${message.line}: ${message.ruleId}: ${message.message}`);
          }
        }
      }
      expect(failures).toEqual([]);
      expect(site.pages().length).toBeGreaterThan(5);
    });
  });
