/**
 * The short codes a referral's link uses: one letter for each need, barrier and way to be
 * contacted, so the whole referral fits in a small QR code. A code, once used, keeps its
 * meaning: a new need gets a new letter, and a changed meaning needs a new FORMAT_VERSION
 * (src/lib/referral/fragment.ts).
 */
import { defineVocabulary } from '../vocabulary/define.ts';
import type { BarrierId, NeedId } from '../vocabulary/triage-terms.ts';

/** How the person wants to be contacted by the place they are referred to. */
export const contactPreferences = defineVocabulary([
  { id: 'phone-call', label: 'A phone call' },
  { id: 'text-message', label: 'A text message' },
  { id: 'in-person', label: 'In person, when they visit' },
  { id: 'email', label: 'An email' },
  { id: 'through-helper', label: 'Through someone who helps them, like a family member' },
]);

export type ContactPreferenceId = (typeof contactPreferences.ids)[number];

export const NEED_CODES = {
  'connectivity-at-home': 'h',
  'short-term-connectivity': 's',
  'device-to-keep': 'k',
  'device-to-borrow': 'b',
  'device-at-a-place': 'p',
  'help-now': 'n',
  'skills-for-life': 'l',
  'skills-for-work': 'w',
} as const satisfies Record<NeedId, string>;

export const BARRIER_CODES = {
  cost: 'c',
  skills: 's',
  access: 'a',
  confidence: 'm',
  trust: 't',
} as const satisfies Record<BarrierId, string>;

export const CONTACT_CODES = {
  'phone-call': 'p',
  'text-message': 't',
  'in-person': 'v',
  email: 'e',
  'through-helper': 'h',
} as const satisfies Record<ContactPreferenceId, string>;

/** The id for a code, from one of the tables above; undefined for a code it does not have. */
export function idForCode<Id extends string>(table: Readonly<Record<Id, string>>, code: string): Id | undefined {
  return (Object.keys(table) as Id[]).find((id) => table[id] === code);
}
