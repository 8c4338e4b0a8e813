/**
 * Outputs other than HTML, on both built sites: every calendar file is read by a maintained
 * iCalendar parser (ical.js) as one calendar with one event and nothing else, and no CSV file
 * holds a cell a spreadsheet would run as a formula.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVERY_BUILT_SITE, TEST_SITE } from '../support/built-site.ts';
import { looksLikeFormula, parseCsv } from '../../src/lib/csv.ts';

const EVENT_PROPERTIES = new Set(['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'description', 'location', 'url']);

for (const site of EVERY_BUILT_SITE)
  describe(`calendar and CSV files, ${site.name}`, () => {
    site.requireBuilt();
    const files = site.files();

    it('every .ics file parses with ical.js as one event with only the expected properties', () => {
      const calendars = files.filter((file) => file.endsWith('.ics'));
      // The fixture site has courses with sessions, so this can fail; a council's own content may have none.
      if (site === TEST_SITE) expect(calendars.length).toBeGreaterThan(0);
      for (const file of calendars) {
        const text = readFileSync(join(site.dist, file), 'utf8');
        expect(text.replace(/\r\n/g, ''), `${file} has a bare line break`).not.toMatch(/[\r\n]/);
        const calendar = new ICAL.Component(ICAL.parse(text));
        expect(calendar.name).toBe('vcalendar');
        const events = calendar.getAllSubcomponents('vevent');
        expect(events, file).toHaveLength(1);
        expect(
          calendar
            .getAllSubcomponents()
            .map((c) => c.name)
            .sort(),
          file,
        ).toEqual(['vevent', 'vtimezone']);
        const properties = events[0]!.getAllProperties().map((p) => p.name);
        expect(
          properties.filter((name) => !EVENT_PROPERTIES.has(name)),
          file,
        ).toEqual([]);
        expect(new Set(properties).size, `${file} repeats a property`).toBe(properties.length);
      }
    });

    it('no CSV cell starts like a spreadsheet formula', () => {
      const csvFiles = files.filter((file) => file.endsWith('.csv'));
      expect(csvFiles).toContain('charter/signatories.csv');
      for (const file of csvFiles) {
        for (const row of parseCsv(readFileSync(join(site.dist, file), 'utf8'))) {
          const formula = row.cells.find(looksLikeFormula);
          expect(formula, `${file} line ${row.line}`).toBeUndefined();
        }
      }
    });
  });
