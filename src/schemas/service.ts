import { z } from 'astro/zod';
import { accessModes, audiences, costTypes, kindsOfHelp, languages, serviceStatuses, specificSupport, supportModes, weekdays } from '../lib/vocabulary/index.ts';
import { clockTime, email, idRef, isoDate, LIST_MAX, oneOf, roleName, someOf, text, textList, tooMany, ukPhone, ukPostcode, ukTextPhone, webLink } from './fields.ts';
import { markdownText } from './markdown-text.ts';
import { UK_BOUNDS } from '../lib/uk-bounds.ts';
import { translationsSchema } from './translations.ts';

const LATITUDE_NOT_IN_UK = `This latitude is not in the UK: it must be between ${UK_BOUNDS.south} and ${UK_BOUNDS.north}. Check you have not swapped latitude and longitude.`;
const LONGITUDE_NOT_IN_UK = `This longitude is not in the UK: it must be between ${UK_BOUNDS.west} and ${UK_BOUNDS.east}. Check you have not swapped latitude and longitude.`;

/** Opening hours: the same times on one or more days (Open Referral's `schedule`). */
export const openingHoursSchema = z
  .strictObject({
    days: someOf(weekdays, 'a day of the week').describe('The days these times apply to, like [monday, wednesday].'),
    opens: clockTime().describe('When it opens, on the 24-hour clock, like "10:00".'),
    closes: clockTime().describe('When it closes, on the 24-hour clock, like "13:00".'),
    note: text({ max: 120 }).optional().describe('Anything else about these times, like "Term time only".'),
  })
  .refine((hours) => hours.opens < hours.closes, { error: 'The closing time must be later than the opening time.', path: ['closes'] });

/** A place where the help is given (Open Referral's `location` with its `address`). */
export const serviceLocationSchema = z.strictObject({
  name: text({ max: 120 }).describe('The name of the place, like "Eastbrook Library".'),
  address: textList({ max: 120 }).describe('The street address, one line per item, without the town or postcode.'),
  town: text({ max: 80 }).describe('The town or city.'),
  postcode: ukPostcode().describe('The postcode, like "B1 1BB".'),
  area: idRef().describe('The id of the area it is in (from content/areas.yaml).'),
  latitude: z
    .number({ error: 'Write the latitude as a number, like 52.4862.' })
    .min(UK_BOUNDS.south, { error: LATITUDE_NOT_IN_UK })
    .max(UK_BOUNDS.north, { error: LATITUDE_NOT_IN_UK })
    .optional()
    .describe(`Latitude, for a map link. Must be in the UK (${UK_BOUNDS.south} to ${UK_BOUNDS.north}).`),
  longitude: z
    .number({ error: 'Write the longitude as a number, like -1.8904.' })
    .min(UK_BOUNDS.west, { error: LONGITUDE_NOT_IN_UK })
    .max(UK_BOUNDS.east, { error: LONGITUDE_NOT_IN_UK })
    .optional()
    .describe(`Longitude, for a map link. Must be in the UK (${UK_BOUNDS.west} to ${UK_BOUNDS.east}).`),
  accessibility: textList({ max: 200, min: 0 }).optional().describe('How easy the place is to get into and use, like "Step-free entrance" or "Hearing loop at the desk".'),
  openingHours: z.array(openingHoursSchema).max(LIST_MAX, tooMany(LIST_MAX)).optional().describe('When help is available here. Leave out if people must book or phone first.'),
  hoursNote: text({ max: 200 }).optional().describe('Anything about the hours that does not fit above, like "Closed on bank holidays".'),
});

/** A listing's translatable fields, for its translations block (src/schemas/translations.ts). */
export const serviceTranslationsSchema = translationsSchema({
  summary: text({ max: 200 }).describe('The summary in this language: one short sentence that says what help people get.'),
  description: markdownText({ max: 6000 }).describe('The description in this language, with the same Markdown rules as description.'),
  howToRefer: text({ max: 500 }).describe('How to refer someone, in this language.'),
  eligibility: text({ max: 300 }).describe('Who can use it, in this language.'),
  locations: z
    .array(z.strictObject({ hoursNote: text({ max: 200 }).optional().describe('The note about opening hours, in this language.') }))
    .max(LIST_MAX, tooMany(LIST_MAX))
    .describe('One item per place, in the same order as locations, with its hoursNote in this language. Write "- {}" for a place with nothing to translate.'),
});

/** The cost of a service (Open Referral's `cost_option`). */
export const costSchema = z
  .strictObject({
    type: oneOf(costTypes, 'a type of cost').describe('free, free-with-conditions, paid, or not-known when nobody here knows what it costs yet.'),
    description: text({ max: 200 }).optional().describe('Who gets it free, or what it costs. Needed unless the help is free for everyone or the cost is not known.'),
  })
  .refine((cost) => cost.type === 'free' || cost.type === 'not-known' || cost.description !== undefined, {
    error: 'Say who gets it free or what it costs in description. If you do not know the cost, write type: not-known instead.',
    path: ['description'],
  });

/**
 * Who can use a service, as rules the triage tool can check (the words for people go in
 * `eligibility`; ages go in `minimumAge` and `maximumAge`). Leave it out if anyone can use it.
 */
export const whoCanUseSchema = z
  .strictObject({
    tenantsOf: z
      .array(idRef())
      .min(1, { error: 'Name at least one housing provider in tenantsOf, like [northmere-homes], or leave tenantsOf out.' })
      .optional()
      .describe('Only for people who rent their home from these housing providers: their ids in content/organisations/, like [northmere-homes].'),
    residentsOnly: z
      .literal(true, { error: 'Write residentsOnly: true if only people who live in the area (named in site.yaml) can use it, or leave it out.' })
      .optional()
      .describe("true if only people who live in the site's area (like Northmere) can use it."),
    onBenefits: z
      .literal(true, { error: 'Write onBenefits: true if only people who get benefits (like Universal Credit or Pension Credit) can use it, or leave it out.' })
      .optional()
      .describe('true if only people who get benefits, like Universal Credit or Pension Credit, can use it.'),
  })
  .refine((rules) => rules.tenantsOf !== undefined || rules.residentsOnly !== undefined || rules.onBenefits !== undefined, {
    error: 'Give at least one rule in whoCanUse (tenantsOf, residentsOnly or onBenefits), or leave whoCanUse out if anyone can use it.',
  });

/**
 * Where an imported listing came from (written by the Open Referral import; leave it as it is).
 * `fingerprints` are short codes of the values the feed gave for each field: the next import of
 * the same feed compares them with the file, so a field someone changed here is kept, not
 * overwritten. A listing from one feed is never changed by the import of another.
 */
export const importedSchema = z.strictObject({
  feed: text({ max: 120 }).describe('The name of the feed it was imported from, as given to --feed-name, like "Kingsbury Council directory".'),
  on: isoDate().describe('The day it was last imported, as YYYY-MM-DD.'),
  notYetChecked: z
    .literal(true, { error: 'Write notYetChecked: true if nobody here has checked this imported listing yet, or leave it out once someone has (and set lastChecked).' })
    .optional()
    .describe(
      'Written by the import when the feed gave no date: nobody here has checked the details yet. The listing counts as out of date until someone checks it, removes this line and sets lastChecked.',
    ),
  fingerprints: z
    .record(
      z.string().regex(/^[a-zA-Z]+$/, { error: 'A fingerprint must be named after a field of the listing, like phone.' }),
      z.string().regex(/^[0-9a-f]{8}$/, {
        error: 'A fingerprint is 8 letters and numbers written by the import. Leave fingerprints as the import wrote them, or delete a line to stop that field being updated.',
      }),
    )
    .optional()
    .describe('Written by the import: codes of the values the feed gave, so that your own changes are kept at the next import.'),
});

/** One listing in the signposting directory (`content/services/<id>.yaml`), after Open Referral UK's `service`. */
export const serviceSchema = z
  .strictObject({
    name: text({ max: 100 }).describe('The name of the service, like "Free Wi-Fi and computers at Eastbrook Library".'),
    organisation: idRef().describe('The id of the organisation that runs it (a file in content/organisations/).'),
    status: oneOf(serviceStatuses, 'a status').describe('active, temporarily-closed or inactive. Only active services are listed as available.'),
    summary: text({ max: 200 }).describe('One short sentence that says what help people get.'),
    description: markdownText({ max: 6000 }).describe(
      'More detail in plain words: what happens, what to bring, who it suits. Leave a blank line between paragraphs. Markdown is allowed for lists ("- ") and links ([words](https://...)); HTML is not.',
    ),
    kinds: someOf(kindsOfHelp, 'a kind of help', { min: 0 }).describe('The kinds of help offered, from the list in CONTRIBUTING.md. Empty only while an imported listing waits for review.'),
    review: text({ max: 300 }).optional().describe('Written by the import when it found no kind of help: why. The site does not show the listing until an officer adds kinds and deletes this line.'),
    supportModes: someOf(supportModes, 'a way of giving help').describe('How help is given: self-service, one-to-one, group, remote.'),
    accessModes: someOf(accessModes, 'a way to get help').describe('How people get to use it: walk-in, book, referral-only, phone-first, or ask-how on its own when nobody here knows yet.'),
    cost: costSchema.describe('What it costs.'),
    audiences: someOf(audiences, 'an audience').describe('Who it is for. Use everyone if anyone can use it.'),
    specificSupport: someOf(specificSupport, 'a kind of specific support', { min: 0 }).optional().describe('Help for particular needs that the service offers.'),
    languages: someOf(languages, 'a language code').describe('Languages help is given in, as codes like en, pa, ur, pl, bfi (British Sign Language).'),
    eligibility: text({ max: 300 }).optional().describe('Who can use it, if not everyone.'),
    minimumAge: z.number().int().min(0).max(120).optional().describe('The youngest age that can use it, if there is one.'),
    maximumAge: z.number().int().min(0).max(120).optional().describe('The oldest age that can use it, if there is one.'),
    whoCanUse: whoCanUseSchema.optional().describe('Who can use it, as rules the triage tool checks: tenantsOf, residentsOnly, onBenefits. Say the same in words in eligibility.'),
    locations: z.array(serviceLocationSchema).max(LIST_MAX, tooMany(LIST_MAX)).optional().describe('The places where help is given. Leave out for help only given by phone or online.'),
    areasServed: z.array(idRef()).max(500, tooMany(500)).optional().describe('Area ids for help with no place to visit (by phone, online or at home). Leave out to mean every area.'),
    areaNotKnown: z
      .literal(true, { error: 'Write areaNotKnown: true if nobody knows which areas it covers, or leave it out.' })
      .optional()
      .describe('true when nobody here knows which areas it covers (the import writes it for a record with no place and no service area). It is listed under "Area not known", not in every area.'),
    phone: ukPhone().optional().describe('The number people call, in quotes, like "0121 496 0000".'),
    textPhone: ukTextPhone().optional().describe('A textphone or Relay UK number, if there is one.'),
    email: email().optional().describe('A team email address. Never a personal address.'),
    website: webLink().optional().describe('A web page about the service.'),
    howToRefer: text({ max: 500 }).optional().describe('How a Digital Champion or another service can refer someone.'),
    lastChecked: isoDate().describe('When someone last checked that these details are right, as YYYY-MM-DD.'),
    checkedBy: roleName().describe('The team or organisation that checked it, like "Eastbrook Library staff". Never a personal email address.'),
    source: text({ max: 200 }).describe('Where the details came from, like "Eastbrook Library, by phone".'),
    licence: text({ max: 60 }).describe('The licence the details are shared under, like "CC BY 4.0" or "OGL v3".'),
    sample: z.boolean().optional().describe('true for made-up example listings. They are labelled as samples on the site.'),
    externalId: text({ max: 200 }).optional().describe('The id this service has in another directory, like an Open Referral UUID. Used when importing.'),
    imported: importedSchema.optional().describe('Where an imported listing came from, written by the import. Leave it as it is.'),
    translations: serviceTranslationsSchema.optional(),
  })
  .refine((service) => service.kinds.length > 0 || service.review !== undefined, {
    error: `List at least one kind of help. Use any of: ${kindsOfHelp.ids.join(', ')}.`,
    path: ['kinds'],
  })
  .refine((service) => service.kinds.length === 0 || service.review === undefined, {
    error: 'This listing has kinds of help, so it is no longer waiting for review: delete the review line so that the site shows it.',
    path: ['review'],
  })
  .refine((service) => service.phone !== undefined || service.email !== undefined || service.website !== undefined, {
    error: 'Give at least one way to get in touch: phone, email or website.',
    path: ['phone'],
  })
  .refine((service) => (service.locations?.length ?? 0) > 0 || service.phone !== undefined || service.website !== undefined, {
    error: 'A service with no place to visit needs a phone number or website, so people can reach it.',
    path: ['locations'],
  })
  .refine((service) => service.minimumAge === undefined || service.maximumAge === undefined || service.minimumAge <= service.maximumAge, {
    error: 'minimumAge must not be more than maximumAge.',
    path: ['maximumAge'],
  })
  .refine((service) => !service.accessModes.includes('ask-how') || service.accessModes.length === 1, {
    error: 'ask-how means nobody here knows how people start. Remove ask-how, or remove the other ways in accessModes.',
    path: ['accessModes'],
  })
  .refine((service) => service.areaNotKnown === undefined || ((service.locations?.length ?? 0) === 0 && (service.areasServed?.length ?? 0) === 0), {
    error: 'areaNotKnown is only for a listing with no locations and no areasServed. You know where it helps: remove areaNotKnown.',
    path: ['areaNotKnown'],
  })
  .superRefine((service, context) => {
    for (const [code, translation] of Object.entries(service.translations ?? {})) {
      const places = service.locations?.length ?? 0;
      if ((translation.locations?.length ?? 0) > places)
        context.addIssue({
          code: 'custom',
          path: ['translations', code, 'locations'],
          message: `This listing has ${places} location${places === 1 ? '' : 's'}, but translations.${code}.locations has ${translation.locations!.length}. Give one item per place, in the same order as locations.`,
        });
    }
  })
  .refine((service) => service.whoCanUse === undefined || service.eligibility !== undefined, {
    error: 'Say who can use it in words in eligibility too, like "For Northmere Homes tenants." People read that on the page; the triage tool reads whoCanUse.',
    path: ['eligibility'],
  });

export type Service = z.infer<typeof serviceSchema>;
export type ServiceLocation = z.infer<typeof serviceLocationSchema>;
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type ImportedFrom = z.infer<typeof importedSchema>;
export type Cost = z.infer<typeof costSchema>;
export type WhoCanUse = z.infer<typeof whoCanUseSchema>;
