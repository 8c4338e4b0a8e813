import { z } from 'astro/zod';
import { nineCs } from '../lib/vocabulary/index.ts';
import { isoDate, oneOf, text } from './fields.ts';

/** A page of guidance on the 9 C's (`content/guides/*.mdx`, written by the maintainers). */
export const guideSchema = z.strictObject({
  title: text({ max: 100 }).describe('The page title.'),
  description: text({ max: 250 }).describe('One or two sentences that say what the page covers.'),
  c: oneOf(nineCs, 'one of the 9 C\'s').optional().describe('Which of the 9 C\'s this page is about. Leave out for the overview.'),
  updated: isoDate().describe('When the guidance was last reviewed, as YYYY-MM-DD.'),
});

export type Guide = z.infer<typeof guideSchema>;
