/**
 * "Pass the referral on", on the triage tool's referral card: the champion ticks what the
 * person agrees to share, and the card gets a QR code, and the page a link, to the referral
 * page with the referral in the address after "#" (src/lib/referral/fragment.ts). Nothing is
 * stored or sent: the link is made here, and the QR code is drawn here
 * (src/browser/referral-qr.ts, loaded only when the first code is made).
 */
import { barriers as barrierTerms, needs as needTerms, type BarrierId, type NeedId } from '../lib/vocabulary/triage-terms.ts';
import type { UrgencyId } from '../lib/triage/facts.ts';
import { referralUrl } from '../lib/referral/link.ts';
import { encodeName, type Referral } from '../lib/referral/fragment.ts';
import { contactPreferences, type ContactPreferenceId } from '../lib/referral/codes.ts';
import { languages } from '../lib/vocabulary/languages.ts';

export interface CardFindings {
  readonly needs: readonly { readonly need: NeedId; readonly urgency: UrgencyId }[];
  readonly barriers: readonly BarrierId[];
}

export interface ReferralShare {
  /** A new card: the ticks, the name and any link are cleared. */
  update(findings: CardFindings): void;
  /** Forgets everything (when the champion starts again). */
  clear(): void;
}

export function setUpReferralShare(step: HTMLElement): ReferralShare {
  const share = step.querySelector<HTMLElement>('[data-referral-share]')!;
  const out = step.querySelector<HTMLElement>('[data-referral-out]')!;
  const qr = out.querySelector<HTMLElement>('[data-referral-qr]')!;
  const error = share.querySelector<HTMLElement>('[data-share-error]')!;
  const box = (name: string) => share.querySelector<HTMLInputElement>(`[data-share="${name}"]`)!;
  const nameText = share.querySelector<HTMLInputElement>('#share-name-text')!;
  const language = share.querySelector<HTMLSelectElement>('#share-language-choice')!;
  const contact = share.querySelector<HTMLSelectElement>('#share-contact-choice')!;
  const link = share.querySelector<HTMLAnchorElement>('[data-referral-link]')!;
  const sms = share.querySelector<HTMLAnchorElement>('[data-referral-sms]')!;
  let findings: CardFindings = { needs: [], barriers: [] };
  // The choices are filled in here, not in the page's HTML, so the page stays light.
  for (const [select, terms] of [
    [language, languages.terms],
    [contact, contactPreferences.terms],
  ] as const)
    select.replaceChildren(...terms.map((term) => new Option(term.label, term.id)));

  const showError = (message: string) => {
    error.textContent = message;
    error.hidden = message === '';
  };
  const removeLink = () => {
    out.hidden = true;
    qr.replaceChildren();
    for (const done of share.querySelectorAll<HTMLElement>('[data-referral-done]')) done.hidden = true;
    link.href = sms.href = '#share-heading';
  };
  const clear = () => {
    removeLink();
    showError('');
    for (const input of share.querySelectorAll<HTMLInputElement>('[data-share]')) input.checked = false;
    nameText.value = '';
    language.selectedIndex = 0;
    contact.selectedIndex = 0;
  };

  /** What the person agreed to share, or a message saying what to fix. */
  const readConsent = (): Referral | string => {
    const needs = box('needs').checked ? findings.needs.map((n) => n.need) : [];
    const referral: Referral = {
      needs,
      needsThisWeek: needs.filter((need) => findings.needs.some((n) => n.need === need && n.urgency === 'this-week')),
      barriers: box('barriers').checked ? findings.barriers : [],
      ...(box('language').checked ? { language: language.value } : {}),
      ...(box('contact').checked ? { contact: contact.value as ContactPreferenceId } : {}),
    };
    const name = nameText.value.trim();
    if (box('name').checked) {
      if (!name) return 'Type their name, or untick "Their name".';
      try {
        encodeName(name);
      } catch (problem) {
        return (problem as Error).message;
      }
      return { ...referral, name };
    }
    if (name) return 'You typed a name, but "Their name" is not ticked. Tick it if they agree to share it, or delete the name.';
    if (!referral.needs.length && !referral.barriers.length && !referral.language && !referral.contact) return 'Tick at least one thing they agree to share.';
    return referral;
  };

  const make = async () => {
    const referral = readConsent();
    if (typeof referral === 'string') {
      showError(referral);
      return;
    }
    showError('');
    const url = referralUrl(new URL(share.dataset.referralPage ?? '/referral/', location.href).href, referral);
    link.href = url;
    sms.href = `sms:?body=${encodeURIComponent(`What you need, for the place that helps you: ${url}`)}`;
    for (const done of share.querySelectorAll<HTMLElement>('[data-referral-done]')) done.hidden = false;
    const { referralQrSvg } = await import('./referral-qr.ts');
    qr.replaceChildren(referralQrSvg(url));
    out.hidden = false;
  };

  share.querySelector('[data-referral-make]')!.addEventListener('click', () => void make());
  share.querySelector('[data-referral-remove]')!.addEventListener('click', removeLink);
  // Whatever changes after a link is made, the old link goes: it would not match what was agreed.
  share.addEventListener('change', removeLink);
  share.addEventListener('input', removeLink);

  return {
    update(next) {
      findings = next;
      clear();
      share.querySelector<HTMLElement>('[data-share-needs]')!.textContent = findings.needs.map((n) => needTerms.label(n.need)).join('; ') || 'nothing found';
      share.querySelector<HTMLElement>('[data-share-barriers]')!.textContent = findings.barriers.map((b) => barrierTerms.label(b)).join('; ');
      share.querySelector<HTMLElement>('[data-share-row="needs"]')!.hidden = findings.needs.length === 0;
      share.querySelector<HTMLElement>('[data-share-row="barriers"]')!.hidden = findings.barriers.length === 0;
    },
    clear,
  };
}
