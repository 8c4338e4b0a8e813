import { z } from 'astro/zod';
import { text } from './fields.ts';

/** A word or short phrase as someone might type it: lower-case letters, digits, spaces, hyphens and apostrophes. */
const typedWords = () =>
  text({ max: 60 }).refine((value) => /^[\p{Ll}\p{Lo}\p{N}' -]+$/u.test(value), {
    error: 'Write it in lower case, with letters, numbers, spaces, hyphens or apostrophes only, like "brodband" or "wi fi".',
  });

const correctionSchema = z.strictObject({
  search: typedWords().describe('What the site searches for instead, like "broadband".'),
  for: z
    .array(typedWords())
    .min(1, { error: 'Give at least one word or phrase that people type, like [brodband, broad band].' })
    .max(50, { error: 'Keep this to 50 words or fewer: start another entry.' })
    .describe('What people type: misspellings, other words, phrases.'),
});

/**
 * The search's word list (`content/search-words.yaml`): misspellings and other words people
 * type, and what the site searches for instead; and everyday words that tell the search
 * nothing ("I", "can't", "help"). Council officers add to it when a search finds nothing.
 */
export const searchWordsSchema = z.strictObject({
  words: z.array(correctionSchema).max(2000, { error: 'Keep the list to 2,000 entries or fewer.' }).describe('Each entry: what to search for, and the words people type instead.'),
  ignore: z.array(typedWords()).max(500, { error: 'Keep the list to 500 words or fewer.' }).describe('Words the search leaves out of a question, like "i", "me", "can\'t".'),
});

export type SearchWords = z.infer<typeof searchWordsSchema>;
