/**
 * Hostile files in content/: YAML alias bombs, symbolic links (to a file outside the project, to
 * a folder, to nothing) and text that is not UTF-8. The content check reports each one with its
 * file (and line), quickly and without a stack trace, and never shows what a linked file holds;
 * the readers the build's loaders use refuse the same files.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { readYaml } from '../../src/lib/content-check/source-file.ts';
import { parseContentYaml } from '../../src/lib/yaml.ts';
import { readContentText } from '../../src/lib/files.ts';
import { parseForBuild } from '../../src/loaders/yaml-file.ts';
import { FIXED_TODAY, fixtureFile, makeSiteCopy } from '../support/content-fixture.ts';
import { aliasBomb } from '../support/hostile.ts';

const SERVICE = 'services/library-wifi.yaml';
const SECRET = 'TOP-SECRET-LINE: root:x:0:0';

/**
 * Runs the content check on a copy and removes it. A check that expanded an alias bomb would not
 * end in the test's time limit; the check refuses every alias instead (tested below with one).
 */
function runCheck(root: string) {
  try {
    const result = checkContent({ root, today: FIXED_TODAY });
    return { result };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('YAML aliases are refused, not expanded', () => {
  it('a 300-byte alias bomb added to a listing is reported with its file and line, without expanding it', () => {
    const bomb = aliasBomb(6, 9);
    expect(bomb.length).toBeLessThan(300);
    const { result } = runCheck(makeSiteCopy([{ file: SERVICE, contents: (t) => t + bomb }]));
    const problem = result.problems.find((p) => p.file === `content/${SERVICE}`);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem!.message).toMatch(/anchor|alias/i);
    expect(problem!.line).toBe(fixtureFile(SERVICE).split('\n').length);
    expect(problem!.field).toBe('a0');
  });

  it('an 837-byte bomb inside a field is reported, without expanding it', () => {
    const bomb = aliasBomb(9, 11, 'b').replace(/^b8: /m, 'accessibilityNotes: ');
    const padded = bomb.padEnd(837, ' ');
    const { result } = runCheck(makeSiteCopy([{ file: SERVICE, contents: (t) => t.replace('languages: [en]', 'languages: *b7') + padded }]));
    expect(
      result.problems.some((p) => p.file === `content/${SERVICE}` && /anchor|alias/i.test(p.message) && p.line! > 0 && p.field !== undefined),
      JSON.stringify(result.problems.slice(0, 3)),
    ).toBe(true);
  });

  it("one harmless alias is refused too (the build's reader and the line reader)", () => {
    const yaml = 'a: &x hello\nb: *x\n';
    expect(() => parseContentYaml(yaml)).toThrow(/anchor|alias/i);
    const read = readYaml(yaml);
    expect(read.syntaxErrors[0]?.line).toBe(1);
    expect(read.syntaxErrors[0]?.message).toMatch(/anchor|alias/i);
  });

  it("the build's loaders refuse an alias too, naming the file and line", () => {
    expect(() => parseForBuild('name: x\na: &x hello\nb: *x\n', 'content/services/x.yaml')).toThrow(/content\/services\/x\.yaml:2: .*anchors and aliases/);
  });

  it('still reads "&" and "*" in ordinary text', () => {
    expect(parseContentYaml('name: Sight & Hearing\nnote: "*bold* & more"\ntext: |\n  *emphasis* here\n')).toEqual({ name: 'Sight & Hearing', note: '*bold* & more', text: '*emphasis* here\n' });
  });
});

describe('symbolic links and files that are not UTF-8', () => {
  const outside = () => {
    const folder = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(folder, 'passwd'), `${SECRET}\nmore: [\n`);
    return folder;
  };

  it('a listing that is a link to a file outside the project is refused, and its contents never shown', () => {
    const elsewhere = outside();
    const root = makeSiteCopy();
    symlinkSync(join(elsewhere, 'passwd'), join(root, 'content', 'services', 'linked.yaml'));
    const { result } = runCheck(root);
    rmSync(elsewhere, { recursive: true, force: true });
    const problem = result.problems.find((p) => p.file === 'content/services/linked.yaml');
    expect(problem?.message, JSON.stringify(result.problems)).toMatch(/link/i);
    expect(JSON.stringify(result.problems)).not.toContain('TOP-SECRET');
    expect(JSON.stringify(result.problems)).not.toContain('root:x');
  });

  it('a folder that is a link, and a link to nothing, are reported, not crashed on', () => {
    const elsewhere = outside();
    const root = makeSiteCopy();
    symlinkSync(elsewhere, join(root, 'content', 'services', 'more'));
    symlinkSync(join(root, 'no-such-file.yaml'), join(root, 'content', 'services', 'dangling.yaml'));
    const { result } = runCheck(root);
    rmSync(elsewhere, { recursive: true, force: true });
    expect(result.problems.find((p) => p.file === 'content/services/more')?.message, JSON.stringify(result.problems)).toMatch(/link/i);
    expect(result.problems.find((p) => p.file === 'content/services/dangling.yaml')?.message).toMatch(/link/i);
    expect(JSON.stringify(result.problems)).not.toContain('TOP-SECRET');
  });

  it('a report file in public/reports/ that is a link is refused', () => {
    const elsewhere = outside();
    const root = makeSiteCopy([{ file: 'reports/annual-review.yaml', contents: (t) => t.replace(/^link: .*$/m, 'file: /reports/secret.pdf') }]);
    mkdirSync(join(root, 'public', 'reports'), { recursive: true });
    symlinkSync(join(elsewhere, 'passwd'), join(root, 'public', 'reports', 'secret.pdf'));
    const { result } = runCheck(root);
    rmSync(elsewhere, { recursive: true, force: true });
    expect(
      result.problems.some((p) => p.file === 'public/reports/secret.pdf' && /link/i.test(p.message)),
      JSON.stringify(result.problems),
    ).toBe(true);
  });

  it('a file that is not UTF-8 is reported with its line', () => {
    const root = makeSiteCopy();
    writeFileSync(join(root, 'content', SERVICE), Buffer.from(fixtureFile(SERVICE).replace('summary: Free Wi-Fi for everyone.', 'summary: Free Wi-Fi at the Café.'), 'latin1'));
    const { result } = runCheck(root);
    const problem = result.problems.find((p) => p.file === `content/${SERVICE}`);
    expect(problem?.message, JSON.stringify(result.problems)).toMatch(/UTF-8/);
    expect(problem?.line).toBe(4);
  });

  it('the reader the build uses refuses links and text that is not UTF-8', () => {
    const folder = mkdtempSync(join(tmpdir(), 'reader-'));
    try {
      writeFileSync(join(folder, 'good.yaml'), 'a: b\n');
      writeFileSync(join(folder, 'latin1.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
      symlinkSync(join(folder, 'good.yaml'), join(folder, 'link.yaml'));
      expect(readContentText(join(folder, 'good.yaml'))).toBe('a: b\n');
      expect(() => readContentText(join(folder, 'latin1.yaml'))).toThrow(/UTF-8/);
      expect(() => readContentText(join(folder, 'link.yaml'))).toThrow(/link/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
