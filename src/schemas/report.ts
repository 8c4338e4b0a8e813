import { z } from 'astro/zod';
import { themes } from '../lib/vocabulary/index.ts';
import { isoDate, someOf, text, webLink } from './fields.ts';

/** A report the knowledge store hosts or links to (`content/reports/<id>.yaml`). */
export const reportSchema = z
  .strictObject({
    title: text({ max: 200 }).describe('The title of the report.'),
    publisher: text({ max: 120 }).describe('Who published it: the organisation named on the document itself.'),
    date: isoDate().optional().describe('When it was published, as YYYY-MM-DD, if you know the exact day. Otherwise give year.'),
    year: z.number({ error: 'Write the year as a number, like 2021.' }).int().min(1990).max(2100).optional().describe('The year it was published, if you do not know the exact day.'),
    approximate: z.boolean({ error: 'Write approximate: true if the year is a best guess.' }).optional().describe('true if the year is a best guess: it shows as "about 2013".'),
    summary: text({ max: 600 }).describe('What the report found or recommends, in a few sentences.'),
    topics: someOf(themes, 'a topic').describe('What the report is about.'),
    link: webLink().optional().describe("The web address of the document itself (not the publisher's home page)."),
    file: z
      .string()
      .regex(/^\/reports\/[a-z0-9-]+\.(pdf|csv|ods|odt|docx)$/, {
        error:
          'Give the path of a file in public/reports/, like "/reports/annual-review-2024.pdf". Reports hosted here are PDF, CSV or office documents (.ods, .odt, .docx); for a web page, give its address as link.',
      })
      .optional()
      .describe('The path of a copy kept in public/reports/, like "/reports/annual-review-2024.pdf".'),
    notOnline: text({ max: 300 }).optional().describe('If the document is not online: say so and how to get it, like "Ask the council for a copy."'),
  })
  .refine((report) => [report.link, report.file, report.notOnline].filter((value) => value !== undefined).length === 1, {
    error: 'Give one of: link (the web address of the document), file (a copy in public/reports/) or notOnline (how to get it, if it is not online).',
    path: ['link'],
  })
  .refine((report) => !(report.date && report.year), { error: 'Give date (an exact day) or year, not both.', path: ['year'] })
  .refine((report) => !(report.approximate && !report.year), { error: 'approximate goes with year: give the year you think it was published.', path: ['approximate'] })
  .refine((report) => !report.link || !/^https?:\/\/[^/]+\/?$/.test(report.link), {
    error: 'This is the home page of a website. Link to the document itself, or use notOnline to say it is not online.',
    path: ['link'],
  });

export type Report = z.infer<typeof reportSchema>;
