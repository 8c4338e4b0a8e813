import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { checkWith, FIXED_TODAY, replaceOnce } from '../support/content-fixture.ts';
import { contentRuleExamples } from '../fixtures/content-rules.ts';
import { checkContent, formatReport } from '../../src/lib/content-check/index.ts';
import { readYaml } from '../../src/lib/content-check/source-file.ts';
import { listFiles } from '../../src/lib/files.ts';
import { FIXTURE_CONTENT, FIXTURE_SITE } from '../../scripts/lib/test-site.ts';

describe('content check: the good example', () => {
  it('passes the minimal fixture site with no problems', () => {
    const result = checkWith([]);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('passes the test fixture site (warnings allowed)', () => {
    const result = checkContent({ root: FIXTURE_SITE, today: FIXED_TODAY });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('content check: one bad example per rule', () => {
  for (const example of contentRuleExamples) {
    it(example.rule, () => {
      const result = checkWith(example.changes);
      for (const expected of example.expect) {
        const severity = expected.severity ?? 'error';
        const found = result.problems.find(
          (p) =>
            p.file === expected.file &&
            p.severity === severity &&
            expected.message.test(p.message) &&
            (expected.field === undefined || p.field === expected.field) &&
            (expected.line === undefined || p.line === expected.line),
        );
        expect(found, `expected ${severity} ${expected.message} in ${expected.file}, got:\n${formatReport(result.problems, result.filesChecked)}`).toBeDefined();
        if (expected.wholeFile) expect(found!.line).toBeUndefined();
        else expect(found!.line, 'every problem inside a file names its line').toBeGreaterThan(0);
      }
      expect(result.ok).toBe(example.expect.every((e) => e.severity === 'warning'));
    });
  }
});

describe('content check: reporting', () => {
  it('reports three problems in one file as three messages in one run', () => {
    const result = checkWith([
      {
        file: 'services/library-wifi.yaml',
        contents: (t) => replaceOnce(replaceOnce(replaceOnce(t, 'phone: "01632 960999"', 'phone: 01632960999'), 'postcode: NM1 1AA', 'postcode: nowhere'), 'area: north', 'area: atlantis'),
      },
    ]);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.field).sort()).toEqual(['locations › item 1 › area', 'locations › item 1 › postcode', 'phone']);
  });

  it('reports problems in several files in one run', () => {
    const result = checkWith([
      { file: 'services/library-wifi.yaml', contents: (t) => replaceOnce(t, 'postcode: NM1 1AA', 'postcode: nowhere') },
      { file: 'case-studies/library-champions.md', contents: (t) => replaceOnce(t, 'cs: [champion]', 'cs: [champ]') },
      { file: 'areas.yaml', contents: (t) => `${t}- id: Bad Id\n  name: Bad\n` },
    ]);
    expect(new Set(result.problems.map((p) => p.file))).toEqual(new Set(['content/services/library-wifi.yaml', 'content/case-studies/library-champions.md', 'content/areas.yaml']));
  });

  it('says in the report what to do next', () => {
    const result = checkWith([{ file: 'services/library-wifi.yaml', contents: (t) => replaceOnce(t, 'postcode: NM1 1AA', 'postcode: nowhere') }]);
    const report = formatReport(result.problems, result.filesChecked);
    expect(report).toContain('Error: content/services/library-wifi.yaml:18  (field: locations › item 1 › postcode)');
    expect(report).toContain('Content check failed: 1 problem in 1 file');
    expect(report).toContain('Nothing has been published.');
  });
});

describe('content check: reading YAML', () => {
  it('reads every content file of the test fixture site to the same data as the reader that knows lines', () => {
    const files = listFiles(FIXTURE_CONTENT).filter((file) => /\.ya?ml$/.test(file));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(readYaml(text).data, file).toEqual(parseYaml(text));
    }
  });
  it('still points at the line of a field, and explains a file it cannot read', () => {
    const source = readYaml('name: Library\nphone: 01632 960000\nlocations:\n  - town: Northmere\n');
    expect(source.syntaxErrors).toEqual([]);
    expect(source.lineOf(['phone'])).toBe(2);
    expect(source.lineOf(['locations', 0, 'town'])).toBe(4);
    expect(source.lineOfKey([], 'name')).toBe(1);
    const broken = readYaml('name: Library\nname: Library again\n');
    expect(broken.data).toBeUndefined();
    expect(broken.syntaxErrors).toEqual([{ line: 2, message: 'The file cannot be read: The same field is written twice. Keep one of them.' }]);
  });
  it('keeps dates as text, as YAML 1.2 does', () => {
    expect(readYaml('lastChecked: 2026-01-15\n').data).toEqual({ lastChecked: '2026-01-15' });
  });
});
