import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { builtPages, PROJECT } from '../support/built-site.ts';

// Rules turned off, with the reason for each, are in .htmlvalidate.json and README.md.
describe('every built page is valid HTML (html-validate, recommended rules)', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader({}, { cwd: PROJECT } as never));
  it('has no errors on any page', async () => {
    const failures: string[] = [];
    for (const page of builtPages()) {
      const report = await validator.validateString(page.html, `dist/${page.file}`);
      for (const result of report.results) {
        for (const message of result.messages) {
          failures.push(`${page.url} line ${message.line}: ${message.ruleId}: ${message.message}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(builtPages().length).toBeGreaterThan(5);
  });
});
