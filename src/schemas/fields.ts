/**
 * Field types shared by every content schema. Each one carries a message written for the
 * partner who edits the file: what is wrong, and what to write instead.
 */
import { z } from 'astro/zod';
import type { Vocabulary, Term } from '../lib/vocabulary/define.ts';
import { dateToIso, isClockTime, isIsoDate, isSlug, isUkPhoneNumber, isUkTextPhoneNumber, isUkPostcode, looksLikeEmail } from '../lib/formats.ts';
import { describeValueKind } from '../lib/value-kind.ts';
import { hiddenCharacterMessage } from '../lib/hidden-characters.ts';

/** The longest any text field may be, when it has no limit of its own. */
export const TEXT_MAX = 5000;
/** The most items a list may have, when it has no limit of its own. */
export const LIST_MAX = 50;
/** The longest a web address may be. */
export const URL_MAX = 2000;

/** The message for a list with too many items. */
export function tooMany(max: number) {
  return { error: `List ${max.toLocaleString('en-GB')} or fewer. Keep the most important ones, or split the entry.` };
}

/** Refuses control characters, bidirectional overrides and values made only of invisible characters. */
function refuseHidden(value: string, context: { addIssue: (issue: { code: 'custom'; message: string; input: string }) => void }) {
  const message = hiddenCharacterMessage(value);
  if (message) context.addIssue({ code: 'custom', message, input: value });
}

/** Plain text that must not be empty, with no hidden characters, and at most `max` (or TEXT_MAX) characters. */
export function text(options: { max?: number } = {}) {
  const max = options.max ?? TEXT_MAX;
  return z
    .string({ error: (issue) => `Write this as text, not ${describeValueKind(issue.input)}. If it contains a colon or starts with a symbol, put it in quotes.` })
    .trim()
    .min(1, { error: 'This is empty. Write something here, or remove the field if it is optional.' })
    .max(max, { error: `Keep this to ${max.toLocaleString('en-GB')} characters or fewer.${options.max ? ' Put longer detail in the description.' : ''}` })
    .superRefine(refuseHidden);
}

/** An id of something else in the content, like an organisation or an area. */
export function idRef() {
  return z.string({ error: 'Write the id as text, like "eastbrook-library".' }).refine(isSlug, { error: 'Ids use lower-case letters, numbers and hyphens only, like "eastbrook-library".' });
}

/** A web address starting https:// or http:// (never javascript: or other schemes). */
export function webLink() {
  return z
    .httpUrl({ error: 'Give a full web address that starts with https:// (or http://), like "https://www.example.org.uk/page".' })
    .max(URL_MAX, { error: `This web address is longer than ${URL_MAX.toLocaleString('en-GB')} characters. Link to a shorter address for the same page.` })
    .superRefine(refuseHidden);
}

export function email() {
  return z.email({ error: 'Give an email address, like "help@example.org.uk".' });
}

/** A UK phone number, kept as text so that the leading 0 survives. */
export function ukPhone() {
  return z
    .string({
      error: (issue) =>
        typeof issue.input === 'number'
          ? 'Put the phone number in quotes, like "0121 496 0000". Without quotes it is read as a number and loses its first 0.'
          : 'Write the phone number as text in quotes, like "0121 496 0000".',
    })
    .refine(isUkPhoneNumber, {
      error: 'This is not a UK phone number we recognise. Write it with its area code, like "0121 496 0000", "07700 900123" or "+44 20 7946 0000".',
    });
}

/** A textphone number, which may start with a Relay UK prefix (18001 or 18002). */
export function ukTextPhone() {
  return z.string({ error: 'Write the textphone number as text in quotes, like "18001 0121 496 0000".' }).refine(isUkTextPhoneNumber, {
    error: 'This is not a textphone number we recognise. Write a UK number, or 18001 then the number for Relay UK, like "18001 0121 496 0000".',
  });
}

export function ukPostcode() {
  return z.string({ error: 'Write the postcode as text, like "B1 1BB".' }).refine(isUkPostcode, {
    error: 'This is not a UK postcode. Write it in capitals with one space, like "B1 1BB" or "SW1A 2AA".',
  });
}

/** A calendar date written YYYY-MM-DD. YAML may have read it as a date already: both are accepted. */
export function isoDate() {
  return z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? dateToIso(value) : value),
    z.string({ error: 'Write the date as YYYY-MM-DD, like 2026-03-31.' }).refine(isIsoDate, { error: 'Write the date as YYYY-MM-DD, like 2026-03-31, and check it is a real date.' }),
  );
}

/** A time on the 24-hour clock. */
export function clockTime() {
  return z.string({ error: 'Write the time in quotes on the 24-hour clock, like "09:30" or "17:00".' }).refine(isClockTime, { error: 'Write the time on the 24-hour clock, like "09:30" or "17:00".' });
}

/** One term from a controlled list. */
export function oneOf<T extends Term>(vocabulary: Vocabulary<T>, what: string) {
  return z.enum(vocabulary.ids as unknown as [T['id'], ...T['id'][]], {
    error: (issue) =>
      issue.input === undefined ? `Choose ${what}. Use one of: ${vocabulary.ids.join(', ')}.` : `"${String(issue.input)}" is not ${what} we know. Use one of: ${vocabulary.ids.join(', ')}.`,
  });
}

/** A list of terms from a controlled list, with no repeats. */
export function someOf<T extends Term>(vocabulary: Vocabulary<T>, what: string, options: { min?: number } = {}) {
  const min = options.min ?? 1;
  return z
    .array(oneOf(vocabulary, what), { error: `Write this as a list, one per line starting with "- ".` })
    .min(min, { error: `List at least ${min === 1 ? 'one' : min}. Use any of: ${vocabulary.ids.join(', ')}.` })
    .refine((list) => new Set(list).size === list.length, { error: 'Something is listed twice. Remove the repeat.' });
}

/** A list of plain-text items. */
export function textList(options: { min?: number; max?: number; maxItems?: number } = {}) {
  const min = options.min ?? 1;
  return z
    .array(text({ max: options.max }), { error: 'Write this as a list, one item per line starting with "- ".' })
    .min(min, { error: `List at least ${min === 1 ? 'one item' : `${min} items`}.` })
    .max(options.maxItems ?? LIST_MAX, tooMany(options.maxItems ?? LIST_MAX));
}

/** A role or team, never a person's email address. */
export function roleName() {
  return text({ max: 120 }).refine((value) => !looksLikeEmail(value), {
    error: 'Write a role or organisation here, like "Library digital team", not a personal email address.',
  });
}

/** A source of facts: who published it and where to read it. */
export function sourceReference() {
  return z.strictObject({
    title: text({ max: 200 }).describe('The title of the document or web page the facts come from.'),
    publisher: text({ max: 120 }).describe('Who published it, for example "Birmingham City Council".'),
    url: webLink()
      .refine((url) => !/^https?:\/\/[^/]+\/?$/.test(url), { error: 'This is the home page of a website. Link to the page or document the facts come from, or leave url out if it is not online.' })
      .optional()
      .describe('The web address of the page or document itself, if it is online (not a home page).'),
    date: isoDate().optional().describe('When it was published, as YYYY-MM-DD.'),
  });
}
