import { z } from 'astro/zod';
import { organisationKinds } from '../lib/vocabulary/index.ts';
import { isCharityNumber } from '../lib/charity-number.ts';
import { email, oneOf, text, ukPhone, webLink } from './fields.ts';

/** A registered charity number of England and Wales, Scotland or Northern Ireland, kept as text. */
function charityNumber() {
  return z
    .string({
      error: (issue) =>
        typeof issue.input === 'number' ? 'Put the charity number in quotes, like "1177548". Without quotes it is read as a number.' : 'Write the charity number as text in quotes, like "1177548".',
    })
    .refine(isCharityNumber, {
      error:
        'This is not a registered charity number. Write it as the charity register does: 6 or 7 digits in England and Wales ("1177548"), SC and 6 digits in Scotland ("SC007427"), NIC and 6 digits in Northern Ireland ("NIC104226"), with no spaces. Leave it out if the organisation is not a registered charity.',
    });
}

/** A partner organisation (`content/organisations/<id>.yaml`). Services, courses, case studies and signatories point to it. */
export const organisationSchema = z.strictObject({
  name: text({ max: 120 }).describe('The full name of the organisation.'),
  kind: oneOf(organisationKinds, 'a kind of organisation').describe('What kind of organisation it is.'),
  summary: text({ max: 300 }).describe('What the organisation does, in one or two plain sentences.'),
  website: webLink().optional().describe("The organisation's website."),
  email: email().optional().describe('A general or team email address. Never a personal address.'),
  phone: ukPhone().optional().describe('A general phone number.'),
  charityNumber: charityNumber()
    .optional()
    .describe(
      'The registered charity number, if it is a charity: 6 or 7 digits (England and Wales), SC and 6 digits (Scotland) or NIC and 6 digits (Northern Ireland). Imports use it to recognise the organisation.',
    ),
  champions: text({ max: 400 }).optional().describe('How someone can become a Digital Champion with this organisation. Leave out if it does not recruit champions.'),
});

export type Organisation = z.infer<typeof organisationSchema>;
