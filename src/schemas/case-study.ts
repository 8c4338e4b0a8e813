import { z } from 'astro/zod';
import { audiences, nineCs, themes } from '../lib/vocabulary/index.ts';
import { CASE_STUDY_LIMITS } from '../lib/contributions/case-study-limits.ts';
import { idRef, isoDate, LIST_MAX, roleName, someOf, sourceReference, text, textList, tooMany } from './fields.ts';

/** The longest each text field may be: kept with the "Share your work" form's rules, so both use the same numbers. */
export { CASE_STUDY_LIMITS };

const outcomeSchema = z.strictObject({
  label: text({ max: CASE_STUDY_LIMITS.outcomeLabel }).describe('What was counted, like "Devices given to school children".'),
  value: z.number({ error: 'Write the figure as a number without commas or units, like 1000.' }).describe('The figure, as a number.'),
  unit: text({ max: CASE_STUDY_LIMITS.outcomeUnit })
    .refine((unit) => !/\((over|about|up to|around|approx[a-z.]*)\)/i.test(unit), { error: 'Put "over", "about" or "up to" in qualifier, not in the unit: like unit: people and qualifier: over.' })
    .describe('What the number counts, like "devices", "people" or "%".'),
  qualifier: z.enum(['over', 'about', 'up-to'], { error: 'Write over, about or up-to.' }).optional().describe('If the figure is not exact: over, about or up-to. It shows as "Over 11,000 people".'),
});

const consentSchema = z
  .strictObject({
    namesPeople: z
      .boolean({ error: 'Write true if the case study names or shows a person who could be identified, or false if it does not.' })
      .describe('true if the case study names or describes a person who could be identified; otherwise false.'),
    recordedOn: isoDate().optional().describe('If it names people: the date their written consent was recorded.'),
    recordedBy: roleName().optional().describe('If it names people: the team that holds the consent record, like "Communications team".'),
  })
  .refine((consent) => !consent.namesPeople || (consent.recordedOn !== undefined && consent.recordedBy !== undefined), {
    error: 'This case study names people. Add recordedOn (the date their consent was recorded) and recordedBy (the team that holds it), or remove their names and set namesPeople: false.',
  });

/** A partner's case study (`content/case-studies/*.md`). Markdown only: it comes in by pull request. */
export const caseStudySchema = z.strictObject({
  title: text({ max: CASE_STUDY_LIMITS.title }).describe('A short title that says what happened, like "Recycling council laptops for school children".'),
  summary: text({ max: CASE_STUDY_LIMITS.summary }).describe('Two or three sentences: what you did and what changed.'),
  organisation: idRef().describe('The id of the organisation that led the work (a file in content/organisations/).'),
  partners: z.array(idRef()).max(LIST_MAX, tooMany(LIST_MAX)).optional().describe('Ids of other organisations that took part.'),
  places: textList({ max: CASE_STUDY_LIMITS.place, maxItems: 30 })
    .refine((places) => places.every((place) => /[\p{L}\p{N}]/u.test(place)), { error: 'Write each place as a name, with letters in it, like "Maidstone".' })
    .describe('Where the work happened: towns, cities or counties.'),
  date: isoDate().describe('When the case study was written or published, as YYYY-MM-DD. The newest come first.'),
  period: text({ max: CASE_STUDY_LIMITS.period }).optional().describe('When the work happened, in words, like "2020 to 2022", if it is not the same as the date.'),
  cs: someOf(nineCs, "one of the 9 C's").describe("Which of the 9 C's the work shows: customer, channel, choice, cost, connectivity, communication, capability, content, champion."),
  themes: someOf(themes, 'a theme').describe('What the work was about.'),
  audiences: someOf(audiences, 'an audience').describe('Who the work helped.'),
  outcomes: z.array(outcomeSchema).max(20, tooMany(20)).optional().describe('Figures that show what changed: a label, a number and a unit each.'),
  source: sourceReference().describe('Where the facts come from, so readers can check them.'),
  consent: consentSchema.describe('Whether the case study names people, and if so, the consent record.'),
});

export type CaseStudy = z.infer<typeof caseStudySchema>;
