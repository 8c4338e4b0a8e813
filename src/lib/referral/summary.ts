/**
 * The intake summary a partner reads from a referral: plain words for each part, in the order
 * the referral page shows them. Plain data in, plain data out: the page's script renders it.
 */
import { barriers as barrierTerms, needs as needTerms, type NeedId } from '../vocabulary/triage-terms.ts';
import { languages } from '../vocabulary/languages.ts';
import { contactPreferences } from './codes.ts';
import type { Referral } from './fragment.ts';

export interface ReferralSummary {
  readonly name?: string;
  readonly needs: readonly { readonly need: NeedId; readonly label: string; readonly thisWeek: boolean }[];
  readonly barriers: readonly string[];
  readonly language?: string;
  readonly contact?: string;
}

/** A language's name in English: from the site's list, else the browser's, else the tag itself. */
export function languageName(tag: string): string {
  const known = languages.find(tag.toLowerCase());
  if (known) return known.label;
  try {
    const name = new Intl.DisplayNames(['en-GB'], { type: 'language' }).of(tag);
    if (name && name.toLowerCase() !== tag.toLowerCase()) return `${name} (${tag})`;
  } catch {
    // Not a tag the browser knows: show it as written.
  }
  return `Language code "${tag}"`;
}

export function summariseReferral(referral: Referral): ReferralSummary {
  return {
    ...(referral.name ? { name: referral.name } : {}),
    needs: referral.needs.map((need) => ({ need, label: needTerms.label(need), thisWeek: referral.needsThisWeek.includes(need) })),
    barriers: referral.barriers.map((barrier) => barrierTerms.label(barrier)),
    ...(referral.language ? { language: languageName(referral.language) } : {}),
    ...(referral.contact ? { contact: contactPreferences.label(referral.contact) } : {}),
  };
}
