/**
 * The shortlist page (/shortlist/). Shows the list kept in this browser, or a list someone sent
 * in the address's #fragment (with a button to keep it here), by fetching one small file per
 * listing from this site. Then it offers the list as a printout, a text message of at most 3
 * segments and a link that carries the list in its #fragment. The list itself is never sent:
 * each file is fetched on its own, with no Referer, like opening the listing's page.
 */
import { smsLink } from '../lib/directory/listing.ts';
import type { ShortlistEntry } from '../lib/shortlist/entry-shape.ts';
import { decodeShortlistFragment, shortlistLink } from '../lib/shortlist/fragment.ts';
import { cleanShortlist, mergeShortlists } from '../lib/shortlist/clean.ts';
import { readShortlist, writeShortlist } from '../lib/shortlist/list.ts';
import { shortlistEntryPath } from '../lib/shortlist/paths.ts';
import { qrPath } from '../lib/shortlist/qr-modules.ts';
import { readShortlistEntry } from '../lib/shortlist/read-entry.ts';
import { SMS_MAX_SEGMENTS, shortlistMessage } from '../lib/shortlist/text-message.ts';

const root = document.querySelector<HTMLElement>('[data-shortlist-page]');

if (root) {
  const base = (root.dataset.base ?? '/').replace(/\/$/, '');
  const find = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-shortlist-${name}]`)!;
  const status = find('status');
  const entriesList = find<HTMLOListElement>('entries');
  const share = find('share');
  const sent = find('sent');
  const text = find<HTMLTextAreaElement>('text');
  const textSize = find('text-size');
  const sms = find<HTMLAnchorElement>('sms');
  const linkBox = find<HTMLInputElement>('link');
  const copied = find('copied');
  const clear = find<HTMLButtonElement>('clear');
  const ownPart = find('own');
  let store: Storage | undefined;
  try {
    store = localStorage;
  } catch {
    // Storage is blocked: a list that was sent can still be shown, but not kept.
  }

  const make = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') => Object.assign(document.createElement(tag), { textContent: text, className });
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

  /** One listing's file, or undefined when the site has no listing by that id (or the file is not right); each fetched once. */
  const files = new Map<string, Promise<ShortlistEntry | undefined>>();
  const load = (id: string): Promise<ShortlistEntry | undefined> => {
    let file = files.get(id);
    if (!file)
      files.set(
        id,
        (file = fetch(`${base}${shortlistEntryPath(id)}`, { referrerPolicy: 'no-referrer', credentials: 'omit' })
          .then(async (response) => (response.ok ? readShortlistEntry(await response.json(), id) : undefined))
          .catch(() => undefined)),
      );
    return file;
  };

  const qrCode = (entry: ShortlistEntry): SVGSVGElement => {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    const path = document.createElementNS(ns, 'path');
    svg.setAttribute('viewBox', `0 0 ${entry.qr.size} ${entry.qr.size}`);
    svg.setAttribute('class', 'qr');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `QR code: scan it to open the page for ${entry.name}`);
    svg.setAttribute('shape-rendering', 'crispEdges');
    path.setAttribute('d', qrPath(entry.qr));
    svg.append(path);
    return svg;
  };

  const removeButton = (id: string, name: string) => {
    const button = make('button', 'Take off your shortlist', 'button secondary');
    button.type = 'button';
    button.setAttribute('aria-label', `Take off your shortlist: ${name}`);
    button.addEventListener('click', () => {
      if (!store) return;
      writeShortlist(
        store,
        readShortlist(store).filter((other) => other !== id),
      );
      void show(`${name} is off your shortlist.`);
    });
    const line = make('p', '', 'no-print');
    line.append(button);
    return line;
  };

  const entryItem = (entry: ShortlistEntry, own: boolean): HTMLLIElement => {
    const item = make('li', '', `sheet-entry${entry.closed ? ' no-print' : ''}`);
    const textPart = make('div', '', 'sheet-text');
    const heading = make('h2');
    const link = make('a', entry.name);
    link.href = `${base}${entry.path}`;
    heading.append(link);
    textPart.append(heading);
    if (entry.phone) {
      const phone = make('p', 'Phone ', 'sheet-phone');
      const dial = make('a', entry.phone);
      dial.href = `tel:${entry.phone.replace(/[^0-9+]/g, '')}`;
      phone.append(dial);
      textPart.append(phone);
    }
    for (const line of entry.contact) textPart.append(make('p', line, 'sheet-contact'));
    if (entry.closed) textPart.append(make('p', `${entry.closed} It is left out of the printout and the text message.`, 'shortlist-closed'));
    for (const place of entry.places) {
      const where = make('div', '', 'sheet-place');
      where.append(make('p', place.where), make('p', place.hours));
      textPart.append(where);
    }
    if (entry.noPlace) textPart.append(make('p', entry.noPlace));
    if (own) textPart.append(removeButton(entry.id, entry.name));
    item.append(textPart, qrCode(entry));
    return item;
  };

  const missingItem = (id: string, own: boolean): HTMLLIElement => {
    const item = make('li', '', 'sheet-entry no-print');
    const textPart = make('div', '', 'sheet-text');
    textPart.append(make('p', 'This help is no longer on this website.'));
    if (own) textPart.append(removeButton(id, 'This help'));
    item.append(textPart);
    return item;
  };

  /** The list showing: a list someone sent (until it is kept), or the one kept here. */
  const showing = (): { ids: string[]; own: boolean; unreadable: number } => {
    const fromLink = decodeShortlistFragment(location.hash);
    if (fromLink) return { ids: fromLink.ids, own: false, unreadable: fromLink.unreadable };
    return { ids: store ? cleanShortlist(readShortlist(store)) : [], own: true, unreadable: 0 };
  };

  let newest = 0;
  const show = async (said = '') => {
    const ticket = ++newest;
    const { ids, own, unreadable } = showing();
    const kept = store ? readShortlist(store) : [];
    sent.hidden = own || !store || ids.every((id) => kept.includes(id));
    status.textContent = ids.length === 0 ? '' : 'Getting the details…';
    const loaded = await Promise.all(ids.map(async (id) => ({ id, entry: await load(id) })));
    if (ticket !== newest) return;
    entriesList.replaceChildren(...loaded.map(({ id, entry }) => (entry ? entryItem(entry, own) : missingItem(id, own))));
    const entries = loaded.flatMap(({ entry }) => (entry ? [entry] : []));
    const gone = ids.length - entries.length;
    const lines = [
      said,
      ids.length === 0
        ? own
          ? 'Your shortlist is empty. When you find help you want to keep, press "Add to your shortlist".'
          : 'This link has no help in it that we can show.'
        : `${own ? 'Your shortlist has' : 'This list has'} ${plural(ids.length, 'service', 'services')} on it.`,
      ...(gone > 0 ? [`${plural(gone, 'of them is', 'of them are')} no longer on this website.`] : []),
      ...(unreadable > 0 ? [`${plural(unreadable, 'part', 'parts')} of the link could not be read. Ask for the link again.`] : []),
    ];
    status.textContent = lines.filter(Boolean).join(' ');
    share.hidden = entries.length === 0;
    ownPart.hidden = !own;
    const link = shortlistLink(location.href.split('#')[0]!, ids);
    const message = shortlistMessage(entries, link);
    text.value = message.text;
    textSize.textContent = [
      `This message is ${plural(message.segments, 'text', 'texts')} long${message.segments > SMS_MAX_SEGMENTS ? ': too long to send as one' : ''}.`,
      ...(message.notSent > 0 ? [`${plural(message.notSent, 'service did', 'services did')} not fit: ${message.withLink ? 'the link has them all' : 'print the list or send the link'}.`] : []),
      ...(message.closed > 0 ? [`${plural(message.closed, 'service that has', 'services that have')} closed ${message.closed === 1 ? 'is' : 'are'} left out.`] : []),
    ].join(' ');
    sms.href = smsLink(message.text);
    linkBox.value = link;
  };

  find('save').addEventListener('click', () => {
    if (!store) return;
    const fromLink = decodeShortlistFragment(location.hash);
    writeShortlist(store, mergeShortlists(readShortlist(store), fromLink?.ids ?? []));
    // The list is kept: show this browser's shortlist, at the page's own address.
    history.replaceState(null, '', location.pathname);
    void show('The list is now on your shortlist.');
  });
  find('print').addEventListener('click', () => window.print());
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-shortlist-copy]'))
    button.addEventListener('click', async () => {
      const box = document.getElementById(button.dataset.shortlistCopy!) as HTMLInputElement | HTMLTextAreaElement;
      try {
        await navigator.clipboard.writeText(box.value);
        copied.textContent = 'Copied. You can paste it now.';
      } catch {
        box.select();
        copied.textContent = 'Copying did not work here. It is selected: copy it yourself.';
      }
    });
  clear.addEventListener('click', () => {
    if (!store) return;
    writeShortlist(store, []);
    void show('Your shortlist is clear.');
  });
  addEventListener('hashchange', () => void show());
  addEventListener('storage', () => void show());

  for (const element of document.querySelectorAll<HTMLElement>('[data-shortlist-no-js]')) element.hidden = true;
  root.hidden = false;
  void show(store ? '' : 'This browser does not let websites keep anything, so your shortlist cannot be kept here.');
}
