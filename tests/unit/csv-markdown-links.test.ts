import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';
import { findUnsafeMarkdown } from '../../src/lib/content-check/markdown-safety.ts';
import { editFileUrl, newFileUrl, newIssueUrl, withBase } from '../../src/lib/links.ts';
import { closestWord } from '../../src/lib/content-check/suggest.ts';

describe('CSV', () => {
  it('reads quotes, commas and line breaks inside quotes, and CRLF', () => {
    const rows = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",3\r\n');
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', '3'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
  });
  it('writes what it reads', () => {
    const data = [
      ['name', 'note'],
      ['Library', 'Open, free'],
      ['Hall', 'Says "hello"'],
    ];
    expect(parseCsv(toCsv(data)).map((r) => r.cells)).toEqual(data);
  });
});

describe('unsafe Markdown', () => {
  it('finds HTML, event handlers, iframes and unsafe links', () => {
    const body = ['<img src=x onerror=alert(1)>', '<iframe src="https://evil.example"></iframe>', '[x](javascript:alert(1))', '[y]: data:text/html,hi', '<vbscript:msgbox>'].join('\n');
    const lines = findUnsafeMarkdown(body).map((p) => p.line);
    expect(lines).toEqual([1, 2, 3, 4, 5]);
  });
  it('leaves code, autolinks and safe links alone', () => {
    const body = ['Use `<b>` for bold in HTML.', '```', '<script>shown, not run</script>', '```', '<https://example.org>', '[mail](mailto:a@example.org) [call](tel:01632960000) [page](/about/)'].join(
      '\n',
    );
    expect(findUnsafeMarkdown(body)).toEqual([]);
  });
});

describe('links', () => {
  const repository = { url: 'https://github.com/example/hub', branch: 'main' };
  it('puts paths under the base the site is published at', () => {
    expect(withBase('/', '/about/')).toBe('/about/');
    expect(withBase('/hub/', '/about/')).toBe('/hub/about/');
    expect(withBase('/hub', 'about/')).toBe('/hub/about/');
    expect(withBase('/hub/', 'https://example.org/')).toBe('https://example.org/');
  });
  it('builds repository links for suggestions and reports', () => {
    expect(editFileUrl(repository, 'content/services/a b.yaml')).toBe('https://github.com/example/hub/edit/main/content/services/a%20b.yaml');
    expect(newIssueUrl(repository, 'Wrong phone', 'Line 1')).toBe('https://github.com/example/hub/issues/new?title=Wrong+phone&body=Line+1');
    expect(newFileUrl(repository, 'content/case-studies', 'x.md', '---\na: b\n')).toBe('https://github.com/example/hub/new/main/content/case-studies?filename=x.md&value=---%0Aa%3A+b%0A');
  });
  it('suggests the closest field name for a typo', () => {
    expect(closestWord('phnoe', ['phone', 'email', 'website'])).toBe('phone');
    expect(closestWord('colour', ['phone', 'email'])).toBeUndefined();
  });
});
