import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { courseAreas, isCourseListed, sessionCalendar, sessionFileName, upcomingSessions } from '../../src/lib/courses.ts';

const course = {
  title: 'Tablet basics, for beginners; week 1',
  summary: 'Learn to use a tablet, at your own pace.',
  lastChecked: '2026-11-01',
  location: { name: 'Library', address: ['1 High Street'], town: 'North Town', postcode: 'NM1 1AA', area: 'north' },
  format: 'in-person' as const,
  sessions: [
    { date: '2026-11-10', starts: '10:00', ends: '12:00' },
    { date: '2026-11-23', starts: '14:00', ends: '15:30' },
    { date: '2027-07-05', starts: '10:00', ends: '12:00', note: 'Week 3' },
  ],
};

describe('course sessions (with a fixed "today")', () => {
  it("leaves past sessions out, keeping today's", () => {
    expect(upcomingSessions(course, '2026-11-23').map((s) => s.date)).toEqual(['2026-11-23', '2027-07-05']);
    expect(upcomingSessions(course, '2027-07-06')).toEqual([]);
  });
  it('drops a course from listings when every session has passed, but never an ongoing one', () => {
    expect(isCourseListed(course, '2027-07-05')).toBe(true);
    expect(isCourseListed(course, '2027-07-06')).toBe(false);
    expect(isCourseListed({ ongoing: true }, '2099-01-01')).toBe(true);
  });
  it('places online courses in "online"', () => {
    expect(courseAreas(course)).toEqual(['north']);
    expect(courseAreas({ format: 'online' })).toEqual(['online']);
    expect(courseAreas({ ...course, format: 'mixed' })).toEqual(['north', 'online']);
  });
});

describe('"add to calendar" files', () => {
  const session = course.sessions[2]!;
  const ics = sessionCalendar({ course, session, url: 'https://example.org/courses/tablet-basics/', uid: 'tablet-basics-2027-07-05-1000@example.org', organiser: 'Example Hub' });
  it('parse as iCalendar, in UK summer time, with the course details', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    ICAL.TimezoneService.register(zone, 'Europe/London');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(course.title);
    expect(event.location).toBe('Library, 1 High Street, North Town, NM1 1AA');
    expect(event.startDate.toString()).toBe('2027-07-05T10:00:00');
    expect(event.startDate.zone?.tzid).toBe('Europe/London');
    expect(event.endDate.toString()).toBe('2027-07-05T12:00:00');
    expect(event.description).toContain('Week 3');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-07-05T09:00:00.000Z');
  });
  it('use CRLF line ends and fold long lines, and are the same every time', () => {
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(sessionCalendar({ course, session, url: 'https://example.org/courses/tablet-basics/', uid: 'tablet-basics-2027-07-05-1000@example.org', organiser: 'Example Hub' })).toBe(ics);
    expect(sessionFileName(session)).toBe('2027-07-05-1000.ics');
  });
});
