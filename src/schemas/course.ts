import { z } from 'astro/zod';
import { audiences, edsAreas, edsLevels, languages } from '../lib/vocabulary/index.ts';
import { clockTime, email, idRef, isoDate, oneOf, roleName, someOf, text, textList, tooMany, ukPhone, ukPostcode, webLink } from './fields.ts';
import { costSchema } from './service.ts';

const sessionSchema = z
  .strictObject({
    date: isoDate().describe('The date of the session, as YYYY-MM-DD.'),
    starts: clockTime().describe('Start time on the 24-hour clock, like "10:00".'),
    ends: clockTime().describe('End time on the 24-hour clock, like "12:00".'),
    note: text({ max: 120 }).optional().describe('Anything about this session, like "Week 1 of 4".'),
  })
  .refine((session) => session.starts < session.ends, { error: 'The end time must be later than the start time.', path: ['ends'] });

/** A course listing (`content/courses/<id>.yaml`). */
export const courseSchema = z
  .strictObject({
    title: text({ max: 100 }).describe('The course name, like "Get started with a tablet".'),
    provider: idRef().describe('The id of the organisation that runs it (a file in content/organisations/).'),
    summary: text({ max: 200 }).describe('One short sentence that says what people will learn.'),
    description: text({ max: 2000 }).describe('What the course covers and who it suits.'),
    edsAreas: someOf(edsAreas, 'an Essential Digital Skills area').describe('Essential Digital Skills areas it covers: communicating, handling-information, transacting, problem-solving, being-safe.'),
    level: oneOf(edsLevels, 'a level').describe('foundation, life or work.'),
    format: z.enum(['in-person', 'online', 'mixed'], { error: 'Use in-person, online or mixed.' }).describe('in-person, online or mixed.'),
    location: z
      .strictObject({
        name: text({ max: 120 }).describe('The name of the venue.'),
        address: textList({ max: 120 }).describe('The street address, one line per item.'),
        town: text({ max: 80 }).describe('The town or city.'),
        postcode: ukPostcode().describe('The postcode.'),
        area: idRef().describe('The id of the area (from content/areas.yaml).'),
      })
      .optional()
      .describe('Where the course happens. Needed for in-person and mixed courses.'),
    joinLink: webLink().optional().describe('Where to join online. Needed for online courses unless people book by phone.'),
    cost: costSchema.describe('What it costs.'),
    audiences: someOf(audiences, 'an audience').describe('Who it is for.'),
    languages: someOf(languages, 'a language code').describe('Languages it is taught in, as codes like en.'),
    accessibility: text({ max: 300 }).optional().describe('How the course and venue suit disabled people.'),
    booking: z
      .strictObject({
        method: z.enum(['phone', 'link', 'email', 'turn-up'], { error: 'Use phone, link, email or turn-up.' }).describe('How to book: phone, link, email or turn-up.'),
        phone: ukPhone().optional().describe('The number to call to book.'),
        url: webLink().optional().describe('The booking page.'),
        email: email().optional().describe('The email address to book by.'),
      })
      .refine((b) => (b.method !== 'phone' || b.phone) && (b.method !== 'link' || b.url) && (b.method !== 'email' || b.email), {
        error: 'Give the phone number, link or email address that matches the booking method.',
      })
      .describe('How to book a place.'),
    sessions: z.array(sessionSchema).max(200, tooMany(200)).optional().describe('The dates and times of the sessions. Leave out for a self-paced or ongoing course.'),
    ongoing: z.boolean().optional().describe('true for a self-paced or ongoing course with no fixed dates.'),
    lastChecked: isoDate().describe('When the details were last checked, as YYYY-MM-DD.'),
    checkedBy: roleName().describe('The team or organisation that checked it.'),
    sample: z.boolean().optional().describe('true for made-up example courses.'),
  })
  .refine((course) => course.format === 'online' || course.location !== undefined, {
    error: 'An in-person or mixed course needs a location.',
    path: ['location'],
  })
  .refine((course) => (course.sessions?.length ?? 0) > 0 || course.ongoing === true, {
    error: 'List the sessions, or write ongoing: true for a self-paced or ongoing course.',
    path: ['sessions'],
  });

export type Course = z.infer<typeof courseSchema>;
