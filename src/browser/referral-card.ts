/**
 * "Pass the referral on", below the triage tool's referral card: the champion ticks what the
 * person agrees to share (nothing is ticked at first; the name is off), and the card gets a QR
 * code, and the page a link, to the referral page with the referral in the address after "#"
 * (src/lib/referral/fragment.ts). Nothing is stored or sent: the link is made here, and the QR
 * code is drawn here (src/browser/referral-qr.ts, loaded only when the first code is made).
 *
 * The form is made here, not in the page's HTML: it only works with JavaScript, and this file
 * loads only when the champion starts the tool, so the triage page stays light.
 */
import { barriers as barrierTerms, needs as needTerms, type BarrierId, type NeedId } from '../lib/vocabulary/triage-terms.ts';
import { languages } from '../lib/vocabulary/languages.ts';
import type { UrgencyId } from '../lib/triage/facts.ts';
import { referralUrl } from '../lib/referral/link.ts';
import { encodeName, NAME_MAX_BYTES, type Referral } from '../lib/referral/fragment.ts';
import { contactPreferences, type ContactPreferenceId } from '../lib/referral/codes.ts';
import { cardText, type CardWords } from '../lib/referral/card-words.ts';

export interface CardFindings {
  readonly needs: readonly { readonly need: NeedId; readonly urgency: UrgencyId }[];
  readonly barriers: readonly BarrierId[];
}

export interface ReferralShare {
  /** A new card: the ticks, the name and any link are cleared. With words, the card's part for the person (and the link's page and text message) is in their language. */
  update(findings: CardFindings, words?: CardWords): void;
  /** Forgets everything (when the champion starts again). */
  clear(): void;
}

/** An element with attributes (true for an empty one) and children. */
function h(tag: string, attributes: Record<string, string | true> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value === true ? '' : value);
  node.append(...children);
  return node;
}

/** A tick box for one thing to share, with its label. */
const tick = (name: string, label: string, ...more: Node[]) =>
  h('div', { class: 'checkbox', 'data-share-row': name }, h('input', { type: 'checkbox', id: `share-${name}`, 'data-share': name }), h('label', { for: `share-${name}` }, label, ...more));

/** A labelled field under a tick box. */
const field = (id: string, label: string, control: HTMLElement) => h('div', { class: 'field' }, h('label', { for: id }, label), control);

function choices(id: string, terms: readonly { id: string; label: string }[]): HTMLSelectElement {
  const select = h('select', { id }) as HTMLSelectElement;
  select.append(...terms.map((term) => new Option(term.label, term.id)));
  return select;
}

/** Sets up the form below the card in the triage tool's card step; referralPage is the referral page's path. */
export function setUpReferralShare(step: HTMLElement, referralPage: string): ReferralShare {
  const card = step.querySelector<HTMLElement>('[data-card]')!;
  const qr = h('div', { class: 'referral-qr', 'data-referral-qr': true });
  const outHeading = h('h3', {}, 'For the place that helps you');
  const outText = h('p', {}, 'Show this code to the helper where you go. It tells them what you need, so you do not have to explain it again. It holds only what you agreed to share.');
  const out = h('div', { class: 'referral-out', 'data-referral-out': true, hidden: true }, outHeading, qr, outText);
  // The page the link opens, and the text message's words: in the card's language once update() is given its words.
  let page = referralPage;
  let linkMessage = (url: string) => `What you need, for the place that helps you: ${url}`;
  // Under the card's heading: printed, it sits at the top right, beside the opening lines.
  card.querySelector('h2')!.after(out);

  const needsList = h('span');
  const barriersList = h('span');
  const language = choices('share-language-choice', languages.terms);
  const contact = choices('share-contact-choice', contactPreferences.terms);
  const nameText = h('input', { type: 'text', id: 'share-name-text', maxlength: String(NAME_MAX_BYTES / 2), autocomplete: 'off', spellcheck: 'false' }) as HTMLInputElement;
  const error = h('p', { class: 'field-error', role: 'alert', 'data-share-error': true, hidden: true });
  const make = h('button', { type: 'button', class: 'button' }, 'Add the link and QR code');
  const link = h('a', { href: '#share-heading', 'data-referral-link': true }, 'Open the referral summary') as HTMLAnchorElement;
  const sms = h('a', { href: '#share-heading', 'data-referral-sms': true }, 'Send the link by text message') as HTMLAnchorElement;
  const remove = h('button', { type: 'button', class: 'button secondary' }, 'Remove the link');
  const done = [link, sms, remove].map((control) => h('li', { hidden: true }, control));
  const share = h(
    'section',
    { class: 'panel no-print', 'aria-labelledby': 'share-heading', 'data-referral-share': true },
    h('h3', { id: 'share-heading' }, 'Pass the referral on'),
    h('p', {}, 'You can add a link and a QR code to the card. The helper at the place you refer them to opens it and sees what the person needs.'),
    h('p', {}, h('strong', {}, 'Ask the person first.'), ' Tick only what they agree to share. It goes in the link itself: this site does not keep it or send it anywhere.'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'What do they agree to share?'),
      tick('needs', 'What they need: ', needsList),
      tick('barriers', 'What makes it hard for them: ', barriersList),
      tick('language', 'The language they prefer'),
      field(language.id, 'Language', language),
      tick('contact', 'How they want to be contacted'),
      field(contact.id, 'How to contact them', contact),
      tick('name', 'Their name (only if they want it shared)'),
      field(nameText.id, 'Name', nameText),
    ),
    error,
    h('ul', { class: 'actions' }, h('li', {}, make), ...done),
  );
  card.after(share);

  let findings: CardFindings = { needs: [], barriers: [] };
  const box = (name: string) => share.querySelector<HTMLInputElement>(`[data-share="${name}"]`)!;
  const showError = (message: string) => {
    error.textContent = message;
    error.hidden = message === '';
  };
  const removeLink = () => {
    out.hidden = true;
    qr.replaceChildren();
    for (const item of done) item.hidden = true;
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

  const makeLink = async () => {
    const referral = readConsent();
    if (typeof referral === 'string') {
      showError(referral);
      return;
    }
    showError('');
    const url = referralUrl(new URL(page, location.href).href, referral);
    link.href = url;
    sms.href = `sms:?body=${encodeURIComponent(linkMessage(url))}`;
    for (const item of done) item.hidden = false;
    const { referralQrSvg } = await import('./referral-qr.ts');
    qr.replaceChildren(referralQrSvg(url));
    out.hidden = false;
  };

  make.addEventListener('click', () => void makeLink());
  remove.addEventListener('click', removeLink);
  // Whatever changes after a link is made, the old link goes: it would not match what was agreed.
  share.addEventListener('change', removeLink);
  share.addEventListener('input', removeLink);

  return {
    update(next, words) {
      findings = next;
      clear();
      if (words) {
        outHeading.textContent = words.text['card.qrHeading'];
        outText.textContent = words.text['card.qrText'];
        page = words.referralPage;
        linkMessage = (url) => cardText(words, 'card.smsLink', { url });
      }
      needsList.textContent = findings.needs.map((n) => needTerms.label(n.need)).join('; ');
      barriersList.textContent = findings.barriers.map((b) => barrierTerms.label(b)).join('; ');
      box('needs').parentElement!.hidden = findings.needs.length === 0;
      box('barriers').parentElement!.hidden = findings.barriers.length === 0;
    },
    clear,
  };
}
