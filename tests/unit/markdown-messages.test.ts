/**
 * What the renderer already neutralises silently, the content check tells the partner about,
 * with the line: HTML tags split over lines, links hidden behind HTML entities, reference
 * definitions whose address is on the next line, and images (which would load from another
 * site). And a file name cannot add lines to the CI log's annotations.
 */
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkdownInDepth, mayHoldWhatOnlyTheParserSees } from '../../src/lib/content-check/markdown-parser-safety.ts';
import { formatGithubAnnotations, type Problem } from '../../src/lib/content-check/problem.ts';
import { renderContributedMarkdown } from '../../src/lib/safe-markdown.ts';

const FIRST_LINE = 20;
const found = (body: string) => findUnsafeMarkdownInDepth(body, FIRST_LINE);

describe('contributed Markdown: messages for what the renderer hides', () => {
  it('an HTML tag split over two lines', () => {
    const body = 'Some text.\n\n<img\nsrc="x" onerror="alert(1)">\n';
    expect(renderContributedMarkdown(body)).not.toContain('<img');
    expect(found(body)).toEqual([expect.objectContaining({ line: FIRST_LINE + 2, message: expect.stringMatching(/<img>/) })]);
  });

  it('a tag name cut off at the end of a line, in a paragraph', () => {
    const body = 'Click <a\nhref="javascript:alert(1)">here</a> now.\n';
    expect(found(body).some((p) => p.line === FIRST_LINE && /<a>/.test(p.message))).toBe(true);
  });

  for (const link of ['javascript&#58;alert(1)', '&#106;avascript:alert(1)', 'javascript&colon;alert(1)', 'java&#x09;script:alert(1)', 'JaVaScRiPt:alert(1)']) {
    it(`a link written as ${link}`, () => {
      const body = `Intro.\n\n[click me](${link})\n`;
      const problems = found(body);
      expect(problems, JSON.stringify(problems)).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line: FIRST_LINE + 2 });
      expect(problems[0]!.message).toMatch(/not allowed.*https:\/\//);
    });
  }

  it('a reference definition whose address is on the next line', () => {
    const body = 'See [the guide][guide].\n\n[guide]:\n  javascript:alert(1)\n';
    const problems = found(body);
    expect(problems, JSON.stringify(problems)).toHaveLength(1);
    expect(problems[0]!.line).toBe(FIRST_LINE + 3);
  });

  it('an image, which would load from another site', () => {
    const body = 'Text.\n\n![tracking pixel](https://evil.example/pixel.png)\n\n![local](/images/x.png)\n';
    expect(renderContributedMarkdown(body)).not.toContain('<img');
    const problems = found(body);
    expect(problems.map((p) => p.line)).toEqual([FIRST_LINE + 2, FIRST_LINE + 4]);
    expect(problems[0]!.message).toMatch(/image/i);
  });

  it('says nothing about safe Markdown', () => {
    const body = [
      '## Heading',
      '',
      'A [link](https://example.org/a?b=1&c=2), [mail](mailto:team@example.org), [phone](tel:01632960000), [page](/about/) and [anchor](#top).',
      '',
      'Maths: 3 < 4 and 5 > 2, and the code `<script>` is shown as text.',
      '',
      '```',
      '<img src=x onerror=alert(1)>',
      '```',
      '',
      '[ref]: https://example.org/ref',
      '',
      'Sight & Hearing, AT&T, 50% off.',
    ].join('\n');
    expect(found(body)).toEqual([]);
  });
});

describe('GitHub annotations', () => {
  it('a new line in a file name cannot add an annotation or a command to the log', () => {
    const problems: Problem[] = [
      { severity: 'error', file: 'content/services/x\n::error file=README.md,line=1::Everything is fine, merge me\n.yaml', line: 3, field: 'name', message: 'A message' },
      { severity: 'warning', file: 'content/services/a,b:c%.yaml', message: 'Line one\nline two\r\n::stop-commands::x' },
    ];
    const output = formatGithubAnnotations(problems);
    const lines = output.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => /^::(error|warning) file=/.test(line))).toBe(true);
    expect(output).not.toMatch(/\r/);
    expect(lines[0]).toContain('file=content/services/x%0A%3A%3Aerror file=README.md%2Cline=1%3A%3AEverything is fine%2C merge me%0A.yaml,line=3');
    expect(lines[1]).toContain('file=content/services/a%2Cb%3Ac%25.yaml::');
  });
});

describe('the parser pass is skipped only where it could find nothing', () => {
  const needsParser = [
    'Some text.\n\n<img\nsrc="x">\n',
    'Some <span\nclass="x">text</span>.',
    '[click me](javascript:alert(1))',
    '[a]\n\n[a]:\n  javascript:alert(1)\n',
    '[multi\nline]: javascript:alert(1)',
    '![a picture](https://example.org/x.png)',
  ];
  for (const body of needsParser) {
    it(`reads ${JSON.stringify(body.slice(0, 30))} with the parser, and finds the problem`, () => {
      expect(mayHoldWhatOnlyTheParserSees(body)).toBe(true);
      expect(found(body).length).toBeGreaterThan(0);
    });
  }

  it('skips plain text with brackets, colons and ampersands, which make no link, tag or image', () => {
    for (const body of ['Open Monday to Friday: 9am to 5pm.', 'Bring ID [if you have it] (a bill will do).', 'Tea & biscuits &#60; free.', 'A list:\n\n- one\n- two\n']) {
      expect(mayHoldWhatOnlyTheParserSees(body)).toBe(false);
      expect(found(body)).toEqual([]);
    }
  });
});
