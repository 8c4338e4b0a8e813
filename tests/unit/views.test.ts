import { describe, expect, it } from 'vitest';
import { areasServed, isAvailable } from '../../src/lib/directory/listing.ts';
import { planListPages, type DirectoryFacet, type ListPage } from '../../src/lib/directory/list-pages.ts';
import { planPrintSheets, type PrintSheet } from '../../src/lib/directory/print-sheets.ts';
import { findHelpView } from '../../src/lib/views/find-help.ts';
import { findHelpIndexView } from '../../src/lib/views/find-help-index.ts';
import { kindsSplitByArea, printIndexView, printKindView } from '../../src/lib/views/print-index.ts';
import { printSheetView } from '../../src/lib/views/print-sheet.ts';
import { serviceView } from '../../src/lib/views/service.ts';
import { PLACES_IN_A_LIST_ENTRY, serviceItemView } from '../../src/lib/views/service-item.ts';
import type { DirectoryWords, ViewDirectory, ViewService } from '../../src/lib/views/shared.ts';
import { audiences, costTypes, kindsOfHelp, languages, specificSupport } from '../../src/lib/vocabulary/index.ts';
import type { Service } from '../../src/schemas/service.ts';
import { viewService } from '../support/view-service.ts';

// A small directory in memory, built the way src/data/directory.ts builds the real one.
const areaNames: Record<string, string> = { north: 'North Town', south: 'Southgate' };
const areaName = (id: string) => areaNames[id] ?? id;
const areaIds = ['north', 'south'];

const service = (id: string, data: Partial<Service> & Pick<Service, 'name' | 'kinds'>): ViewService => viewService(id, data, areaIds);

const libraryHours = [{ days: ['monday' as const], opens: '10:00', closes: '13:00' }];
const services = [
  service('library-wifi', {
    name: 'Library Wi-Fi',
    kinds: ['free-wifi', 'public-computers'],
    phone: '01632 960000',
    locations: [{ name: 'North Library', address: ['1 High Street'], town: 'North Town', postcode: 'NT1 1AA', area: 'north', openingHours: libraryHours }],
  }),
  service('cafe-wifi', {
    name: 'Cafe Wi-Fi',
    kinds: ['free-wifi'],
    website: 'https://cafe.example.org/',
    cost: { type: 'free-with-conditions', description: 'Free if you buy a drink' },
    languages: ['en', 'pa'],
    minimumAge: 16,
    locations: [{ name: 'The Cafe', address: ['2 Low Road'], town: 'Southgate', postcode: 'SG1 2BB', area: 'south', hoursNote: 'Ask at the counter' }],
  }),
  service('phone-line', { name: 'Phone help line', kinds: ['phone-help'], phone: '01632 960111', supportModes: ['remote'], accessModes: ['phone-first'], specificSupport: ['sight-loss'] }),
  service('closed-hub', {
    name: 'Closed hub',
    status: 'inactive',
    kinds: ['free-wifi', 'device-to-keep'],
    phone: '01632 960222',
    lastChecked: '2025-01-10',
    areasServed: ['north'],
  }),
].sort((a, b) => a.data.name.localeCompare(b.data.name));

const facetOrder: Record<DirectoryFacet, readonly string[]> = {
  kind: kindsOfHelp.ids,
  area: areaIds,
  cost: costTypes.ids,
  audience: audiences.ids,
  support: specificSupport.ids,
  language: languages.ids,
};

function directoryOf(perPage: number): ViewDirectory & { readonly listPages: ListPage[]; readonly areas: readonly { id: string; data: { name: string; summary: string | undefined } }[] } {
  const listPages = planListPages(
    services.filter((s) => isAvailable(s.data)).map((s) => s.listed),
    facetOrder,
    perPage,
  );
  return {
    areas: areaIds.map((id) => ({ id, data: { name: areaName(id), summary: id === 'north' ? 'Around the library' : undefined } })),
    areaName,
    byId: new Map(services.map((s) => [s.id, s])),
    listTotals: new Map(listPages.filter((p) => p.page === 1).map((p) => [p.path, p.total])),
    facetOrder,
    listPages,
  };
}

const words: DirectoryWords = {
  facetName: { kind: 'Kind of help', area: 'Area', cost: 'Cost', audience: 'Who it is for', support: 'Specific support', language: 'Language' },
  valueLabel: (facet, value) => {
    switch (facet) {
      case 'kind':
        return kindsOfHelp.label(value);
      case 'area':
        return areaName(value);
      case 'cost':
        return costTypes.label(value);
      case 'audience':
        return audiences.label(value);
      case 'support':
        return specificSupport.label(value);
      case 'language':
        return languages.label(value);
    }
  },
};
const site = {
  area: 'Northmere',
  baseUrl: 'https://example.org/hub/',
  helpline: { phone: '01632 960999', hours: 'Monday to Friday, 9am to 5pm', description: 'A friendly person answers.' },
  repository: { url: 'https://github.com/example/store', branch: 'main' },
  operator: { name: 'Northmere Council', website: 'https://example.org/', email: 'team@example.org' },
};

const planFor = (directory: ReturnType<typeof directoryOf>, path: string) => {
  const plan = directory.listPages.find((p) => p.path === path);
  if (!plan) throw new Error(`No list page ${path}; the lists are ${directory.listPages.map((p) => p.path).join(', ')}`);
  return plan;
};
const names = (list: readonly ViewService[]) => list.map((s) => s.data.name);

describe('the find-help list page', () => {
  const directory = directoryOf(40);

  it('lists one kind of help, with its areas to narrow it down and the filters worth offering', () => {
    const view = findHelpView(planFor(directory, 'free-wifi'), directory, words, site);
    expect(view.heading).toBe('Free Wi-Fi');
    expect(view.title).toBe('Free Wi-Fi');
    expect(view.lead).toBe(kindsOfHelp.get('free-wifi').description);
    expect(view.description).toBe(kindsOfHelp.get('free-wifi').description);
    expect(view.total).toBe('2 places and services');
    expect(view.searchable).toBe(true);
    expect(view.breadcrumbs).toEqual([{ label: 'Find free help', path: '/find-help/' }]);
    // Closed services are not listed; the rest are in name order.
    expect(names(view.services)).toEqual(['Cafe Wi-Fi', 'Library Wi-Fi']);
    expect(view.printPath).toBe('/print/free-wifi/');
    expect(view.narrower).toEqual({
      label: 'Free Wi-Fi in your area',
      links: [
        { label: 'North Town', path: '/find-help/free-wifi/in/north/', count: 1 },
        { label: 'Southgate', path: '/find-help/free-wifi/in/south/', count: 1 },
      ],
    });
    // Not by kind (the list already is), nor who it is for (everyone, for both).
    expect(view.filters).toEqual([
      {
        name: 'area',
        label: 'Area',
        options: [
          { value: 'north', label: 'North Town', count: 1 },
          { value: 'south', label: 'Southgate', count: 1 },
        ],
      },
      {
        name: 'cost',
        label: 'Cost',
        options: [
          { value: 'free', label: 'Free', count: 1 },
          { value: 'free-with-conditions', label: 'Free for some people', count: 1 },
        ],
      },
      {
        name: 'language',
        label: 'Language',
        options: [
          { value: 'en', label: 'English', count: 2 },
          { value: 'pa', label: 'Punjabi', count: 1 },
        ],
      },
    ]);
    expect(view.pagination).toEqual({ page: 1, pages: 1, previous: undefined, next: undefined });
  });

  it('lists an area, with each kind of help in it to narrow it down', () => {
    const view = findHelpView(planFor(directory, 'in/north'), directory, words, site);
    expect(view.heading).toBe('Help in North Town');
    expect(view.description).toBe('Help in North Town: free help to get online in Northmere.');
    expect(view.lead).toBeUndefined();
    expect(view.searchable).toBe(false);
    // The phone line serves every area, so it is in North Town's list too.
    expect(names(view.services)).toEqual(['Library Wi-Fi', 'Phone help line']);
    expect(view.printPath).toBe('/print/in/north/');
    expect(view.narrower).toEqual({
      label: 'Kinds of help in North Town',
      links: [
        { label: 'Free Wi-Fi', path: '/find-help/free-wifi/in/north/', count: 1 },
        { label: 'Computers you can use', path: '/find-help/public-computers/in/north/', count: 1 },
        { label: 'Help on the phone', path: '/find-help/phone-help/in/north/', count: 1 },
      ],
    });
    // Specific support has one value here (sight loss), so it is not worth a filter.
    expect(view.filters).toEqual([
      {
        name: 'kind',
        label: 'Kind of help',
        options: [
          { value: 'free-wifi', label: 'Free Wi-Fi', count: 1 },
          { value: 'public-computers', label: 'Computers you can use', count: 1 },
          { value: 'phone-help', label: 'Help on the phone', count: 1 },
        ],
      },
    ]);
  });

  it('lists a kind of help in an area, under the kind in the breadcrumbs, with no print link or narrower lists', () => {
    const view = findHelpView(planFor(directory, 'free-wifi/in/north'), directory, words, site);
    expect(view.heading).toBe('Free Wi-Fi in North Town');
    expect(view.total).toBe('1 place or service');
    expect(view.searchable).toBe(false);
    expect(view.breadcrumbs).toEqual([
      { label: 'Find free help', path: '/find-help/' },
      { label: 'Free Wi-Fi', path: '/find-help/free-wifi/' },
    ]);
    expect(view.printPath).toBeUndefined();
    expect(view.narrower).toBeUndefined();
    expect(view.filters).toEqual([]);
  });

  it('lists by cost, with no print link', () => {
    const view = findHelpView(planFor(directory, 'cost/free'), directory, words, site);
    expect(view.heading).toBe('Help that is free for everyone');
    expect(names(view.services)).toEqual(['Library Wi-Fi', 'Phone help line']);
    expect(view.printPath).toBeUndefined();
    expect(view.narrower).toBeUndefined();
  });

  it('splits a long list into pages, linking each to the next and the one before', () => {
    const paged = directoryOf(1);
    const first = findHelpView(planFor(paged, 'free-wifi'), paged, words, site);
    const second = findHelpView(planFor(paged, 'free-wifi/page/2'), paged, words, site);
    expect(first.title).toBe('Free Wi-Fi (page 1 of 2)');
    expect(first.total).toBe('2 places and services');
    expect(names(first.services)).toEqual(['Cafe Wi-Fi']);
    expect(first.pagination).toEqual({ page: 1, pages: 2, previous: undefined, next: '/find-help/free-wifi/page/2/' });
    expect(second.title).toBe('Free Wi-Fi (page 2 of 2)');
    expect(second.searchable).toBe(false);
    expect(names(second.services)).toEqual(['Library Wi-Fi']);
    expect(second.pagination).toEqual({ page: 2, pages: 2, previous: '/find-help/free-wifi/', next: undefined });
    // One service per page: no filter has two values.
    expect(second.filters).toEqual([]);
  });

  it('offers no instant filters on a list split into pages: they would filter only the page, and count it as the whole list', () => {
    const paged = directoryOf(2);
    const split = paged.listPages.filter((plan) => plan.pages > 1);
    expect(split.length).toBeGreaterThan(1);
    // On each page of two or more, some filter would have two values: the filters are left out, not empty by chance.
    const wouldFilter = split.filter((plan) => findHelpView({ ...plan, pages: 1 }, paged, words, site).filters.length > 0);
    expect(wouldFilter.length).toBeGreaterThan(0);
    for (const plan of split) expect(findHelpView(plan, paged, words, site).filters, plan.path).toEqual([]);
  });

  it('stops on a list that names a service the directory does not have', () => {
    const plan: ListPage = { path: 'free-wifi', basePath: 'free-wifi', filters: { kind: 'free-wifi' }, serviceIds: ['gone'], page: 1, pages: 1, total: 1 };
    expect(() => findHelpView(plan, directory, words, site)).toThrow('No service with the id "gone" in the directory.');
  });
});

describe('a service page', () => {
  const directory = directoryOf(40);
  const byId = (id: string) => {
    const found = services.find((s) => s.id === id);
    if (!found) throw new Error(id);
    return found;
  };
  const context = (id: string) => ({ directory, site, pageUrl: `https://example.org/hub/services/${id}/`, today: '2026-11-23' });

  it('shows a listing with a place: its kinds linked to their lists, and the facts in order', () => {
    const view = serviceView(byId('library-wifi'), context('library-wifi'));
    expect(view.breadcrumbs).toEqual([
      { label: 'Find free help', path: '/find-help/' },
      { label: 'Free Wi-Fi', path: '/find-help/free-wifi/' },
    ]);
    expect(view.closed).toBeUndefined();
    expect(view.noPlace).toBeUndefined();
    expect(view.kinds).toEqual([
      { label: 'Free Wi-Fi', path: '/find-help/free-wifi/' },
      { label: 'Computers you can use', path: '/find-help/public-computers/' },
    ]);
    expect(view.facts).toEqual([
      { term: 'How help is given', detail: 'With someone beside you' },
      { term: 'How to get it', detail: 'Just turn up' },
      { term: 'Cost', detail: 'Free' },
      { term: 'Who it is for', detail: 'Everyone' },
      { term: 'Languages', detail: 'English' },
      { term: 'Status', detail: 'Open' },
    ]);
    const text = 'Library Wi-Fi\nPhone: 01632 960000\nAddress: 1 High Street, North Town NT1 1AA\nOpen: Mondays, 10am to 1pm\nMore: https://example.org/hub/services/library-wifi/';
    expect(view.textMessage).toBe(`sms:?body=${encodeURIComponent(text)}`);
    expect(view.reportEmail).toBe(
      'mailto:team@example.org?subject=Problem%20with%20a%20listing%3A%20Library%20Wi-Fi&body=Listing%3A%20https%3A%2F%2Fexample.org%2Fhub%2Fservices%2Flibrary-wifi%2F%0A%0AWhat%20is%20wrong%3F%0A%0A',
    );
    const report = new URL(view.reportUrl);
    expect(`${report.origin}${report.pathname}`).toBe('https://github.com/example/store/issues/new');
    expect(report.searchParams.get('title')).toBe('Problem with a listing: Library Wi-Fi');
    expect(report.searchParams.get('body')).toBe(
      'Listing: https://example.org/hub/services/library-wifi/\nFile: content/services/library-wifi.yaml\n\nWhat is wrong? (for example the phone number, address or opening times)\n\n\nWhat should it say instead, if you know?\n',
    );
    expect(view.outOfDate).toBe(false);
    expect(view.lastChecked).toBe('1 June 2026');
  });

  it('gives the cost, ages and any specific support when there are some', () => {
    expect(serviceView(byId('cafe-wifi'), context('cafe-wifi')).facts).toEqual([
      { term: 'How help is given', detail: 'With someone beside you' },
      { term: 'How to get it', detail: 'Just turn up' },
      { term: 'Cost', detail: 'Free for some people. Free if you buy a drink' },
      { term: 'Who it is for', detail: 'Everyone' },
      { term: 'Ages', detail: '16 and over' },
      { term: 'Languages', detail: 'English, Punjabi' },
      { term: 'Status', detail: 'Open' },
    ]);
    expect(serviceView(byId('phone-line'), context('phone-line')).facts.find((f) => f.term === 'Specific support')).toEqual({ term: 'Specific support', detail: 'Sight loss' });
  });

  it('says how help with no place to visit is given, and where', () => {
    const view = serviceView(byId('phone-line'), context('phone-line'));
    expect(view.noPlace).toBe('There is no place to visit. You get this help by phone or online. It covers all of Northmere.');
    expect(view.breadcrumbs).toEqual([
      { label: 'Find free help', path: '/find-help/' },
      { label: 'Help on the phone', path: '/find-help/phone-help/' },
    ]);
    expect(serviceView(byId('closed-hub'), context('closed-hub')).noPlace).toBe('There is no place to visit. You get this help where you are. It covers North Town.');
  });

  it('says a closed service has closed, links only kinds that have a list, and warns when it was checked over a year ago', () => {
    const view = serviceView(byId('closed-hub'), context('closed-hub'));
    expect(view.closed).toBe('This service has closed.');
    expect(view.kinds).toEqual([
      { label: 'Free Wi-Fi', path: '/find-help/free-wifi/' },
      { label: 'A device to keep', path: undefined },
    ]);
    expect(view.facts.at(-1)).toEqual({ term: 'Status', detail: 'Closed' });
    expect(view.outOfDate).toBe(true);
    expect(view.lastChecked).toBe('10 January 2025');
    const paused = service('paused', { name: 'Paused', kinds: ['device-to-keep'], phone: '01632 960333', status: 'temporarily-closed' });
    const pausedView = serviceView(paused, context('paused'));
    expect(pausedView.closed).toBe('This service is closed for now.');
    // No list of devices to keep: the breadcrumbs stop at the directory.
    expect(pausedView.breadcrumbs).toEqual([{ label: 'Find free help', path: '/find-help/' }]);
  });
});

describe('a printable sheet', () => {
  const directory = directoryOf(40);
  const available = services.filter((s) => isAvailable(s.data)).map((s) => s.listed);
  const context = { directory, site, today: '2026-11-23', fullUrl: (path: string) => new URL(`/hub${path}`, 'https://example.org').href };
  const sheetAt = (sheets: PrintSheet[], path: string) => {
    const sheet = sheets.find((s) => s.path === path);
    if (!sheet) throw new Error(`No sheet ${path}; the sheets are ${sheets.map((s) => s.path).join(', ')}`);
    return sheet;
  };

  it('lists an area in parts, phone numbers first, with a QR code for each page', () => {
    const sheets = planPrintSheets(available, areaIds, kindsOfHelp.ids, 1);
    const view = printSheetView(sheetAt(sheets, 'in/north'), context);
    expect(view.heading).toBe('Free help to get online in North Town');
    expect(view.title).toBe('Free help to get online in North Town: printable list, part 1 of 2');
    expect(view.description).toBe('A list to print: Free help to get online in North Town.');
    expect(view.breadcrumbs).toEqual([
      { label: 'Find free help', path: '/find-help/' },
      { label: 'Print a list', path: '/print/' },
    ]);
    // Phone numbers are written with a space that does not break across lines.
    expect(view.helpline).toBe('01632\u00a0960999');
    expect(view.otherParts).toEqual([{ label: 'Part 2', path: '/print/in/north/part/2/' }]);
    expect(view.entries).toEqual([
      {
        name: 'Library Wi-Fi',
        phone: 'Phone 01632\u00a0960000',
        otherContact: [],
        places: [{ where: 'North Library, 1 High Street, North Town NT1 1AA', hours: 'Open: Mondays, 10am to 1pm.' }],
        noPlace: undefined,
        checked: 'Free Wi-Fi, Computers you can use. Last checked 1 June 2026.',
        qrUrl: 'https://example.org/hub/services/library-wifi/',
        qrLabel: 'QR code: scan it to open the page for Library Wi-Fi',
      },
    ]);
    expect(view.host).toBe('example.org');
    expect(view.printedOn).toBe('23 November 2026');
    const second = printSheetView(sheetAt(sheets, 'in/north/part/2'), context);
    expect(second.otherParts).toEqual([{ label: 'Part 1', path: '/print/in/north/' }]);
    expect(second.entries.map((e) => [e.name, e.phone, e.otherContact, e.places, e.noPlace])).toEqual([['Phone help line', 'Phone 01632\u00a0960111', [], [], 'By phone or online']]);
  });

  it('lists a kind of help across the whole area, with the note about hours when there are no set times, and the website when there is no phone', () => {
    const sheets = planPrintSheets(available, areaIds, kindsOfHelp.ids);
    const view = printSheetView(sheetAt(sheets, 'free-wifi'), context);
    expect(view.heading).toBe('Free Wi-Fi in Northmere');
    expect(view.title).toBe('Free Wi-Fi in Northmere: printable list');
    expect(view.otherParts).toEqual([]);
    expect(view.entries.map((e) => [e.name, e.phone, e.otherContact, e.places.map((p) => p.hours)])).toEqual([
      ['Cafe Wi-Fi', undefined, ['Website cafe.example.org'], ['Ask at the counter']],
      ['Library Wi-Fi', 'Phone 01632\u00a0960000', [], ['Open: Mondays, 10am to 1pm.']],
    ]);
  });

  it('names a kind of help in an area, for a kind split by area', () => {
    const sheet: PrintSheet = { path: 'free-wifi/in/south', by: { kind: 'free-wifi', area: 'south' }, serviceIds: ['cafe-wifi'], part: 1, parts: 1 };
    expect(printSheetView(sheet, context).heading).toBe('Free Wi-Fi in Southgate');
  });
});

/** Words in English on an English page, as a list item carries them (the listing's own, or the site's). */
const english = (text: string) => ({ text, lang: 'en', translated: false, status: undefined });

describe('a service in a list', () => {
  const itemContext = { areaName, areaIds, borough: 'Northmere', area: undefined };
  it('says where it is, with its hours or the note about them, the area it covers and what it costs', () => {
    const [cafe] = services;
    expect(cafe?.id).toBe('cafe-wifi');
    expect(serviceItemView(cafe!, itemContext)).toEqual({
      path: '/services/cafe-wifi/',
      summary: english(cafe!.data.summary),
      places: [{ name: 'The Cafe', address: '2 Low Road, Southgate SG1 2BB', hours: [], note: english('Ask at the counter') }],
      otherPlaces: 0,
      meta: 'Southgate · Free for some people',
    });
  });
  it('says help with no place is by phone or online (or comes to you), across the whole borough or in the areas it serves, and marks samples', () => {
    const line = services.find((s) => s.id === 'phone-line')!;
    expect(serviceItemView(line, itemContext)).toEqual({
      path: '/services/phone-line/',
      summary: english(line.data.summary),
      places: [],
      otherPlaces: 0,
      meta: 'By phone or online · Across Northmere · Free',
    });
    const sample = service('sample', { name: 'Sample', kinds: ['phone-help'], phone: '01632 960444', supportModes: ['remote'], areasServed: ['south'], sample: true });
    expect(serviceItemView(sample, itemContext).meta).toBe('By phone or online · Southgate · Free · Sample listing');
    const visits = service('visits', { name: 'Home visits', kinds: ['one-to-one-help'], phone: '01632 960555', areasServed: ['north'] });
    expect(serviceItemView(visits, itemContext).meta).toBe('Help comes to you · North Town · Free');
  });
  it('says to phone or book first for a place with no set times and no note', () => {
    const booked = service('booked', {
      name: 'Booked',
      kinds: ['one-to-one-help'],
      phone: '01632 960666',
      locations: [{ name: 'Hall', address: ['3 Hill Road'], town: 'North Town', postcode: 'NT1 3CC', area: 'north' }],
    });
    expect(serviceItemView(booked, itemContext).places).toEqual([{ name: 'Hall', address: '3 Hill Road, North Town NT1 3CC', hours: [], note: english('Phone or book before you go.') }]);
  });
  it(`shows the first ${PLACES_IN_A_LIST_ENTRY} places (of those in the list's area) and counts the others`, () => {
    const branch = (n: number, area: string) => ({ name: `Branch ${n}`, address: [`${n} Mill Lane`], town: 'North Town', postcode: `NT1 ${n}AA`, area });
    const branches = service('branches', {
      name: 'Library Wi-Fi',
      kinds: ['free-wifi'],
      phone: '01632 960777',
      locations: [branch(1, 'north'), branch(2, 'south'), branch(3, 'north'), branch(4, 'north'), branch(5, 'north'), branch(6, 'north')],
    });
    const everywhere = serviceItemView(branches, itemContext);
    expect([everywhere.places.map((p) => p.name), everywhere.otherPlaces]).toEqual([['Branch 1', 'Branch 2', 'Branch 3'], 3]);
    const inNorth = serviceItemView(branches, { ...itemContext, area: 'north' });
    expect([inNorth.places.map((p) => p.name), inNorth.otherPlaces]).toEqual([['Branch 1', 'Branch 3', 'Branch 4'], 2]);
    const inSouth = serviceItemView(branches, { ...itemContext, area: 'south' });
    expect([inSouth.places.map((p) => p.name), inSouth.otherPlaces]).toEqual([['Branch 2'], 0]);
  });
});

describe('a service with places in three of four areas', () => {
  // Its own small directory: four areas, a drop-in at a place in three of them (each on its own day),
  // a phone line for the whole borough, and help by email for two areas, with no phone.
  const names4: Record<string, string> = { east: 'East Vale', north: 'North Town', south: 'Southgate', west: 'Westbury' };
  const name4 = (id: string) => names4[id] ?? id;
  const ids4 = ['east', 'north', 'south', 'west'];
  const make = (id: string, data: Partial<Service> & Pick<Service, 'name' | 'kinds'>): ViewService => {
    const base = service(id, data);
    const areas = areasServed(base.data, ids4);
    return { ...base, areas, listed: { ...base.listed, areas } };
  };
  const place = (name: string, area: string, day: 'monday' | 'tuesday' | 'thursday', postcode: string) => ({
    name,
    address: [`${name} Road`],
    town: name4(area),
    postcode,
    area,
    openingHours: [{ days: [day], opens: '10:00', closes: '13:00' }],
  });
  const dropIns = make('drop-ins', {
    name: 'Tenant drop-ins',
    kinds: ['drop-in-help'],
    phone: '01632 960302',
    locations: [place('Meadow Court', 'south', 'monday', 'SG5 6GD'), place('Hawthorn House', 'east', 'tuesday', 'EV3 5HH'), place('Park Lounge', 'west', 'thursday', 'WB4 2PA')],
  });
  const helpline = make('helpline', { name: 'Helpline', kinds: ['drop-in-help'], phone: '01632 960000', supportModes: ['remote'] });
  const byEmail = make('by-email', {
    name: 'Ask by email',
    kinds: ['drop-in-help'],
    email: 'ask@example.org',
    website: 'https://www.example.org/ask/',
    supportModes: ['remote'],
    areasServed: ['east', 'south'],
  });
  const all = [byEmail, helpline, dropIns];
  const order = { ...facetOrder, area: ids4 };
  const listPages = planListPages(
    all.map((s) => s.listed),
    order,
  );
  const directory: ViewDirectory = {
    areas: ids4.map((id) => ({ id })),
    areaName: name4,
    byId: new Map(all.map((s) => [s.id, s])),
    listTotals: new Map(listPages.filter((p) => p.page === 1).map((p) => [p.path, p.total])),
    facetOrder: order,
  };
  const list = (path: string) => {
    const plan = listPages.find((p) => p.path === path);
    if (!plan) throw new Error(`No list ${path}`);
    return findHelpView(plan, directory, words, site);
  };
  const cardOf = (path: string, id: string) => list(path).items.find((item) => item.service.id === id)?.view;
  const hawthorn = { name: 'Hawthorn House', address: 'Hawthorn House Road, East Vale EV3 5HH', hours: ['Tuesdays, 10am to 1pm'], note: undefined };

  it("shows on an area's list only the place in that area, on its own day, and names the areas the service covers", () => {
    expect(cardOf('in/east', 'drop-ins')).toEqual({
      path: '/services/drop-ins/',
      summary: english(all.find((s) => s.id === 'drop-ins')!.data.summary),
      places: [hawthorn],
      otherPlaces: 0,
      meta: 'East Vale, Southgate and Westbury · Free',
    });
    expect(cardOf('in/south', 'drop-ins')?.places.map((p) => [p.name, p.hours])).toEqual([['Meadow Court', ['Mondays, 10am to 1pm']]]);
    // A kind of help in an area follows the same rule.
    expect(cardOf('drop-in-help/in/west', 'drop-ins')?.places.map((p) => [p.name, p.hours])).toEqual([['Park Lounge', ['Thursdays, 10am to 1pm']]]);
    // North Town has no place: the service is not on its list at all, but the helpline for the whole borough is.
    expect(list('in/north').items.map((item) => [item.service.id, item.view.meta])).toEqual([['helpline', 'By phone or online · Across Northmere · Free']]);
    expect(cardOf('in/east', 'by-email')?.meta).toBe('By phone or online · East Vale and Southgate · Free');
  });

  it("shows every place on a kind of help's list", () => {
    expect(cardOf('drop-in-help', 'drop-ins')?.places.map((p) => p.name)).toEqual(['Meadow Court', 'Hawthorn House', 'Park Lounge']);
  });

  it("offers the areas of the list's local help as filters, each counting the help that covers every area too", () => {
    // North Town has only the helpline, which shows whichever area is chosen: it is not offered.
    const area = list('drop-in-help').filters.find((filter) => filter.name === 'area');
    expect(area?.options.map((option) => [option.value, option.count])).toEqual([
      ['east', 3],
      ['south', 3],
      ['west', 2],
    ]);
  });

  it("prints on an area's sheet only the place in that area, and on a kind's sheet every place; with no phone, the email and website", () => {
    const sheets = planPrintSheets(
      all.map((s) => s.listed),
      ids4,
      kindsOfHelp.ids,
    );
    const context = { directory, site, today: '2026-11-23', fullUrl: (path: string) => `https://example.org${path}` };
    const sheet = (path: string) =>
      printSheetView(
        sheets.find((s) => s.path === path)!,
        context,
      );
    expect(sheet('in/east').entries.map((e) => [e.name, e.phone, e.otherContact, e.places, e.noPlace])).toEqual([
      ['Ask by email', undefined, ['Email ask@example.org', 'Website www.example.org/ask'], [], 'By phone or online'],
      ['Helpline', 'Phone 01632\u00a0960000', [], [], 'By phone or online'],
      ['Tenant drop-ins', 'Phone 01632\u00a0960302', [], [{ where: 'Hawthorn House, Hawthorn House Road, East Vale EV3 5HH', hours: 'Open: Tuesdays, 10am to 1pm.' }], undefined],
    ]);
    expect(
      sheet('drop-in-help')
        .entries.find((e) => e.name === 'Tenant drop-ins')
        ?.places.map((p) => p.hours),
    ).toEqual(['Open: Mondays, 10am to 1pm.', 'Open: Tuesdays, 10am to 1pm.', 'Open: Thursdays, 10am to 1pm.']);
  });
});

describe('the find-help page', () => {
  it('links each area and kind of help that has a list, and the other ways to find help', () => {
    const view = findHelpIndexView(directoryOf(40), words);
    expect(view.areas).toEqual([
      { label: 'North Town', summary: 'Around the library', path: '/find-help/in/north/' },
      { label: 'Southgate', summary: undefined, path: '/find-help/in/south/' },
    ]);
    // In the order of the kinds of help, not the order of the services.
    expect(view.kinds.map((k) => [k.label, k.path])).toEqual([
      ['Free Wi-Fi', '/find-help/free-wifi/'],
      ['Computers you can use', '/find-help/public-computers/'],
      ['Help on the phone', '/find-help/phone-help/'],
    ]);
    expect(view.kinds[0]?.description).toBe(kindsOfHelp.get('free-wifi').description);
    expect(view.moreWays).toEqual([
      {
        label: 'Cost',
        links: [
          { label: 'Free', path: '/find-help/cost/free/', count: 2 },
          { label: 'Free for some people', path: '/find-help/cost/free-with-conditions/', count: 1 },
        ],
      },
      { label: 'Who it is for', links: [{ label: 'Everyone', path: '/find-help/for/everyone/', count: 3 }] },
      { label: 'Specific support', links: [{ label: 'Sight loss', path: '/find-help/support/sight-loss/', count: 1 }] },
      {
        label: 'Language',
        links: [
          { label: 'English', path: '/find-help/language/en/', count: 3 },
          { label: 'Punjabi', path: '/find-help/language/pa/', count: 1 },
        ],
      },
    ]);
  });
});

describe('the pages of printable lists', () => {
  const available = services.filter((s) => isAvailable(s.data)).map((s) => s.listed);

  it('links a list for each area and each kind of help, saying which kinds have a list for each area', () => {
    // Two entries a sheet: free Wi-Fi (2 places) fits on one list; nothing is split.
    const whole = planPrintSheets(available, areaIds, kindsOfHelp.ids, 2);
    expect(printIndexView(whole, areaName)).toEqual({
      areas: [
        { label: 'North Town', path: '/print/in/north/' },
        { label: 'Southgate', path: '/print/in/south/' },
      ],
      kinds: [
        { label: 'Free Wi-Fi', path: '/print/free-wifi/', eachArea: false },
        { label: 'Computers you can use', path: '/print/public-computers/', eachArea: false },
        { label: 'Help on the phone', path: '/print/phone-help/', eachArea: false },
      ],
    });
    expect(kindsSplitByArea(whole)).toEqual([]);
  });

  it('gives a kind with too many places for one list a page of lists, one for each area', () => {
    // One entry a sheet: with a third place, free Wi-Fi needs more than two sheets, so it has a list for each area.
    const split = planPrintSheets([...available, { ...available[0]!, id: 'more-wifi', name: 'More Wi-Fi' }], areaIds, kindsOfHelp.ids, 1);
    expect(kindsSplitByArea(split)).toEqual(['free-wifi']);
    expect(printIndexView(split, areaName).kinds[0]).toEqual({ label: 'Free Wi-Fi', path: '/print/free-wifi/', eachArea: true });
    expect(printKindView('free-wifi', split, areaName)).toEqual({
      label: 'Free Wi-Fi',
      title: 'Print a list: Free Wi-Fi',
      description: 'Printable lists of free wi-fi, one for each area.',
      areas: [
        { label: 'North Town', path: '/print/free-wifi/in/north/' },
        { label: 'Southgate', path: '/print/free-wifi/in/south/' },
      ],
    });
  });
});
