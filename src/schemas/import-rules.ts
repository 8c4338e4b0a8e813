import { z } from 'astro/zod';
import { kindsOfHelp } from '../lib/vocabulary/index.ts';
import { someOf, text } from './fields.ts';

/** A phrase or category name to look for: letters, numbers, spaces and a few marks; `*` stands for up to three words. */
const phrase = () =>
  text({ max: 80 })
    .refine((value) => /[\p{L}\p{N}]/u.test(value), { error: 'Write words to look for, like "free wi-fi".' })
    .refine((value) => !/^\*|\*$/.test(value.trim()), { error: 'A * stands for words between two others, like "borrow a * laptop". Do not start or end with it.' });

const phraseList = (example: string) =>
  z
    .array(phrase(), { error: `Write this as a list, one per line starting with "- ", like - ${example}` })
    .min(1, { error: `List at least one, like - ${example}` })
    .max(100, { error: 'Keep this to 100 or fewer: start another rule.' });

/** How much a rule says: `general` and `detail` are described on the fields. */
const general = () =>
  z
    .boolean({ error: 'Write general: true or leave it out.' })
    .optional()
    .describe('true if it only says the service is digital help, not which kind: its kinds are used only when no other rule names a kind.');
const detail = () =>
  z
    .boolean({ error: 'Write detail: true or leave it out.' })
    .optional()
    .describe('true for words like "drop-in" or "course" that say how help is given but not that it is digital: they add their kinds only when another rule shows the service is digital help.');
const notBoth = { error: 'A rule can be general or detail, not both. Remove one.', path: ['detail'] };

/** One category rule: a feed's taxonomy terms that mean kinds of help. */
const categoryRuleSchema = z
  .strictObject({
    names: phraseList('Digital inclusion').describe(
      'Category (taxonomy term) names or codes, as the feed writes them, like "Digital inclusion" or "http://id.esd.org.uk/service/123". Case does not matter.',
    ),
    kinds: someOf(kindsOfHelp, 'a kind of help').describe('The kinds of help these categories mean.'),
    general: general(),
    detail: detail(),
    source: text({ max: 200 }).optional().describe('Where these names or codes come from, like "Open Referral UK categories" or "LGA service list".'),
  })
  .refine((rule) => !(rule.general && rule.detail), notBoth);

/** One phrase rule: words in a service's name or summary that mean kinds of help. */
const phraseRuleSchema = z
  .strictObject({
    phrases: phraseList('free wi-fi').describe(
      'Phrases that, in the name or first sentences of the description, mean these kinds of help. Use two words or more, never a word like "online" on its own.',
    ),
    kinds: someOf(kindsOfHelp, 'a kind of help').describe('The kinds of help the phrases mean.'),
    general: general(),
    detail: detail(),
  })
  .refine((rule) => !(rule.general && rule.detail), notBoth);

/** One exclusion: words that mean a service is not digital help (or not one kind of it). */
const exclusionRuleSchema = z.strictObject({
  phrases: phraseList('fall alarm').describe('Phrases that, in the name, first sentences or categories, mean the service is not digital help, like "fall alarm".'),
  kinds: someOf(kindsOfHelp, 'a kind of help')
    .optional()
    .describe('Only these kinds of help are ruled out. Leave out to rule out the whole service (it is not imported unless an officer decides it should be).'),
  why: text({ max: 200 }).optional().describe('Why, for the next officer, like "Personal alarms use a phone line, they are not digital help".'),
});

/**
 * The rules the Open Referral import uses to decide which services from another directory are
 * digital help, and which kinds (`content/import-rules.yaml`). An officer edits them after
 * reviewing an import.
 */
export const importRulesSchema = z.strictObject({
  categories: z.array(categoryRuleSchema).max(500, { error: 'Keep this to 500 rules or fewer.' }).describe('Categories (taxonomy terms) in a feed, and the kinds of help they mean. Checked first.'),
  phrases: z.array(phraseRuleSchema).max(500, { error: 'Keep this to 500 rules or fewer.' }).describe("Phrases in a service's name or summary, and the kinds of help they mean."),
  exclusions: z
    .array(exclusionRuleSchema)
    .max(500, { error: 'Keep this to 500 rules or fewer.' })
    .describe('Phrases that mean a service is not digital help, or not one kind of it. They win over the rules above.'),
  incidental: z
    .array(phrase())
    .max(200, { error: 'Keep this to 200 or fewer.' })
    .describe('Phrases that mention the internet only in passing, like "email us" or "book online". They are ignored, whatever the rules above say.'),
});

export type ImportRules = z.infer<typeof importRulesSchema>;
