/**
 * Outputs other than HTML (calendar files, CSV exports) stay well-formed whatever partners write,
 * and the schemas refuse the hidden characters that could break them.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { toCsv, parseCsv } from '../../src/lib/csv.ts';
import { sessionCalendar } from '../../src/lib/courses.ts';
import { text, textList, webLink } from '../../src/schemas/fields.ts';
import { caseStudySchema } from '../../src/schemas/case-study.ts';
import { checkWith, replaceOnce } from '../support/content-fixture.ts';
import { checkDatasetRows } from '../../src/lib/content-check/dataset-rows.ts';

const session = { date: '2027-07-05', starts: '10:00', ends: '12:00' };
const calendarFor = (title: string, summary = 'Learn to use a tablet.') =>
  sessionCalendar({
    course: { title, summary, lastChecked: '2026-11-01', location: { name: 'Library', address: ['1 High Street'], town: 'North Town', postcode: 'NM1 1AA', area: 'north' } },
    session,
    url: 'https://example.org/courses/tablet-basics/',
    uid: 'tablet-basics-2027-07-05-1000@example.org',
    organiser: 'Example Hub',
  });

describe('calendar files cannot be given extra lines', () => {
  for (const breakWith of ['\r', '\n', '\r\n', '\u2028']) {
    it(`keeps a title with ${JSON.stringify(breakWith)} in one SUMMARY (parsed by ical.js)`, () => {
      const title = `Tablets${breakWith}END:VEVENT${breakWith}BEGIN:VEVENT${breakWith}ATTACH:https://evil.example/x.exe${breakWith}ORGANIZER:mailto:evil@example.org`;
      const ics = calendarFor(title);
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const events = calendar.getAllSubcomponents('vevent');
      expect(events).toHaveLength(1);
      expect(events[0]!.getFirstPropertyValue('attach')).toBeNull();
      expect(events[0]!.getFirstPropertyValue('organizer')).toBeNull();
      expect(String(events[0]!.getFirstPropertyValue('summary'))).toContain('ORGANIZER:mailto:evil@example.org');
      // Every physical line is a property or a folded continuation: no bare CR anywhere.
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    });
  }
});

describe('CSV exports guard against spreadsheet formulas', () => {
  it('puts an apostrophe before a text cell that starts with =, +, -, @, tab or CR', () => {
    const cells = ['=HYPERLINK("https://evil.example","Click")', '+44 1632 960000', '-2+3', '@SUM(A1)', '\tx', 'plain', "'kept"];
    const [row] = parseCsv(toCsv([cells]));
    expect(row!.cells).toEqual(['\'=HYPERLINK("https://evil.example","Click")', "'+44 1632 960000", "'-2+3", "'@SUM(A1)", "'\tx", 'plain', "'kept"]);
  });
  it('leaves numbers alone', () => {
    expect(toCsv([[-5, 3.5, '12']])).toBe('-5,3.5,12\r\n');
  });
});

describe('text fields refuse hidden characters', () => {
  const refused: [string, string][] = [
    ['a carriage return', 'Tablets\rEND:VEVENT'],
    ['a NUL', 'Tablets\u0000'],
    ['a right-to-left override', 'Tablets \u202Eexe.fdp'],
    ['a bidi isolate', 'Tablets \u2066x\u2069'],
    ['an escape character', 'Tablets \u001B[31m'],
    ['a line separator', 'Tablets\u2028more'],
    ['only zero-width spaces', '\u200B\u200B'],
    ['only a zero-width joiner and a byte order mark', '\u200D\uFEFF\u2060'],
  ];
  for (const [what, value] of refused) {
    it(`refuses ${what}, saying what to do`, () => {
      const result = text().safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.message).toMatch(/hidden|invisible/i);
    });
  }
  it('still accepts ordinary text, new lines, tabs, accents, emoji and right-to-left scripts', () => {
    for (const ok of ['Café, £5', 'Line one\nLine two', 'a\tb', 'اردو میں مدد', 'Wi-Fi 📶', 'Zero\u200Bwidth inside words is fine']) expect(text().safeParse(ok).success, ok).toBe(true);
  });
  it('gives every text field a length limit, even with no max of its own', () => {
    expect(text().safeParse('x'.repeat(5000)).success).toBe(true);
    expect(text().safeParse('x'.repeat(5001)).success).toBe(false);
  });
});

describe('size limits', () => {
  it('refuses a web address over 2,000 characters, or with hidden characters', () => {
    expect(webLink().safeParse(`https://example.org/${'a'.repeat(1900)}`).success).toBe(true);
    expect(webLink().safeParse(`https://example.org/${'a'.repeat(3000)}`).success).toBe(false);
    expect(webLink().safeParse('https://example.org/\u202Egpj.exe').success).toBe(false);
  });
  it('refuses a list longer than its limit', () => {
    expect(textList().safeParse(Array.from({ length: 50 }, (_, i) => `item ${i}`)).success).toBe(true);
    const long = textList().safeParse(Array.from({ length: 51 }, (_, i) => `item ${i}`));
    expect(long.success).toBe(false);
    expect(long.error!.issues[0]!.message).toMatch(/50 or fewer/);
  });
  it('refuses a case study with 3,000 places (each place makes a page)', () => {
    const places = Array.from({ length: 3000 }, (_, i) => `Town ${i}`);
    const result = caseStudySchema.shape.places.safeParse(places);
    expect(result.success).toBe(false);
  });
});

describe('the content check names the file, line and field of a hidden character', () => {
  it('a carriage return in a listing summary', () => {
    const result = checkWith([{ file: 'services/library-wifi.yaml', contents: (t) => replaceOnce(t, 'summary: Free Wi-Fi for everyone.', 'summary: "Free Wi-Fi\\rEND:VEVENT"') }]);
    const problem = result.problems.find((p) => p.field === 'summary');
    expect(problem, JSON.stringify(result.problems)).toMatchObject({ file: 'content/services/library-wifi.yaml', line: 4, severity: 'error' });
    expect(problem!.message).toMatch(/carriage return/);
  });
  it('a Markdown body with a NUL or over the length limit', () => {
    const nul = checkWith([{ file: 'case-studies/library-champions.md', contents: (t) => `${t}\nSome text\u0000 here.\n` }]);
    expect(
      nul.problems.find((p) => p.file === 'content/case-studies/library-champions.md' && /hidden/.test(p.message)),
      JSON.stringify(nul.problems),
    ).toBeDefined();
    const long = checkWith([{ file: 'case-studies/library-champions.md', contents: (t) => `${t}\n${'Words and more words. '.repeat(3000)}\n` }]);
    expect(
      long.problems.find((p) => p.file === 'content/case-studies/library-champions.md' && /50,000 characters/.test(p.message)),
      JSON.stringify(long.problems),
    ).toBeDefined();
  });
  it('a data set cell that a spreadsheet would run as a formula', () => {
    const columns = [
      { name: 'place', label: 'Place', type: 'text' as const },
      { name: 'people', label: 'People', type: 'number' as const },
    ];
    const { problems } = checkDatasetRows('place,people\nNorth,-5\n=HYPERLINK("https://evil.example"),10\n@SUM(A1),3\n', columns);
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
    expect(problems[0]!.message).toMatch(/formula/);
  });
});
