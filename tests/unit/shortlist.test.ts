/**
 * The shortlist's rules (src/lib/shortlist/): the list kept in the browser, the link that carries
 * it in its #fragment, the small file per listing, its QR code, and the text message of at most 3
 * segments. Good and bad inputs: a broken link, an unknown id, a listing that closed.
 */
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { countSmsSegments } from '../../src/lib/sms.ts';
import { cleanShortlist, isListingId, mergeShortlists } from '../../src/lib/shortlist/clean.ts';
import { shortlistEntry } from '../../src/lib/shortlist/entry.ts';
import type { ShortlistEntry } from '../../src/lib/shortlist/entry-shape.ts';
import { decodeShortlistFragment, encodeShortlistFragment, shortlistLink } from '../../src/lib/shortlist/fragment.ts';
import { readShortlist, SHORTLIST_KEY, SHORTLIST_MAX, toggleListing, writeShortlist } from '../../src/lib/shortlist/list.ts';
import { listingIdFromPath, SHORTLIST_PAGE, shortlistEntryPath } from '../../src/lib/shortlist/paths.ts';
import { listingQr } from '../../src/lib/shortlist/qr-code.ts';
import { packQr, qrPath, unpackQr } from '../../src/lib/shortlist/qr-modules.ts';
import { readShortlistEntry } from '../../src/lib/shortlist/read-entry.ts';
import { shortlistMessage, SMS_MAX_SEGMENTS } from '../../src/lib/shortlist/text-message.ts';
import { viewService } from '../support/view-service.ts';

/** A stand-in for localStorage. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('the shortlist kept in the browser', () => {
  it('reads and writes a JSON array of ids under its key in the list of what the site keeps, newest last', () => {
    const storage = memoryStorage();
    expect(readShortlist(storage)).toEqual([]);
    let list = toggleListing(readShortlist(storage), 'library-wifi');
    list = toggleListing(list, 'tech-cafe');
    writeShortlist(storage, list);
    expect(storage.items.get(SHORTLIST_KEY)).toBe('["library-wifi","tech-cafe"]');
    expect(readShortlist(storage)).toEqual(['library-wifi', 'tech-cafe']);
  });

  it('takes a listing off when it is toggled again, and removes the key when the list is empty', () => {
    const storage = memoryStorage({ [SHORTLIST_KEY]: '["a","b"]' });
    writeShortlist(storage, toggleListing(readShortlist(storage), 'a'));
    expect(readShortlist(storage)).toEqual(['b']);
    writeShortlist(storage, toggleListing(readShortlist(storage), 'b'));
    expect(storage.items.has(SHORTLIST_KEY)).toBe(false);
  });

  it('reads broken or foreign storage as an empty list, or keeps only the ids in it', () => {
    for (const stored of ['not json', '{"a":1}', '"text"', 'null', '42']) expect(readShortlist(memoryStorage({ [SHORTLIST_KEY]: stored })), stored).toEqual([]);
    expect(readShortlist(memoryStorage({ [SHORTLIST_KEY]: '["a", 3, null, "b"]' }))).toEqual(['a', 'b']);
  });
});

describe('checking ids from outside', () => {
  it('accepts ids made from file names and refuses anything that could point elsewhere', () => {
    for (const good of ['eastbrook-library-wifi', 'café-drop-in', 'a', 'x'.repeat(100)]) expect(isListingId(good), good).toBe(true);
    for (const bad of ['', '../secret', 'a/b', 'a.json', '%2e%2e', 'a,b', 'a b', 'a\u0000', 'x'.repeat(101), 3, null, undefined]) expect(isListingId(bad), String(bad)).toBe(false);
  });

  it('keeps each id once, in order, and no more than the most a shortlist keeps', () => {
    expect(cleanShortlist(['a', 'b', 'a', '../x', 'c'])).toEqual(['a', 'b', 'c']);
    expect(cleanShortlist(Array.from({ length: 30 }, (_, i) => `id-${i}`))).toHaveLength(SHORTLIST_MAX);
    expect(mergeShortlists(['a', 'b'], ['b', 'c'])).toEqual(['a', 'b', 'c']);
  });
});

describe('the link that carries a shortlist in its #fragment', () => {
  it('round-trips a list, in order', () => {
    const ids = ['eastbrook-library-wifi', 'riverside-tech-cafe', 'café-drop-in'];
    const fragment = encodeShortlistFragment(ids);
    expect(fragment).toBe('ids=eastbrook-library-wifi,riverside-tech-cafe,caf%C3%A9-drop-in');
    expect(decodeShortlistFragment(`#${fragment}`)).toEqual({ ids, unreadable: 0 });
    expect(decodeShortlistFragment(fragment)).toEqual({ ids, unreadable: 0 });
  });

  it('puts the list only after the # of the shortlist page, so it is never sent to a server', () => {
    const link = shortlistLink('https://digital.example.gov.uk/hub/shortlist/', ['a', 'b']);
    expect(link).toBe('https://digital.example.gov.uk/hub/shortlist/#ids=a,b');
    const url = new URL(link);
    expect(url.pathname + url.search).toBe('/hub/shortlist/');
    // A link made from a page that already had a list replaces it.
    expect(shortlistLink('https://digital.example.gov.uk/shortlist/#ids=old', ['new'])).toBe('https://digital.example.gov.uk/shortlist/#ids=new');
  });

  it('says a fragment holds no list when it is empty or for something else', () => {
    for (const hash of ['', '#', '#main', '#large-print', '#id=a']) expect(decodeShortlistFragment(hash), hash).toBeUndefined();
  });

  it('reads a broken link as far as it can, and counts the parts it could not read', () => {
    expect(decodeShortlistFragment('#ids=')).toEqual({ ids: [], unreadable: 0 });
    expect(decodeShortlistFragment('#ids=a,,b')).toEqual({ ids: ['a', 'b'], unreadable: 1 });
    expect(decodeShortlistFragment('#ids=a,%E0%A4%A,b')).toEqual({ ids: ['a', 'b'], unreadable: 1 });
    expect(decodeShortlistFragment('#ids=a,..%2Fsecret,b%2Fc')).toEqual({ ids: ['a'], unreadable: 2 });
    expect(decodeShortlistFragment('#ids=a,a,b')).toEqual({ ids: ['a', 'b'], unreadable: 0 });
    const long = Array.from({ length: SHORTLIST_MAX + 5 }, (_, i) => `id-${i}`).join(',');
    expect(decodeShortlistFragment(`#ids=${long}`)).toMatchObject({ unreadable: 5 });
  });
});

describe('addresses', () => {
  it('finds a listing from the address of its page, under any base', () => {
    expect(listingIdFromPath('/services/eastbrook-library/')).toBe('eastbrook-library');
    expect(listingIdFromPath('/hub/services/eastbrook-library/')).toBe('eastbrook-library');
    expect(listingIdFromPath('/services/eastbrook-library/index.html')).toBe('eastbrook-library');
    expect(listingIdFromPath('/services/caf%C3%A9/')).toBe('café');
    for (const other of ['/services/', '/find-help/in/eastbrook/', '/services/a/b/', '/services/%E0%A4%A/', '']) expect(listingIdFromPath(other), other).toBeUndefined();
    expect(listingIdFromPath(routes.service('eastbrook-library'))).toBe('eastbrook-library');
  });

  it('names the shortlist page as routes.ts does, and one file per listing', () => {
    expect(SHORTLIST_PAGE).toBe(routes.shortlist());
    expect(shortlistEntryPath('eastbrook-library')).toBe('/shortlist/listings/eastbrook-library.json');
    expect(shortlistEntryPath('café')).toBe('/shortlist/listings/caf%C3%A9.json');
  });
});

describe('QR codes in the shortlist files', () => {
  it('packs the modules of a QR code and unpacks them the same, for the code the printed sheets use', () => {
    const url = 'https://digital.example.gov.uk/services/eastbrook-library-wifi-and-computers/';
    const packed = listingQr(url);
    const code = QRCode.create([{ data: new TextEncoder().encode(url), mode: 'byte' }], { errorCorrectionLevel: 'M', maskPattern: 0 });
    expect(packed.size).toBe(code.modules.size);
    expect(unpackQr(packed)).toEqual([...code.modules.data].map((m) => m === 1));
    // Stored small: 1 bit a module, in base64.
    expect(packed.bits.length).toBeLessThanOrEqual(Math.ceil(Math.ceil((packed.size * packed.size) / 8) / 3) * 4);
  });

  it('draws each run of dark modules in a row as one rectangle', () => {
    const size = 21;
    const modules = new Array<number>(size * size).fill(0);
    modules[0] = modules[1] = modules[2] = 1; // a run of 3 in the first row
    modules[size * 20 + 20] = 1; // one in the last corner
    expect(qrPath(packQr(size, modules))).toBe('M0 0h3v1h-3zM20 20h1v1h-1z');
  });

  it('refuses a QR code that is not whole', () => {
    expect(() => packQr(21, [1, 0])).toThrow();
    const packed = packQr(21, new Array<number>(441).fill(1));
    expect(() => unpackQr({ ...packed, size: 25 })).toThrow(/not whole/);
    expect(() => unpackQr({ size: 21, bits: 'AAAA' })).toThrow(/not whole/);
  });
});

const areaIds = ['north', 'south'];
const northLibrary = {
  name: 'North Library',
  address: ['1 High Street'],
  town: 'North Town',
  postcode: 'NT1 1AA',
  area: 'north',
  openingHours: [{ days: ['monday' as const], opens: '10:00', closes: '13:00' }],
};
const southHall = { name: 'South Hall', address: ['2 Low Road'], town: 'Southgate', postcode: 'ST2 2BB', area: 'south', hoursNote: 'Phone to book.' };
const qr = packQr(21, new Array<number>(441).fill(0));

describe('the file for one listing', () => {
  it('gives the phone number and every place of a listing with places in two areas, with their hours', () => {
    const entry = shortlistEntry(viewService('library-help', { name: 'Library help', kinds: ['free-wifi'], phone: '01632 960000', locations: [northLibrary, southHall] }, areaIds), qr);
    expect(entry).toEqual({
      format: 1,
      id: 'library-help',
      name: 'Library help',
      path: '/services/library-help/',
      phone: '01632 960000',
      contact: [],
      places: [
        { where: 'North Library, 1 High Street, North Town NT1 1AA', hours: 'Open: Mondays, 10am to 1pm.' },
        { where: 'South Hall, 2 Low Road, Southgate ST2 2BB', hours: 'Phone to book.' },
      ],
      qr,
    });
  });

  it('gives email and website when there is no phone, how help is given when there is no place, and says when it has closed', () => {
    const entry = shortlistEntry(
      viewService(
        'email-help',
        { name: 'Email help', kinds: ['drop-in-help'], email: 'help@example.org', website: 'https://example.org/help/', supportModes: ['remote'], status: 'inactive' },
        areaIds,
      ),
      qr,
    );
    expect(entry).toMatchObject({ contact: ['Email help@example.org', 'Website example.org/help'], places: [], noPlace: 'By phone or online', closed: 'This service has closed.' });
    expect(entry.phone).toBeUndefined();
    expect(shortlistEntry(viewService('paused', { name: 'Paused', kinds: ['free-wifi'], phone: '01632 960001', status: 'temporarily-closed' }, areaIds), qr).closed).toBe(
      'This service is closed for now.',
    );
  });

  it('is read back in the browser only when it is a shortlist file of this format for that id', () => {
    const entry = shortlistEntry(viewService('library-help', { name: 'Library help', kinds: ['free-wifi'], phone: '01632 960000', locations: [northLibrary] }, areaIds), qr);
    const json: unknown = JSON.parse(JSON.stringify(entry));
    expect(readShortlistEntry(json, 'library-help')).toEqual(entry);
    expect(readShortlistEntry(json, 'another-listing')).toBeUndefined();
    for (const bad of [
      null,
      'text',
      [],
      { ...entry, format: 2 },
      { ...entry, name: 3 },
      { ...entry, places: [{ where: 'x' }] },
      { ...entry, qr: undefined },
      { ...entry, path: 'javascript:alert(1)' },
    ])
      expect(readShortlistEntry(bad, 'library-help'), JSON.stringify(bad)).toBeUndefined();
  });
});

/** An entry as the shortlist page has it. */
const entry = (id: string, data: Partial<ShortlistEntry> = {}): ShortlistEntry => ({
  format: 1,
  id,
  name: `Help at ${id}`,
  path: `/services/${id}/`,
  phone: '01632 960000',
  contact: [],
  places: [{ where: `${id} Library, 1 High Street, North Town NT1 1AA`, hours: 'Open: Mondays to Fridays, 9am to 5pm. Saturdays, 10am to 4pm.' }],
  qr,
  ...data,
});
const link = 'https://digital.example.gov.uk/shortlist/#ids=north,south,east';

describe('the text message', () => {
  it('gives three short listings in full (name, phone, place and hours) and the link, within 3 segments', () => {
    const short = (id: string) => entry(id, { places: [{ where: `${id} Library, 1 High Street, North Town NT1 1AA`, hours: 'Open: Mondays, 10am to 1pm.' }] });
    const message = shortlistMessage([short('north'), short('south'), short('east')], link);
    expect(message).toMatchObject({ sent: 3, notSent: 0, closed: 0, details: ['full', 'full', 'full'], withLink: true, encoding: 'GSM-7' });
    expect(message.segments).toBeLessThanOrEqual(SMS_MAX_SEGMENTS);
    expect(message.segments).toBe(countSmsSegments(message.text).segments);
    expect(message.text.split('\n')).toEqual([
      'Your shortlist of free help:',
      '1. Help at north',
      'Phone 01632 960000',
      'north Library, 1 High Street, North Town NT1 1AA',
      'Open: Mondays, 10am to 1pm.',
      '2. Help at south',
      'Phone 01632 960000',
      'south Library, 1 High Street, North Town NT1 1AA',
      'Open: Mondays, 10am to 1pm.',
      '3. Help at east',
      'Phone 01632 960000',
      'east Library, 1 High Street, North Town NT1 1AA',
      'Open: Mondays, 10am to 1pm.',
      `On your phone: ${link}`,
    ]);
  });

  it('gives every listing its name and phone number first, then places and hours listing by listing while they fit; every place of a listing, never one picked', () => {
    const places = ['North', 'South', 'East'].map((name) => ({ where: `${name} Hall, 1 Long Road Name, North Town NT1 1AA`, hours: 'Open: Mondays to Fridays, 9am to 5pm.' }));
    const message = shortlistMessage([entry('a', { places }), entry('b', { places: places.slice(0, 1) }), entry('c', { places: places.slice(1, 2) })], link);
    expect(message.segments).toBeLessThanOrEqual(SMS_MAX_SEGMENTS);
    expect(message).toMatchObject({ sent: 3, withLink: true });
    // All three places of the first would not fit with their hours; its places alone do.
    expect(message.details[0]).toBe('places');
    for (const place of places) expect(message.text).toContain(place.where);
    for (const id of ['a', 'b', 'c']) expect(message.text).toContain(`Help at ${id}\nPhone 01632 960000`);
    // A listing given as name and phone only shows none of its places (no place picked over another).
    const crowded = shortlistMessage([entry('a', { places }), entry('b', { places }), entry('c', { places })], link);
    expect(crowded).toMatchObject({ sent: 3, withLink: true });
    crowded.details.forEach((detail, i) => {
      const lines = crowded.text.split('\n');
      const start = lines.indexOf(`${i + 1}. Help at ${'abc'[i]}`);
      const shown = lines.slice(start + 2, start + 2 + places.length).filter((line) => line.endsWith('NT1 1AA')).length;
      expect(shown, `listing ${i + 1} (${detail})`).toBe(detail === 'phone' ? 0 : places.length);
    });
    expect(crowded.details).toContain('phone');
  });

  it('says how many did not fit, and keeps the first ones added', () => {
    const many = Array.from({ length: 12 }, (_, i) => entry(`listing-with-a-long-name-${i}`, { name: `A service with a rather long name, number ${i}` }));
    const message = shortlistMessage(many, link);
    expect(message.segments).toBeLessThanOrEqual(SMS_MAX_SEGMENTS);
    expect(message.sent + message.notSent).toBe(12);
    expect(message.notSent).toBeGreaterThan(0);
    expect(message.text).toContain(`${message.notSent} more did not fit`);
    expect(message.text).toContain('1. A service with a rather long name, number 0');
  });

  it('never sends a listing that has closed, and counts it', () => {
    const message = shortlistMessage([entry('open-one'), entry('gone', { closed: 'This service has closed.' })], link);
    expect(message).toMatchObject({ sent: 1, closed: 1 });
    expect(message.text).not.toContain('Help at gone');
  });

  it('counts in UCS-2 (67 a segment) when a name needs other letters, and still fits 3 segments', () => {
    const message = shortlistMessage([entry('a', { name: 'Pomoc cyfrowa dla każdego' }), entry('b'), entry('c')], link);
    expect(message.encoding).toBe('UCS-2');
    expect(message.segments).toBeLessThanOrEqual(SMS_MAX_SEGMENTS);
    expect(message.text).toContain('każdego');
  });

  it('swaps curly quotes for plain ones, so a message stays GSM-7', () => {
    const message = shortlistMessage([entry('a', { name: 'St Mary’s “drop-in”' })], link);
    expect(message.encoding).toBe('GSM-7');
    expect(message.text).toContain(`St Mary's "drop-in"`);
  });
});
