import { z } from 'astro/zod';
import { email, isoDate, text, textList, ukPhone, webLink } from './fields.ts';
import { translationsSchema } from './translations.ts';

/**
 * The site's identity (`content/site.yaml`). Another council runs its own copy of the
 * knowledge store by changing this file and the rest of `content/`, never the code.
 */
export const siteSchema = z.strictObject({
  name: text({ max: 80 }).describe('The name of the site, shown in every page header, like "Northmere Digital Inclusion Hub".'),
  area: text({ max: 80 }).describe('The place the site covers, like "Northmere" or "Kent".'),
  description: text({ max: 200 }).describe('One sentence that says what the site is for. Search engines show it.'),
  baseUrl: webLink().describe('The web address the site is published at, like "https://digital.example.gov.uk/". Links in the sitemap and feeds use it.'),
  sampleContent: z.boolean().describe('true while the site holds sample listings. Every page then says so.'),
  operator: z
    .strictObject({
      name: text({ max: 120 }).describe('The organisation that runs the site and answers for it.'),
      website: webLink().describe("The operator's own website."),
      email: email().describe('A team inbox for questions about the site. Never a personal address.'),
      phone: ukPhone().optional().describe('A phone number for questions about the site.'),
    })
    .describe('Who runs the site.'),
  helpline: z
    .strictObject({
      phone: ukPhone().describe('A phone number people can call for help instead of using the site.'),
      hours: text({ max: 120 }).describe('When the phone line is open, in plain words, like "Monday to Friday, 9am to 5pm".'),
      description: text({ max: 200 }).describe('What happens when someone calls, in one or two short sentences.'),
    })
    .describe('The phone line for people who would rather not go online.'),
  repository: z
    .strictObject({
      url: webLink().describe('The web address of the repository that holds the site, like "https://github.com/example/knowledge-store".'),
      branch: text({ max: 60 }).describe('The branch that the live site is built from, usually "main".'),
    })
    .describe('Where the site\'s files live, for "suggest a change" links.'),
  licence: z
    .strictObject({
      code: text({ max: 60 }).describe('The licence for the code, like "MIT".'),
      content: text({ max: 60 }).describe('The licence for the written content, like "CC BY 4.0".'),
      contentUrl: webLink().describe('A link to the content licence.'),
    })
    .describe('The open licences for the code and for the content.'),
  accessibility: z
    .strictObject({
      status: z.enum(['full', 'partial', 'not'], { error: 'Use full, partial or not: how far the site meets WCAG 2.2 AA.' }).describe('How far the site meets WCAG 2.2 AA: full, partial or not.'),
      knownIssues: textList({ min: 0 }).describe('Parts of the site that are not yet accessible, and what you plan to do. An empty list means none are known.'),
      preparedOn: isoDate().describe('When the accessibility statement was first written, as YYYY-MM-DD.'),
      reviewedOn: isoDate().describe('When the statement was last reviewed, as YYYY-MM-DD.'),
      testedOn: isoDate().describe('When the site was last tested for accessibility, as YYYY-MM-DD.'),
      testedBy: text({ max: 200 }).describe('Who tested it and how, in a few words.'),
      responseDays: z.number({ error: 'Write a number of working days, like 5.' }).int().min(1).max(30).describe('How many working days you take to reply to an accessibility request.'),
      enforcement: z
        .enum(['ehrc', 'ecni'], { error: 'Use ehrc (England, Scotland and Wales) or ecni (Northern Ireland).' })
        .describe('Who enforces the regulations where you are: ehrc for England, Scotland and Wales; ecni for Northern Ireland.'),
    })
    .describe('Facts the accessibility statement needs. The page is written from them.'),
  welshLanguageStandards: z
    .boolean({ error: 'Write welshLanguageStandards: true if the site must meet the Welsh Language Standards, or false (or leave it out) if not.' })
    .optional()
    .describe(
      'true for a council in Wales that must publish in Welsh (the Welsh Language Standards): the content check then fails for every listing without a Welsh summary and description (translations.cy). Leave it out, or write false, otherwise.',
    ),
  translations: translationsSchema({
    name: text({ max: 80 }).describe("The name of the site in this language, if it has one (a Welsh council's site has a Welsh name). Leave out to use the English name."),
    description: text({ max: 200 }).describe("The site's one-sentence description, translated."),
    helplineHours: text({ max: 120 }).describe('When the phone line is open (helpline.hours), translated.'),
    helplineDescription: text({ max: 200 }).describe('What happens when someone calls (helpline.description), translated.'),
  })
    .optional()
    .describe("The site's own words in its other languages: its name, the description and the phone line's hours and what happens when someone calls. Words left out show in English."),
});

export type Site = z.infer<typeof siteSchema>;
