import { z } from 'astro/zod';
import { nineCs } from '../lib/vocabulary/index.ts';
import { idRef, isoDate, LIST_MAX, oneOf, text, tooMany } from './fields.ts';

const questionnaireItemSchema = z.strictObject({
  id: idRef().describe('A short id for the question, used as the column name in the CSV, like "has-email".'),
  question: text({ max: 200 }).describe('The question, as you would ask a customer.'),
  answers: z
    .array(text({ max: 100 }))
    .min(2)
    .max(LIST_MAX, tooMany(LIST_MAX))
    .optional()
    .describe('The answers to choose from. Leave out for a question people answer in their own words.'),
});

/** A page of guidance on the 9 C's (`content/guides/*.mdx`, written by the maintainers). */
export const guideSchema = z.strictObject({
  title: text({ max: 100 }).describe('The page title.'),
  description: text({ max: 250 }).describe('One or two sentences that say what the page covers.'),
  c: oneOf(nineCs, "one of the 9 C's").optional().describe("Which of the 9 C's this page is about. Leave out for the overview."),
  updated: isoDate().describe('When the guidance was last reviewed, as YYYY-MM-DD.'),
  questionnaire: z.array(questionnaireItemSchema).optional().describe('A standard set of questions organisations can ask their customers, shown on the page and offered as a CSV download.'),
});

export type Guide = z.infer<typeof guideSchema>;
