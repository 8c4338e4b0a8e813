/** Referrals the referral tests share (the unit, site and browser referral tests). */
import { barriers, needs } from '../../src/lib/vocabulary/triage-terms.ts';
import { LANGUAGE_TAG_MAX, NAME_MAX_BYTES, type Referral } from '../../src/lib/referral/fragment.ts';

/** A site address as long as a council's is likely to be. */
export const LONG_SITE_REFERRAL_PAGE = 'https://digital-inclusion.example-borough.gov.uk/referral/';

/** The biggest referral the format allows: every need this week, every barrier, the longest language tag, a contact choice, the longest name. */
export const LARGEST_REFERRAL: Referral = {
  needs: [...needs.ids],
  needsThisWeek: [...needs.ids],
  barriers: [...barriers.ids],
  language: 'zh-Hant-HK-abcd'.slice(0, LANGUAGE_TAG_MAX),
  contact: 'through-helper',
  name: 'A'.repeat(NAME_MAX_BYTES),
};
