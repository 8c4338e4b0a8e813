/**
 * Guesses for services from other directories, which do not use our lists. Each guess is a small
 * table of words, so that anyone can read why a listing got its kinds of help, and change the table.
 * Our own export never needs them: it carries our terms.
 */
import type { AccessModeId, KindOfHelpId, OrganisationKindId, SupportModeId } from '../vocabulary/index.ts';
import { accessModes, kindsOfHelp, supportModes } from '../vocabulary/index.ts';

/**
 * Words that show a service is about being online. Kinds of help that are not digital in
 * themselves (drop-ins, one-to-one help, courses, phone lines, help with forms) are only guessed
 * when one of these words is there too, so a "benefits drop-in" is not listed as digital help.
 */
const DIGITAL = /\b(digital|online|on-line|internet|computers?|laptops?|tablets?|ipads?|smart ?phones?|devices?|e-?mail|wi-?fi|tech|technology|it skills|get online|video calls?|apps?)\b/i;

/** The words that point to each kind of help. */
export const KIND_KEYWORDS: readonly { kind: KindOfHelpId; words: RegExp; needsDigitalWords?: boolean }[] = [
  { kind: 'free-wifi', words: /\b(wi-?fi|wireless internet|hotspots?)\b/i },
  {
    kind: 'public-computers',
    words:
      /\b(public (computers?|pcs?)|free (use of )?computers?|computers? (you can use|for public use|to use)|use (our|the) (free |public )?(computers?|pcs?)|computer access|pcs? (to use|available))\b/i,
  },
  {
    kind: 'device-to-borrow',
    words: /\b(borrow|loan|lend|lending)\b[^.]{0,40}\b(laptops?|tablets?|devices?|chromebooks?|ipads?)\b|\b(laptop|tablet|device|chromebook|ipad) (loans?|lending|library)\b/i,
  },
  {
    kind: 'device-to-keep',
    words: /\b(free|gifted|donated|keep)\b[^.]{0,30}\b(laptops?|tablets?|devices?|smart ?phones?|chromebooks?)\b[^.]{0,30}\b(keep|free)\b|\bdevices? to keep\b|\bdevice (gifting|bank)\b/i,
  },
  { kind: 'refurbished-devices', words: /\b(refurbished|reconditioned|second-hand|recycled) (laptops?|tablets?|devices?|computers?|phones?)\b/i },
  { kind: 'device-donation', words: /\b(donate|donating|donation|recycle|recycling)\b[^.]{0,40}\b(laptops?|tablets?|devices?|computers?|phones?)\b/i },
  { kind: 'free-sim-or-data', words: /\b(sim cards?|free sims?|data banks?|free (mobile )?data|mobile data)\b/i },
  { kind: 'social-tariffs', words: /\b(social tariffs?|cheaper broadband|low[- ]cost broadband|broadband (deals?|discounts?))\b/i },
  { kind: 'drop-in-help', words: /\b(drop[- ]in|tech caf[eé]s?|digital caf[eé]s?|help sessions?)\b/i, needsDigitalWords: true },
  { kind: 'one-to-one-help', words: /\b(one[- ]to[- ]one|1[- ]to[- ]1|1:1|digital (buddy|buddies|champions?)|help at home)\b/i, needsDigitalWords: true },
  { kind: 'group-course', words: /\b(courses?|class(es)?|workshops?|training sessions?|lessons?)\b/i, needsDigitalWords: true },
  { kind: 'phone-help', words: /\b(help ?line|phone line|advice line|(help|support) (over|on|by) the (tele)?phone)\b/i, needsDigitalWords: true },
  { kind: 'help-with-forms', words: /\b(forms?|universal credit|apply(ing)? online|online applications?|online accounts?)\b/i, needsDigitalWords: true },
  { kind: 'assistive-technology', words: /\b(assistive technology|screen readers?|magnif(y|ier|ication)|accessibility (settings|tools|features))\b/i },
];

/** The kinds of help that words in a service's name, description and categories point to, in our list's order. */
export function guessKindsOfHelp(text: string): KindOfHelpId[] {
  const digital = DIGITAL.test(text);
  const found = new Set(KIND_KEYWORDS.filter((row) => row.words.test(text) && (!row.needsDigitalWords || digital)).map((row) => row.kind));
  return kindsOfHelp.ids.filter((id) => found.has(id));
}

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
