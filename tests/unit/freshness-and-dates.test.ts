import { describe, expect, it } from 'vitest';
import { addMonths, freshness, today } from '../../src/lib/freshness.ts';
import { formatDateWithDay, formatLongDate, formatTime } from '../../src/lib/dates.ts';

describe('freshness of a listing', () => {
  it('adds calendar months, keeping to the end of short months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-15', 9)).toBe('2026-12-15');
    expect(addMonths('2026-11-23', 12)).toBe('2027-11-23');
  });
  it('is fresh for 9 months, due for review from 9, out of date from 12', () => {
    expect(freshness('2026-03-01', '2026-11-30')).toBe('fresh');
    expect(freshness('2026-03-01', '2026-12-01')).toBe('due-for-review');
    expect(freshness('2025-12-01', '2026-11-30')).toBe('due-for-review');
    expect(freshness('2025-12-01', '2026-12-01')).toBe('out-of-date');
  });
  it('can fix today for tests and reproducible builds', () => {
    expect(today({ SITE_TODAY: '2026-01-02' })).toBe('2026-01-02');
    expect(() => today({ SITE_TODAY: 'tomorrow' })).toThrow(/YYYY-MM-DD/);
    expect(today({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('dates and times in words', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatLongDate('2021-08-31')).toBe('31 August 2021');
    expect(formatDateWithDay('2027-01-12')).toBe('Tuesday 12 January 2027');
  });
  it('writes times as people say them', () => {
    expect(formatTime('10:00')).toBe('10am');
    expect(formatTime('13:30')).toBe('1:30pm');
    expect(formatTime('12:00')).toBe('midday');
    expect(formatTime('00:00')).toBe('midnight');
    expect(formatTime('09:05')).toBe('9:05am');
  });
});
