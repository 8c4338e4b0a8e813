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

/**
 * The summary page's words in its language (written into the page from the catalogue; see
 * src/pages/[...lang]/referral/index.astro): labels by id, and the locale that names languages.
 */
export interface SummaryWords {
  readonly locale: string;
  readonly needs: Readonly<Record<string, string>>;
  readonly barriers: Readonly<Record<string, string>>;
  readonly contact: Readonly<Record<string, string>>;
}

/** A language's name in the page's language (Intl), else the tag itself. */
export function languageNameIn(locale: string, tag: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(tag);
    if (name && name.toLowerCase() !== tag.toLowerCase()) return name;
  } catch {
    // Not a tag the browser knows: show it as written.
  }
  return tag;
}

/** The summary, in English or (with words) in the page's language. */
export function summariseReferral(referral: Referral, words?: SummaryWords): ReferralSummary {
  const english = words === undefined || words.locale === 'en-GB';
  return {
    ...(referral.name ? { name: referral.name } : {}),
    needs: referral.needs.map((need) => ({ need, label: words?.needs[need] ?? needTerms.label(need), thisWeek: referral.needsThisWeek.includes(need) })),
    barriers: referral.barriers.map((barrier) => words?.barriers[barrier] ?? barrierTerms.label(barrier)),
    ...(referral.language ? { language: english ? languageName(referral.language) : languageNameIn(words.locale, referral.language) } : {}),
    ...(referral.contact ? { contact: words?.contact[referral.contact] ?? contactPreferences.label(referral.contact) } : {}),
  };
}
