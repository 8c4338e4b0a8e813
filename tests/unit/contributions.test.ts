import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { caseStudyFile, caseStudyFileName, type CaseStudyInput } from '../../src/lib/contributions/case-study-file.ts';
import { checkCaseStudyInput } from '../../src/lib/contributions/case-study-form-rules.ts';
import { listComment, template, TEMPLATE_FOLDERS } from '../../src/lib/contributions/templates.ts';
import { accessModes, audiences, costTypes, edsAreas, kindsOfHelp, nineCs, serviceStatuses, supportModes, themes } from '../../src/lib/vocabulary/index.ts';
import { readMarkdown } from '../../src/lib/content-check/source-file.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { FIXED_TODAY, makeSiteCopy } from '../support/content-fixture.ts';

const input: CaseStudyInput = {
  title: 'Laptops: for everyone in "North Town"',
  summary: 'Yes',
  organisation: 'example-library',
  places: ['North Town', '2024'],
  date: '2026-11-23',
  period: '2024: a year of change',
  cs: ['cost', 'connectivity'],
  themes: ['devices'],
  audiences: ['families'],
  outcomes: [
    { label: 'Laptops given', value: 1200, unit: 'laptops' },
    { label: '', value: Number.NaN, unit: '' },
  ],
  source: { title: 'Annual report # 3', publisher: 'Example Library', url: 'https://www.example.org/report', date: '2026-01-31' },
  consent: { namesPeople: true, recordedOn: '2026-11-01', recordedBy: 'Communications team' },
  body: '## What we did\n\nWe gave out laptops: lots of them.\n\n- One lesson\n',
};

describe('the "Share your work" form writes a case study file', () => {
  it('writes front matter that reads back as exactly what was typed', () => {
    const text = caseStudyFile(input);
    const data = readMarkdown(text).frontMatter!.data as any;
    expect(data.title).toBe(input.title);
    expect(data.summary).toBe('Yes');
    expect(data.places).toEqual(['North Town', '2024']);
    expect(data.period).toBe(input.period);
    expect(data.outcomes).toEqual([{ label: 'Laptops given', value: 1200, unit: 'laptops' }]);
    expect(data.source.title).toBe('Annual report # 3');
    expect(data.consent).toEqual({ namesPeople: true, recordedOn: '2026-11-01', recordedBy: 'Communications team' });
  });

  it('writes a file the content check accepts', () => {
    const result = (() => {
      const root = makeSiteCopy([{ file: `case-studies/${caseStudyFileName(input.title)}`, contents: caseStudyFile(input) }]);
      try {
        return checkContent({ root, today: FIXED_TODAY });
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    })();
    expect(result.problems).toEqual([]);
    expect(caseStudyFileName(input.title)).toBe('laptops-for-everyone-in-north-town.md');
  });

  it('stops HTML, bad links and missing consent details before writing', () => {
    const problems = checkCaseStudyInput({
      ...input,
      body: 'Hello <script>alert(1)</script>',
      source: { ...input.source, url: 'javascript:alert(1)' },
      consent: { namesPeople: true, recordedOn: '', recordedBy: 'jo@example.org' },
      cs: [],
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['body', 'consent-date', 'consent-team', 'cs', 'source-url']);
  });

  it('accepts a complete form', () => {
    expect(checkCaseStudyInput(input)).toEqual([]);
  });
});

describe('starting files take their words and folders from one place', () => {
  const context = { title: 'A title', today: FIXED_TODAY, organisation: 'example-library', area: 'north' };
  const comments = (text: string) =>
    text
      .split('\n')
      .filter((line) => /^\s*#/.test(line))
      .join(' ');

  it('lists every allowed word of each list, from the vocabularies', () => {
    const cases = [
      ['service', [kindsOfHelp, supportModes, accessModes, audiences, costTypes, serviceStatuses]],
      ['course', [edsAreas]],
      ['case-study', [nineCs, themes]],
    ] as const;
    for (const [kind, vocabularies] of cases) {
      const words = comments(template(kind, context));
      for (const vocabulary of vocabularies) for (const id of vocabulary.ids) expect(words, `${kind}: ${id}`).toMatch(new RegExp(`[ #]${id}[,. ]`));
    }
  });

  it('wraps a long list of words as comment lines', () => {
    expect(listComment('Words:', ['one', 'two'], '  ')).toBe('  # Words: one, two.');
    const wrapped = listComment('Kinds of help:', kindsOfHelp.ids).split('\n');
    expect(wrapped.length).toBe(3);
    expect(wrapped.every((line) => line.startsWith('# ') && line.length <= 112)).toBe(true);
  });

  it('puts each file in the folder the content model gives', () => {
    expect(TEMPLATE_FOLDERS).toEqual({
      service: { folder: 'content/services', extension: 'yaml' },
      course: { folder: 'content/courses', extension: 'yaml' },
      'case-study': { folder: 'content/case-studies', extension: 'md' },
    });
  });
});
