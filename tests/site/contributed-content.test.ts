/**
 * A copy of the fixture site with what contributors send that the sample does not have, built
 * once for two sets of checks.
 *
 * Contributed Markdown is data, not code: a hostile case study is added, and the build runs with
 * the content check skipped (the check would refuse it), to prove that the build itself never
 * publishes what it carries.
 *
 * The content check and the build read the same files the same way: the same reader for YAML
 * (src/lib/yaml.ts) and the same content model for which files count. Before, Astro's own YAML
 * reading turned date-like text into a date, so a note like `hoursNote: 2026-12-25` passed the
 * check as text and then stopped the build; and a README.md for editors in case-studies/ was
 * skipped by the check but read by the build as a case study, which stopped the build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { buildCopy, copyProject } from '../../scripts/lib/project-copy.ts';
import { FIXTURE_CONTENT } from '../../scripts/lib/test-site.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';

/** The hostile case study, which only the build (with the check skipped) reads. */
const HOSTILE_FILE = 'content/case-studies/hostile-case-study.md';
const FILE = join('content', 'services', 'town-centre-library-wifi-and-computers.yaml');
/** "Birmingham" in Panjabi (Gurmukhi script): a place name with no Latin letters. */
const PLACE_IN_GURMUKHI = 'ਬਰਮਿੰਘਮ';
/** Unquoted in a case study's front matter: Astro's own front matter reader made it a date. */
const DATE_LIKE_PERIOD = '2019-04-01';
let root: string;
let build: { status: number | null; output: string };

beforeAll(() => {
  root = copyProject('knowledge-store-contributed-', { content: FIXTURE_CONTENT });
  copyFileSync(join(import.meta.dirname, '..', 'fixtures', 'hostile-markdown', 'hostile-case-study.md'), join(root, HOSTILE_FILE));
  const original = readFileSync(join(root, FILE), 'utf8');
  const changed = original.replace('hoursNote: Closed on Sundays and bank holidays.', 'hoursNote: 2026-12-25');
  if (changed === original) throw new Error(`The fixture ${FILE} no longer has the hours note this test changes.`);
  writeFileSync(join(root, FILE), changed);
  writeFileSync(join(root, 'content', 'case-studies', 'README.md'), '# Case studies\n\nOne Markdown file for each case study. See CONTRIBUTING.md.\n');
  const caseStudy = join(root, 'content', 'case-studies', 'kent-digital-champions.md');
  const story = readFileSync(caseStudy, 'utf8');
  const changedStory = story.replace('  - Kent\n', `  - Kent\n  - ${PLACE_IN_GURMUKHI}\n`).replace(/^period: .*$/m, `period: ${DATE_LIKE_PERIOD}`);
  if (!changedStory.includes(`period: ${DATE_LIKE_PERIOD}\n`)) throw new Error('The fixture case study kent-digital-champions.md no longer has the period this test changes.');
  writeFileSync(caseStudy, changedStory);
  writeFileSync(join(root, 'content', 'modules', 'being-a-digital-champion', 'README.md'), '# Notes for editors\n\nLessons are numbered by their order field.\n');
  build = buildCopy(root, { env: { SITE_TODAY: '2026-11-23' }, skipContentCheck: true });
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('contributed Markdown is data, not code', () => {
  it('builds, and the safe text reaches the page', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    const html = readFileSync(join(root, 'dist', 'case-studies', 'hostile-case-study', 'index.html'), 'utf8');
    expect(html).toContain('HOSTILE-FIXTURE-VISIBLE');
  });

  it('puts no script, event handler, iframe, object, form, style or javascript:/data: URL into the built page', () => {
    const html = readFileSync(join(root, 'dist', 'case-studies', 'hostile-case-study', 'index.html'), 'utf8');
    const main = parse(html).querySelector('main')!;
    expect(main.querySelectorAll('script, iframe, object, embed, form, style, img, svg')).toHaveLength(0);
    const attributes = main.querySelectorAll('*').flatMap((el) => Object.entries(el.attributes));
    expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
    expect(attributes.filter(([, value]) => /^\s*(javascript|data|vbscript):/i.test(value))).toEqual([]);
    expect(main.querySelectorAll('[style]')).toHaveLength(0);
    expect(main.toString()).not.toMatch(/evil\.example\/(pixel|x\.swf|steal)"/);
  });

  it('lists a tagged case study on the page of its C (related content comes from tags)', () => {
    const html = readFileSync(join(root, 'dist', 'nine-cs', 'cost', 'index.html'), 'utf8');
    expect(html).toContain('href="/case-studies/hostile-case-study/"');
    const other = readFileSync(join(root, 'dist', 'nine-cs', 'channel', 'index.html'), 'utf8');
    expect(other).not.toContain('/case-studies/hostile-case-study/');
  });
});

describe('the content check and the build read YAML alike', () => {
  it('the check reads unquoted date-like text as text, and accepts it', () => {
    const result = checkContent({ root, today: '2026-11-23' });
    expect(result.problems.filter((p) => p.severity === 'error' && p.file !== HOSTILE_FILE)).toEqual([]);
    const service = result.entries.get('services')!.find((entry) => entry.id === 'town-centre-library-wifi-and-computers')!;
    expect(service.data.locations?.[0]?.hoursNote).toBe('2026-12-25');
  });

  it("a case study's front matter is read alike too: date-like text stays text, in the check and on the page", () => {
    const result = checkContent({ root, today: '2026-11-23' });
    const story = result.entries.get('caseStudies')!.find((entry) => entry.id === 'kent-digital-champions')!;
    expect(story.data.period).toBe(DATE_LIKE_PERIOD);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(readFileSync(join(root, 'dist', 'case-studies', 'kent-digital-champions', 'index.html'), 'utf8')).toContain(DATE_LIKE_PERIOD);
  });

  it('the check skips a README.md for editors in a content folder', () => {
    const result = checkContent({ root, today: '2026-11-23' });
    expect(result.problems.filter((p) => p.file.endsWith('README.md'))).toEqual([]);
    expect(result.entries.get('caseStudies')!.map((entry) => entry.id)).not.toContain('README');
  });

  it('the build skips it too, and builds no page for it', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(existsSync(join(root, 'dist', 'case-studies', 'readme'))).toBe(false);
    expect(existsSync(join(root, 'dist', 'case-studies', 'README'))).toBe(false);
  });

  it('a place name with no Latin letters gets its own page of case studies, and a link to it', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const placePage = join(root, 'dist', 'case-studies', 'place', PLACE_IN_GURMUKHI, 'index.html');
    expect(existsSync(placePage)).toBe(true);
    expect(readFileSync(placePage, 'utf8')).toContain('/case-studies/kent-digital-champions/');
    const caseStudyPage = readFileSync(join(root, 'dist', 'case-studies', 'kent-digital-champions', 'index.html'), 'utf8');
    expect(caseStudyPage).toContain(PLACE_IN_GURMUKHI);
  });

  it('the build builds it, and the page shows the text as written', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const page = readFileSync(join(root, 'dist', 'services', 'town-centre-library-wifi-and-computers', 'index.html'), 'utf8');
    expect(page).toContain('2026-12-25');
  });
});
