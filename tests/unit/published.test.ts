import { describe, expect, it } from 'vitest';
import { publishedSortKey, publishedWords } from '../../src/lib/published.ts';

describe('when something was published, only as precisely as known', () => {
  it('says a day, a year, about a year, or that the date is not known', () => {
    expect(publishedWords({ date: '2021-08-31' })).toBe('31 August 2021');
    expect(publishedWords({ year: 2021 })).toBe('2021');
    expect(publishedWords({ year: 2013, approximate: true })).toBe('about 2013');
    expect(publishedWords({})).toBe('date not known');
  });

  it('sorts newest first with a year after the days of the year before, and no date last', () => {
    const items = [{}, { year: 2021 }, { date: '2022-07-20' }, { date: '2021-08-31' }, { year: 2013, approximate: true }];
    const sorted = [...items].sort((a, b) => publishedSortKey(b).localeCompare(publishedSortKey(a)));
    expect(sorted.map(publishedWords)).toEqual(['20 July 2022', '2021', '31 August 2021', 'about 2013', 'date not known']);
  });
});
