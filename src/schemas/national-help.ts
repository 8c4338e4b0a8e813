import { z } from 'astro/zod';
import { barriers, kindsOfHelp, needs } from '../lib/vocabulary/index.ts';
import { idRef, isoDate, someOf, text, tooMany, ukPhone, webLink } from './fields.ts';

/**
 * Real help anyone in the UK can use (`content/national-help.yaml`): a helpline, a scheme or a
 * GOV.UK page. Shown on the find-help page, on referral cards for the needs it meets, and in the
 * lessons that name it. Each one says where it comes from and when someone last checked it.
 */
export const nationalHelpSchema = z.strictObject({
  id: idRef().describe('A short id, like "ofcom-social-tariffs". Lessons name it in nationalHelp.'),
  name: text({ max: 100 }).describe('Its name, as people will see it, like "Cheaper broadband: social tariffs".'),
  what: text({ max: 300 }).describe('What it does for people, in one or two plain sentences.'),
  runBy: text({ max: 120 }).describe('Who runs it, like "Ofcom" or "Citizens Advice".'),
  link: webLink()
    .refine((url) => !/^https?:\/\/[^/]+\/?$/.test(url), { error: 'This is the home page of a website. Link to the page about this help.' })
    .describe('The web page about this help (not a home page).'),
  phone: ukPhone().optional().describe('A phone number people can call, if there is one.'),
  text: z
    .string({ error: 'Write the number to text as digits, like "7726".' })
    .regex(/^\d{3,11}$/, { error: 'Write the number to text as digits only, like "7726".' })
    .optional()
    .describe('A number people can send a text message to, if there is one, like "7726".'),
  textNote: text({ max: 200 }).optional().describe('What to send to the text number, like "Forward the scam text to 7726. It is free."'),
  kinds: someOf(kindsOfHelp, 'a kind of help', { min: 0 }).optional().describe('Kinds of help it gives, like [social-tariffs].'),
  needs: someOf(needs, 'a need', { min: 0 }).optional().describe('Needs from the triage tool it meets: the referral card shows it for these.'),
  barriers: someOf(barriers, 'a barrier', { min: 0 }).optional().describe('Barriers it helps with: the referral card shows it for these.'),
  checkedOn: isoDate().optional().describe('When someone last opened the link and checked the details, as YYYY-MM-DD. Leave it out until someone has.'),
});

export const nationalHelpFileSchema = z.array(nationalHelpSchema, { error: 'national-help.yaml should be a list, each item starting with "- id:".' }).max(500, tooMany(500));

export type NationalHelp = z.infer<typeof nationalHelpSchema>;
