/**
 * Guesses for services from other directories, which do not use our lists. Each guess is a small
 * table of words, so that anyone can read why a listing got its chosen values, and change the table.
 * Kinds of help come from the rules an officer edits (content/import-rules.yaml, classify.ts).
 * Our own export never needs them: it carries our terms.
 */
import type { AccessModeId, KindOfHelpId, OrganisationKindId, SupportModeId } from '../vocabulary/index.ts';
import { accessModes, supportModes } from '../vocabulary/index.ts';

/** How each kind of help is usually given. */
const SUPPORT_FOR_KIND: Record<KindOfHelpId, SupportModeId> = {
  'free-wifi': 'self-service',
  'public-computers': 'self-service',
  'device-to-borrow': 'self-service',
  'device-to-keep': 'self-service',
  'refurbished-devices': 'self-service',
  'device-donation': 'self-service',
  'free-sim-or-data': 'self-service',
  'social-tariffs': 'one-to-one',
  'drop-in-help': 'one-to-one',
  'one-to-one-help': 'one-to-one',
  'group-course': 'group',
  'phone-help': 'remote',
  'help-with-forms': 'one-to-one',
  'assistive-technology': 'one-to-one',
};

/** How help is given: from the kinds of help, and ORUK v1's attending_type (phone and online mean remote help). */
export function guessSupportModes(kinds: readonly KindOfHelpId[], attendingType = ''): SupportModeId[] {
  const found = new Set(kinds.map((kind) => SUPPORT_FOR_KIND[kind]));
  if (/phone|online/i.test(attendingType)) found.add('remote');
  if (/home visit/i.test(attendingType)) found.add('one-to-one');
  return supportModes.ids.filter((id) => found.has(id));
}

const ACCESS_KEYWORDS: readonly { mode: AccessModeId; words: RegExp }[] = [
  { mode: 'walk-in', words: /\b(drop[- ]in|just (turn|come) (up|along)|walk[- ]in|no (need to book|appointment needed|booking needed))\b/i },
  // "No need to book" and "no appointment needed" are not about booking.
  { mode: 'book', words: /(?<!\b(no need to|not need to|don't need to|no|without( an?)?)\s)\b(book(ing)?|appointments?)\b/i },
  { mode: 'referral-only', words: /\b(referr(al|ed)|refer (you|them|people|someone)|must be referred|need a referral)\b/i },
  { mode: 'phone-first', words: /\b(call (us )?first|phone (us )?first|ring (us )?first)\b/i },
];

const ACCESS_FOR_V1: Record<string, AccessModeId> = { 'drop-in': 'walk-in', appointment: 'book', membership: 'book', referral: 'referral-only' };

/**
 * How people get to use the help: ORUK v1's attending_access if given, else clear words in the
 * text ("drop in", "book", "referral", "phone first"). Failing those, "ask-how" alone: nobody
 * knows yet, and opening hours or a phone number do not say (a place with hours may still need
 * booking). Never a guess.
 */
export function guessAccessModes(text: string, attendingAccess: string): AccessModeId[] {
  const access = attendingAccess.trim().toLowerCase();
  const fromV1 = Object.hasOwn(ACCESS_FOR_V1, access) ? ACCESS_FOR_V1[access] : undefined;
  if (fromV1) return [fromV1];
  const found = new Set(ACCESS_KEYWORDS.filter((row) => row.words.test(text)).map((row) => row.mode));
  if (found.size === 0) return ['ask-how'];
  return accessModes.ids.filter((id) => found.has(id));
}

const ORGANISATION_KEYWORDS: readonly { kind: OrganisationKindId; words: RegExp }[] = [
  { kind: 'jobcentre', words: /\b(jobcentre|job centre|dwp|department for work and pensions)\b/i },
  { kind: 'library', words: /\blibrar(y|ies)\b/i },
  { kind: 'council', words: /\b(council|borough|county|unitary authority|city of)\b/i },
  { kind: 'housing-association', words: /\b(housing|homes)\b/i },
  { kind: 'health', words: /\b(nhs|health|surgery|gp|hospital|clinic|pharmacy|medical)\b/i },
  { kind: 'education', words: /\b(college|school|university|academy|adult learning|adult education)\b/i },
  { kind: 'partnership', words: /\b(partnership|network|alliance)\b/i },
  { kind: 'government', words: /\b(department|ministry|government|agency)\b/i },
  { kind: 'business', words: /\b(ltd|limited|plc|llp)\b\.?$/i },
];

/** What kind of organisation a name suggests; a charity or community group if nothing else fits. */
export function guessOrganisationKind(name: string): OrganisationKindId {
  return ORGANISATION_KEYWORDS.find((row) => row.words.test(name))?.kind ?? 'charity';
}
