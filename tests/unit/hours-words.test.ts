/**
 * Opening hours in each language: "Mondays 10am to 1pm" said with the catalogue's words and the
 * language's clock, and the open-now note's words. The English words the browser scripts keep
 * (src/lib/directory/opening-hours.ts) are the English catalogue's.
 */
import { describe, expect, it } from 'vitest';
import { describeOpeningHours, describeOpenState, ENGLISH_HOURS_WORDS, ENGLISH_OPEN_NOW_WORDS, type Hours } from '../../src/lib/directory/opening-hours.ts';
import { hoursWords, openNowWords } from '../../src/lib/i18n/hours-words.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { translator } from '../../src/lib/i18n/translate.ts';

const HOURS: Hours[] = [
  { days: ['monday'], opens: '10:00', closes: '13:00' },
  { days: ['tuesday', 'wednesday', 'thursday', 'friday'], opens: '09:30', closes: '17:00' },
  { days: ['saturday', 'sunday'], opens: '12:00', closes: '16:00', note: 'Term time only' },
];
const EVERY_DAY: Hours[] = [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'], opens: '08:00', closes: '20:00' }];

const expected: Record<string, { hours: string[]; everyDay: string; open: string; closed: string }> = {
  en: {
    hours: ['Mondays, 10am to 1pm', 'Tuesdays to Fridays, 9:30am to 5pm', 'Saturdays and Sundays, midday to 4pm (Term time only)'],
    everyDay: 'Every day, 8am to 8pm',
    open: 'Open now, until 1pm',
    closed: 'Closed now. Opens Tuesday at 9:30am',
  },
  cy: {
    hours: ['Dydd Llun, 10:00 i 13:00', 'Dydd Mawrth–Dydd Gwener, 09:30 i 17:00', 'Dydd Sadwrn a Dydd Sul, 12:00 i 16:00 (Term time only)'],
    everyDay: 'Bob dydd, 08:00 i 20:00',
    open: 'Ar agor nawr, tan 13:00',
    closed: 'Ar gau nawr. Yn agor Dydd Mawrth am 09:30',
  },
  ur: {
    hours: ['پیر، 10:00 سے 13:00', 'منگل سے جمعہ، 09:30 سے 17:00', 'ہفتہ اور اتوار، 12:00 سے 16:00 (Term time only)'],
    everyDay: 'ہر روز، 08:00 سے 20:00',
    open: 'ابھی کھلا ہے، 13:00 تک',
    closed: 'ابھی بند ہے۔ منگل 09:30 بجے کھلے گا',
  },
  pl: {
    hours: ['poniedziałek: 10:00–13:00', 'wtorek–piątek: 09:30–17:00', 'sobota i niedziela: 12:00–16:00 (Term time only)'],
    everyDay: 'Codziennie: 08:00–20:00',
    open: 'Teraz otwarte, do 13:00',
    closed: 'Teraz zamknięte. Otwarcie: Wtorek, 09:30',
  },
};

describe('opening hours in each language', () => {
  it('has an expectation for every language of the site', () => {
    expect(Object.keys(expected).sort()).toEqual(LANGUAGES.map((language) => language.code).sort());
  });

  for (const language of LANGUAGES) {
    const t = translator(language.code);
    const want = expected[language.code]!;
    it(`${language.englishName}: the hours in words, with the language's clock`, () => {
      expect(describeOpeningHours(HOURS, hoursWords(t))).toEqual(want.hours);
      expect(describeOpeningHours(EVERY_DAY, hoursWords(t))).toEqual([want.everyDay]);
    });

    it(`${language.englishName}: open now, and when it opens next`, () => {
      const words = openNowWords(t);
      expect(describeOpenState({ open: true, closes: '13:00' }, 'monday', words)).toBe(want.open);
      expect(describeOpenState({ open: false, opensNext: { day: 'tuesday', time: '09:30' } }, 'monday', words)).toBe(want.closed);
      expect(describeOpenState({ open: false, opensNext: { day: 'monday', time: '09:30' } }, 'monday', words)).toContain(t('service.hours.today'));
      expect(JSON.parse(JSON.stringify(words))).toEqual(words);
    });
  }

  it("the English words the scripts keep are the English catalogue's", () => {
    const english = translator('en');
    const { time: _catalogueTime, ...fromCatalogue } = hoursWords(english);
    const { time: _ownTime, ...own } = ENGLISH_HOURS_WORDS;
    expect(own).toEqual(fromCatalogue);
    expect({ ...ENGLISH_OPEN_NOW_WORDS, weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] }).toEqual(openNowWords(english));
    expect(describeOpenState({ open: false, opensNext: { day: 'wednesday', time: '14:00' } }, 'monday')).toBe('Closed now. Opens Wednesday at 2pm');
    expect(describeOpeningHours(HOURS)).toEqual(expected.en!.hours);
  });
});
