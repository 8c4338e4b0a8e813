import { z } from 'astro/zod';
import { organisationKinds } from '../lib/vocabulary/index.ts';
import { email, oneOf, text, ukPhone, webLink } from './fields.ts';

/** A partner organisation (`content/organisations/<id>.yaml`). Services, courses, case studies and signatories point to it. */
export const organisationSchema = z.strictObject({
  name: text({ max: 120 }).describe('The full name of the organisation.'),
  kind: oneOf(organisationKinds, 'a kind of organisation').describe('What kind of organisation it is.'),
  summary: text({ max: 300 }).describe('What the organisation does, in one or two plain sentences.'),
  website: webLink().optional().describe("The organisation's website."),
  email: email().optional().describe('A general or team email address. Never a personal address.'),
  phone: ukPhone().optional().describe('A general phone number.'),
  champions: text({ max: 400 }).optional().describe('How someone can become a Digital Champion with this organisation. Leave out if it does not recruit champions.'),
});

export type Organisation = z.infer<typeof organisationSchema>;
