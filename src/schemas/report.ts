import { z } from 'astro/zod';
import { themes } from '../lib/vocabulary/index.ts';
import { isoDate, someOf, text, webLink } from './fields.ts';

/** A report the knowledge store hosts or links to (`content/reports/<id>.yaml`). */
export const reportSchema = z
  .strictObject({
    title: text({ max: 200 }).describe('The title of the report.'),
    publisher: text({ max: 120 }).describe('Who published it.'),
    date: isoDate().describe('When it was published, as YYYY-MM-DD.'),
    summary: text({ max: 600 }).describe('What the report found or recommends, in a few sentences.'),
    topics: someOf(themes, 'a topic').describe('What the report is about.'),
    link: webLink().optional().describe('Where to read it online.'),
    file: z
      .string()
      .regex(/^\/reports\/[a-z0-9-]+\.(pdf|odt|docx|csv|html)$/, { error: 'Give the path of a file in public/reports/, like "/reports/annual-review-2024.pdf".' })
      .optional()
      .describe('The path of a copy kept in public/reports/, like "/reports/annual-review-2024.pdf".'),
  })
  .refine((report) => (report.link === undefined) !== (report.file === undefined), {
    error: 'Give either link (a web address) or file (a file in public/reports/), not both and not neither.',
    path: ['link'],
  });

export type Report = z.infer<typeof reportSchema>;
