import { translationsSchema } from './translations.ts';
import { z } from 'astro/zod';
import { barriers, edsAreas, edsLevels, kindsOfHelp, needs } from '../lib/vocabulary/index.ts';
import { LIST_MAX, oneOf, someOf, text, tooMany } from './fields.ts';
import { urgencies } from '../lib/triage/facts.ts';

/** One answer to a triage question: what it shows, and where it leads. */
export const triageAnswerSchema = z.strictObject({
  label: text({ max: 150 }).describe('The answer as the person might say it.'),
  needs: someOf(needs, 'a need', { min: 0 }).optional().describe('Needs this answer shows, like [connectivity-at-home].'),
  barriers: someOf(barriers, 'a barrier', { min: 0 }).optional().describe('Barriers this answer shows: cost, skills, access, confidence, trust.'),
  urgency: oneOf(urgencies, 'how soon')
    .optional()
    .describe('How soon the needs this answer shows are: this-week, this-month or no-rush. Leave out for this-month. The referral card puts the most urgent need first.'),
  next: z.string({ error: 'Write the id of the next question, or end.' }).optional().describe('The id of the question to ask next, or "end" to finish. Leave out to go to the next question in order.'),
});

/** One triage question (`content/triage/questions/<id>.yaml`), with guidance for the champion. */
export const triageQuestionSchema = z.strictObject({
  order: z.number({ error: 'Write a whole number, like 1.' }).int().min(1).describe('Where the question comes, starting at 1.'),
  ask: text({ max: 200 }).describe('The question, in the words a champion would use.'),
  why: text({ max: 500 }).describe('Why the champion asks this: what it can tell them.'),
  how: text({ max: 500 }).describe('How to ask it kindly, and what to listen for.'),
  answers: z.array(triageAnswerSchema).min(2, { error: 'Give at least two answers.' }).max(20, tooMany(20)).describe('The answers the person might give.'),
  translations: translationsSchema({ ask: text({ max: 200 }), how: text({ max: 500 }) })
    .optional()
    .describe('The question and how to ask it in other languages, for the prompt card in each language (cy, ur, pl), each with its status.'),
});

const skillStepSchema = z.strictObject({
  area: oneOf(edsAreas, 'an Essential Digital Skills area').describe('The Essential Digital Skills area to work on next.'),
  level: oneOf(edsLevels, 'a level').describe('The level: foundation, life or work.'),
});

/** What the referral card says for one need (`content/triage/needs.yaml`). */
export const triageNeedSchema = z.strictObject({
  need: oneOf(needs, 'a need').describe('Which need this is about.'),
  kinds: someOf(kindsOfHelp, 'a kind of help').describe('The kinds of help in the directory that meet this need.'),
  skills: z.array(skillStepSchema).max(LIST_MAX, tooMany(LIST_MAX)).optional().describe('Skills to work on next, if this need is about skills.'),
  say: text({ max: 400 }).describe('What the champion can say to the person, in plain words.'),
});

/** What the referral card says for one barrier (`content/triage/barriers.yaml`). */
export const triageBarrierSchema = z.strictObject({
  barrier: oneOf(barriers, 'a barrier').describe('Which barrier this is about.'),
  say: text({ max: 400 }).describe('What the champion can say to help with this barrier.'),
  kinds: someOf(kindsOfHelp, 'a kind of help', { min: 0 }).optional().describe('Kinds of help that ease this barrier, if any.'),
});

export const triageNeedsFileSchema = z.array(triageNeedSchema, { error: 'needs.yaml should be a list, each item starting with "- need:".' }).max(200, tooMany(200));
export const triageBarriersFileSchema = z.array(triageBarrierSchema, { error: 'barriers.yaml should be a list, each item starting with "- barrier:".' }).max(200, tooMany(200));

export type TriageAnswer = z.infer<typeof triageAnswerSchema>;
export type TriageQuestion = z.infer<typeof triageQuestionSchema>;
export type TriageNeed = z.infer<typeof triageNeedSchema>;
export type TriageBarrier = z.infer<typeof triageBarrierSchema>;
