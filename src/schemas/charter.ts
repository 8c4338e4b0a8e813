import { z } from 'astro/zod';
import { idRef, isoDate, LIST_MAX, text, textList, tooMany } from './fields.ts';

/** The charter text (`content/charter/charter.md`). */
export const charterSchema = z.strictObject({
  title: text({ max: 100 }).describe("The charter's title."),
  summary: text({ max: 300 }).describe('What the charter is, in one or two sentences.'),
  updated: isoDate().describe('When the charter was last changed, as YYYY-MM-DD.'),
});

/** One pledge that signatories can choose (`content/charter/pledges.yaml`). */
export const pledgeSchema = z.strictObject({
  id: idRef().describe('A short id that signatories use, like "signpost".'),
  title: text({ max: 120 }).describe('The pledge in a few words.'),
  description: text({ max: 400 }).describe('What an organisation does when it makes this pledge.'),
});

export const pledgesFileSchema = z.array(pledgeSchema, { error: 'pledges.yaml should be a list, each item starting with "- id:".' }).max(LIST_MAX, tooMany(LIST_MAX));

/** An organisation that has signed the charter (`content/charter/signatories/<organisation>.yaml`). */
export const signatorySchema = z
  .strictObject({
    organisation: idRef().describe('The id of the organisation (a file in content/organisations/).'),
    signed: isoDate().describe('When the organisation signed, as YYYY-MM-DD.'),
    pledges: z.array(idRef()).min(1, { error: 'Choose at least one pledge.' }).max(LIST_MAX, tooMany(LIST_MAX)).describe('The ids of the pledges chosen (from content/charter/pledges.yaml).'),
    commitments: textList({ max: 300 }).describe('What the organisation will do, in its own words.'),
    review: isoDate().describe('When the organisation will review its pledges, as YYYY-MM-DD.'),
    caseStudies: z.array(idRef()).max(200, tooMany(200)).optional().describe("Ids of the organisation's case studies."),
    services: z.array(idRef()).max(200, tooMany(200)).optional().describe("Ids of the organisation's services in the directory."),
    sample: z
      .boolean({ error: 'Write sample: true for a made-up signatory, or leave it out.' })
      .optional()
      .describe('true for made-up example signatories. They are labelled as samples on the site and in the data.'),
  })
  .refine((s) => s.review > s.signed, { error: 'The review date must be after the date signed.', path: ['review'] });

export type Charter = z.infer<typeof charterSchema>;
export type Pledge = z.infer<typeof pledgeSchema>;
export type Signatory = z.infer<typeof signatorySchema>;
