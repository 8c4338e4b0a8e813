/**
 * A referral that travels in a link: what the person agreed to share, written into the part
 * of the address after "#" (the fragment). Browsers never send the fragment to a server, so
 * the referral goes only where the link or QR code goes.
 *
 * The fragment looks like `r1;n=hs!l;b=cm;l=pl;c=p;p=Anna%20K`:
 * - `r1`: the format's version, so the format can change later and old links still read;
 * - `n=`: needs, one letter each (src/lib/referral/codes.ts), with "!" after a need that is
 *   needed this week;
 * - `b=`: barriers, one letter each;
 * - `l=`: the language they prefer, as a BCP 47 tag (like `pl` or `pt-BR`);
 * - `c=`: how they want to be contacted, one letter;
 * - `p=`: their name, percent-encoded, only if they agreed.
 * Every part is optional. A link that is broken, too long or made by a newer version is refused
 * with a message; a code this version does not know is left out, and the summary says so.
 */
import type { BarrierId, NeedId } from '../vocabulary/triage-terms.ts';
import { BARRIER_CODES, CONTACT_CODES, NEED_CODES, idForCode, type ContactPreferenceId } from './codes.ts';

/** The version written at the start of every fragment. */
export const FORMAT_VERSION = 1;

/** The longest fragment read or written, in bytes. */
export const FRAGMENT_MAX_BYTES = 300;

/** The longest name, in bytes once percent-encoded (40 letters of English, about 13 of Bengali or Chinese). */
export const NAME_MAX_BYTES = 80;

/** The longest language tag (BCP 47), like "zh-Hant-HK". */
export const LANGUAGE_TAG_MAX = 15;

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const URGENT = '!';

/** What the person agreed to share. Each part is left out unless they agreed to it. */
export interface Referral {
  readonly needs: readonly NeedId[];
  /** The needs they need this week (a part of needs). */
  readonly needsThisWeek: readonly NeedId[];
  readonly barriers: readonly BarrierId[];
  readonly language?: string;
  readonly contact?: ContactPreferenceId;
  readonly name?: string;
}

export type ReadReferral =
  | { readonly ok: true; readonly referral: Referral; /** What was in the link but is not known to this version, in words. */ readonly ignored: readonly string[] }
  | { readonly ok: false; readonly problem: string };

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/** Whether a language tag has the form of a BCP 47 tag this format carries. */
export function isLanguageTag(tag: string): boolean {
  return tag.length <= LANGUAGE_TAG_MAX && LANGUAGE_TAG.test(tag);
}

/** A name as it goes in the link, or an error saying it is too long. */
export function encodeName(name: string): string {
  const encoded = encodeURIComponent(name.trim().replace(/\s+/g, ' '));
  if (encoded.length > NAME_MAX_BYTES) throw new RangeError('The name is too long to fit in the link. Use a first name or initials.');
  return encoded;
}

/** The fragment (without "#") for a referral. */
export function encodeReferral(referral: Referral): string {
  const parts = [`r${FORMAT_VERSION}`];
  if (referral.needs.length > 0) parts.push(`n=${referral.needs.map((need) => NEED_CODES[need] + (referral.needsThisWeek.includes(need) ? URGENT : '')).join('')}`);
  if (referral.barriers.length > 0) parts.push(`b=${referral.barriers.map((barrier) => BARRIER_CODES[barrier]).join('')}`);
  if (referral.language !== undefined) {
    if (!isLanguageTag(referral.language)) throw new RangeError(`"${referral.language}" is not a language tag like "pl" or "pt-BR".`);
    parts.push(`l=${referral.language}`);
  }
  if (referral.contact !== undefined) parts.push(`c=${CONTACT_CODES[referral.contact]}`);
  const name = referral.name?.trim();
  if (name) parts.push(`p=${encodeName(name)}`);
  const fragment = parts.join(';');
  if (byteLength(fragment) > FRAGMENT_MAX_BYTES) throw new RangeError(`The referral is ${byteLength(fragment)} bytes long; a link holds ${FRAGMENT_MAX_BYTES} at most.`);
  return fragment;
}

const BROKEN = 'This referral link is broken: part of it is missing or was changed. Ask the person who made it to make it again.';

/** Reads a fragment (with or without its "#"), saying in English what is wrong with a refused one. */
export function decodeReferral(input: string): ReadReferral {
  const read = readReferral(input);
  return read.ok ? read : { ok: false, problem: refusalInEnglish(read) };
}

/** Why a link was refused: no referral, too long, broken, or made by another version (with its number). */
export interface Refusal {
  readonly ok: false;
  readonly reason: 'empty' | 'too-long' | 'broken' | 'version';
  readonly version?: number;
}

/** A refusal in English words (a page in another language says it with its catalogue's words). */
export function refusalInEnglish(refusal: Refusal): string {
  switch (refusal.reason) {
    case 'empty':
      return 'There is no referral in this address. Open the link, or scan the QR code, from the referral card.';
    case 'too-long':
      return `This referral link is too long (over ${FRAGMENT_MAX_BYTES} characters after the #), so it was not made by the referral tool. Ask for a new one.`;
    case 'version':
      return `This referral was made by a different version of the tool (version ${refusal.version}; this page reads version ${FORMAT_VERSION}). Ask the person who made it to make it again.`;
    default:
      return BROKEN;
  }
}

/** Reads a fragment (with or without its "#"): the referral, or why it was refused. */
export function readReferral(input: string): Exclude<ReadReferral, { ok: false }> | Refusal {
  const fragment = input.startsWith('#') ? input.slice(1) : input;
  if (fragment === '') return { ok: false, reason: 'empty' };
  if (byteLength(fragment) > FRAGMENT_MAX_BYTES) return { ok: false, reason: 'too-long' };
  const [version, ...fields] = fragment.split(';');
  const versionNumber = /^r(\d{1,3})$/.exec(version ?? '')?.[1];
  if (versionNumber === undefined) return { ok: false, reason: 'broken' };
  if (Number(versionNumber) !== FORMAT_VERSION) return { ok: false, reason: 'version', version: Number(versionNumber) };

  const needs: NeedId[] = [];
  const needsThisWeek: NeedId[] = [];
  const barriers: BarrierId[] = [];
  const ignored: string[] = [];
  let language: string | undefined;
  let contact: ContactPreferenceId | undefined;
  let name: string | undefined;
  const seen = new Set<string>();
  for (const field of fields) {
    const equals = field.indexOf('=');
    if (equals < 1) return { ok: false, reason: 'broken' };
    const key = field.slice(0, equals);
    const value = field.slice(equals + 1);
    if (seen.has(key)) return { ok: false, reason: 'broken' };
    seen.add(key);
    if (key === 'n') {
      for (const match of value.matchAll(/(.)(!?)/gsu)) {
        const need = idForCode(NEED_CODES, match[1]!);
        if (!need) ignored.push(`a need this page does not know (code "${match[1]}")`);
        else if (!needs.includes(need)) {
          needs.push(need);
          if (match[2]) needsThisWeek.push(need);
        }
      }
    } else if (key === 'b') {
      for (const code of value) {
        const barrier = idForCode(BARRIER_CODES, code);
        if (!barrier) ignored.push(`a barrier this page does not know (code "${code}")`);
        else if (!barriers.includes(barrier)) barriers.push(barrier);
      }
    } else if (key === 'l') {
      if (isLanguageTag(value)) language = value;
      else ignored.push(`a language this page cannot read ("${value}")`);
    } else if (key === 'c') {
      contact = idForCode(CONTACT_CODES, value);
      if (!contact) ignored.push(`a way to contact them that this page does not know (code "${value}")`);
    } else if (key === 'p') {
      try {
        name = decodeURIComponent(value).trim() || undefined;
      } catch {
        return { ok: false, reason: 'broken' };
      }
    } else ignored.push(`a part this page does not know ("${key}")`);
  }
  return {
    ok: true,
    referral: { needs, needsThisWeek, barriers, ...(language !== undefined ? { language } : {}), ...(contact !== undefined ? { contact } : {}), ...(name !== undefined ? { name } : {}) },
    ignored,
  };
}
