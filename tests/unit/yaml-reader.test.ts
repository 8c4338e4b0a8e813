import { describe, expect, it } from 'vitest';
import { firstDifference, parseContentYaml, readFrontMatterAsAstroDoes, splitFrontMatter } from '../../src/lib/yaml.ts';

describe('the one content YAML reader', () => {
  it('keeps date-like text as text and refuses tags', () => {
    expect(parseContentYaml('date: 2026-01-15\n')).toEqual({ date: '2026-01-15' });
    expect(() => parseContentYaml('x: !!binary aGVsbG8=\n')).toThrow();
  });

  it('splits front matter from the body, with the body line, ignoring a byte order mark and CRLF', () => {
    expect(splitFrontMatter('\uFEFF---\r\ntitle: Hello\r\n---\r\nBody\r\n')).toEqual({ frontMatter: 'title: Hello', body: 'Body\n', bodyLine: 4 });
    expect(splitFrontMatter('No front matter')).toEqual({ frontMatter: undefined, body: 'No front matter', bodyLine: 1 });
  });

  it("finds where Astro's own front matter reader reads differently", () => {
    const same = 'title: A lesson\norder: 2\nreviewed: "2026-01-15"\n';
    expect(firstDifference(parseContentYaml(same), readFrontMatterAsAstroDoes(same))).toBeUndefined();
    const dated = 'title: A lesson\nsources:\n  - name: X\n    date: 2024-03-01\n';
    expect(firstDifference(parseContentYaml(dated), readFrontMatterAsAstroDoes(dated))).toBe('sources.0.date');
  });
});
