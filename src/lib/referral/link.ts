/** The referral's full address: the referral page's address on this site, "#", and the referral. */
import { encodeReferral, type Referral } from './fragment.ts';

/** The referral's address, from the referral page's absolute address (any fragment it has is dropped). */
export function referralUrl(pageUrl: string, referral: Referral): string {
  const page = new URL(pageUrl);
  page.hash = '';
  return `${page.href}#${encodeReferral(referral)}`;
}
