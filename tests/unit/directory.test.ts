import { describe, expect, it } from 'vitest';
import { describeDays, describeOpeningHours, describeOpenState, openStateAt } from '../../src/lib/directory/opening-hours.ts';
import { addressLine, areasServed, isAvailable, smsLink, textMessageBody } from '../../src/lib/directory/listing.ts';
import { listHeading, listPath, planListPages, type ListedService } from '../../src/lib/directory/list-pages.ts';
import { planPrintSheets } from '../../src/lib/directory/print-sheets.ts';
import { serviceSearchRecord } from '../../src/lib/directory/search-record.ts';
import { directoryNames } from '../../src/lib/directory/names.ts';
import { areasCoveredInWords, coversEveryArea, namesInWords, noPlaceWords, placesToShow, placeWords } from '../../src/lib/directory/places.ts';

describe('opening hours in plain words', () => {
  it('names days the way people say them', () => {
    expect(describeDays(['monday'])).toBe('Mondays');
    expect(describeDays(['monday', 'wednesday'])).toBe('Mondays and Wednesdays');
    expect(describeDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'])).toBe('Mondays to Fridays');
    expect(describeDays(['friday', 'monday', 'tuesday', 'wednesday'])).toBe('Mondays to Wednesdays and Fridays');
    expect(describeDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])).toBe('Every day');
  });
  it('writes each set of times as a line', () => {
    expect(
      describeOpeningHours([
        { days: ['saturday'], opens: '10:00', closes: '12:00', note: 'First Saturday of the month' },
        { days: ['monday'], opens: '10:00', closes: '13:00' },
      ]),
    ).toEqual(['Mondays, 10am to 1pm', 'Saturdays, 10am to midday (First Saturday of the month)']);
  });
  it('knows whether a place is open at a moment, in UK time', () => {
    const hours = [
      { days: ['monday'] as const, opens: '10:00', closes: '13:00' },
      { days: ['wednesday'] as const, opens: '14:00', closes: '16:00' },
    ];
    // Monday 23 November 2026, 11:30 GMT.
    expect(openStateAt(hours as never, new Date('2026-11-23T11:30:00Z'))).toEqual({ open: true, closes: '13:00' });
    // Monday 9am: opens later today.
    expect(describeOpenState(openStateAt(hours as never, new Date('2026-11-23T09:00:00Z')), 'monday')).toBe('Closed now. Opens today at 10am');
    // Monday 2pm: next is Wednesday.
    expect(describeOpenState(openStateAt(hours as never, new Date('2026-11-23T14:00:00Z')), 'monday')).toBe('Closed now. Opens Wednesday at 2pm');
    // British Summer Time: Monday 1 June 2026 at 09:30 UTC is 10:30 in the UK.
    expect(openStateAt(hours as never, new Date('2026-06-01T09:30:00Z')).open).toBe(true);
  });
});

describe('a listing', () => {
  const service = {
    name: 'Free Wi-Fi at the library',
    phone: '01632 960000',
    status: 'active' as const,
    website: undefined,
    areasServed: undefined,
    locations: [
      { name: 'Library', address: ['1 High Street'], town: 'North Town', postcode: 'NM1 1AA', area: 'north', openingHours: [{ days: ['monday' as const], opens: '10:00', closes: '13:00' }] },
    ],
  };
  it('is available only when active', () => {
    expect(isAvailable(service)).toBe(true);
    expect(isAvailable({ status: 'temporarily-closed' })).toBe(false);
    expect(isAvailable({ status: 'inactive' })).toBe(false);
  });
  it('serves the areas of its places, the areas it names, or everywhere', () => {
    const all = ['north', 'south', 'east'];
    expect(areasServed(service, all)).toEqual(['north']);
    expect(areasServed({ locations: [], areasServed: ['south', 'east'] }, all)).toEqual(['south', 'east']);
    expect(areasServed({}, all)).toEqual(all);
  });
  it('makes a short text message with name, phone, address and hours', () => {
    const body = textMessageBody(service as never, 'https://example.org/services/x/');
    expect(body).toBe('Free Wi-Fi at the library\nPhone: 01632 960000\nAddress: 1 High Street, North Town NM1 1AA\nOpen: Mondays, 10am to 1pm\nMore: https://example.org/services/x/');
    expect(smsLink(body)).toBe(`sms:?body=${encodeURIComponent(body)}`);
    expect(addressLine(service.locations[0]!)).toBe('1 High Street, North Town NM1 1AA');
  });
  it('names every place, each with its own days, when a service has several', () => {
    const second = {
      ...service.locations[0]!,
      name: 'South Hall',
      address: ['2 Low Road'],
      town: 'South Town',
      postcode: 'NM2 2BB',
      area: 'south',
      openingHours: [{ days: ['tuesday'], opens: '14:00', closes: '16:00' }],
    };
    const body = textMessageBody({ ...service, locations: [service.locations[0]!, second] } as never, 'https://example.org/services/x/');
    expect(body).toBe(
      'Free Wi-Fi at the library\nPhone: 01632 960000\n2 places:\n' +
        `${service.locations[0]!.name}, 1 High Street, North Town NM1 1AA. Mondays, 10am to 1pm\n` +
        'South Hall, 2 Low Road, South Town NM2 2BB. Tuesdays, 2pm to 4pm\nMore: https://example.org/services/x/',
    );
  });
});

describe('directory list pages', () => {
  const services: ListedService[] = Array.from({ length: 45 }, (_, i) => ({
    id: `s${i}`,
    name: `Service ${i}`,
    kinds: i % 2 ? ['free-wifi'] : ['free-wifi', 'drop-in-help'],
    areas: [i < 30 ? 'north' : 'south'],
    cost: 'free',
    audiences: ['everyone'],
    support: [],
    languages: ['en'],
  }));
  const order = { kind: ['free-wifi', 'drop-in-help', 'phone-help'], area: ['north', 'south'], cost: ['free', 'paid'], audience: ['everyone'], support: ['sight-loss'], language: ['en'] };
  const pages = planListPages(services, order, 20);
  it('makes a page for every value that has services, and none for empty ones', () => {
    const paths = pages.map((p) => p.path);
    expect(paths).toContain('free-wifi');
    expect(paths).toContain('free-wifi/in/south');
    expect(paths).toContain('in/north');
    expect(paths).toContain('cost/free');
    expect(paths).toContain('for/everyone');
    expect(paths).toContain('language/en');
    expect(paths.some((p) => p.startsWith('phone-help'))).toBe(false);
    expect(paths.some((p) => p.includes('cost/paid'))).toBe(false);
  });
  it('splits long lists into pages, with every service on exactly one page', () => {
    const wifi = pages.filter((p) => p.basePath === 'free-wifi');
    expect(wifi.map((p) => p.path)).toEqual(['free-wifi', 'free-wifi/page/2', 'free-wifi/page/3']);
    expect(wifi.flatMap((p) => p.serviceIds)).toEqual(services.map((s) => s.id));
    expect(wifi.every((p) => p.serviceIds.length <= 20 && p.pages === 3 && p.total === 45)).toBe(true);
  });
  it('names each list in plain words', () => {
    const label = (_facet: string, value: string) => ({ 'free-wifi': 'Free Wi-Fi', north: 'North Town', 'older-people': 'Older people', pl: 'Polish' })[value] ?? value;
    expect(listHeading({ kind: 'free-wifi', area: 'north' }, label)).toBe('Free Wi-Fi in North Town');
    expect(listHeading({ area: 'north' }, label)).toBe('Help in North Town');
    expect(listHeading({ audience: 'older-people' }, label)).toBe('Help for older people');
    expect(listHeading({ language: 'pl' }, label)).toBe('Help in Polish');
    expect(listPath({ audience: 'older-people' })).toBe('for/older-people');
  });
});

describe('print sheets', () => {
  const make = (count: number, area: (i: number) => string) =>
    Array.from({ length: count }, (_, i) => ({ id: `s${i}`, name: `S${i}`, kinds: ['free-wifi'], areas: [area(i)], cost: 'free', audiences: [], support: [], languages: [] }));
  it('makes a sheet per area and per kind, split into parts of 24', () => {
    const sheets = planPrintSheets(
      make(30, () => 'north'),
      ['north', 'south'],
      ['free-wifi', 'phone-help'],
      24,
    );
    expect(sheets.map((s) => s.path)).toEqual(['in/north', 'in/north/part/2', 'free-wifi', 'free-wifi/part/2']);
    expect(sheets[0]!.serviceIds).toHaveLength(24);
    expect(sheets[1]!.serviceIds).toHaveLength(6);
  });
  it('splits a kind by area when it would need more than two sheets', () => {
    const sheets = planPrintSheets(
      make(60, (i) => (i % 2 ? 'north' : 'south')),
      ['north', 'south'],
      ['free-wifi'],
      24,
    );
    expect(sheets.filter((s) => s.by.kind).map((s) => s.path)).toEqual(['free-wifi/in/north', 'free-wifi/in/north/part/2', 'free-wifi/in/south', 'free-wifi/in/south/part/2']);
    expect(sheets.filter((s) => s.by.kind).flatMap((s) => s.serviceIds)).toHaveLength(60);
  });
});

describe('a listing in the site search', () => {
  const context = {
    areaIds: ['north', 'south'],
    areaName: (id: string) => ({ north: 'North Town', south: 'South Bay' })[id] ?? id,
    organisationName: (id: string) => (id === 'town-library' ? 'Town Library Service' : id),
  };
  const data = {
    name: 'Free Wi-Fi at the library',
    summary: 'Use the free Wi-Fi and computers.',
    description: 'Staff can help you join the network on your own phone.',
    organisation: 'town-library',
    status: 'active',
    kinds: ['free-wifi', 'public-computers'],
    locations: [{ name: 'North Library', address: ['1 High Street'], town: 'North Town', postcode: 'NM1 1AA', area: 'north', accessibility: ['Step-free entrance'] }],
  };
  it('holds what someone searches for: name, summary, who runs it, where it is and the description', () => {
    const record = serviceSearchRecord({ id: 'north-library-wifi', data: data as never }, context)!;
    expect(record.url).toBe('/services/north-library-wifi/');
    expect(record.meta.title).toBe('Free Wi-Fi at the library');
    for (const words of ['Use the free Wi-Fi', 'Run by Town Library Service.', 'North Library, 1 High Street, North Town NM1 1AA', 'Area: North Town.', 'Step-free entrance', 'on your own phone']) {
      expect(record.content).toContain(words);
    }
  });
  it("carries the filters the search page offers, in words, a mark for each area it serves, and those areas' ids", () => {
    const record = serviceSearchRecord({ id: 'x', data: data as never }, context)!;
    expect(record.filters).toEqual({ type: ['Help and services'], area: ['North Town'], 'in-north': ['yes'], kind: ['Free Wi-Fi', 'Computers you can use'] });
    expect(record.areas).toEqual(['north']);
    const everywhere = serviceSearchRecord({ id: 'y', data: { ...data, locations: [] } as never }, context)!;
    expect(everywhere.areas).toEqual(['north', 'south']);
    expect(everywhere.filters).toMatchObject({ 'in-north': ['yes'], 'in-south': ['yes'] });
  });
  it('leaves closed listings out of the search', () => {
    expect(serviceSearchRecord({ id: 'x', data: { ...data, status: 'temporarily-closed' } as never }, context)).toBeUndefined();
    expect(serviceSearchRecord({ id: 'x', data: { ...data, status: 'inactive' } as never }, context)).toBeUndefined();
  });
});

describe('directory names', () => {
  it('lists areas by name, and names areas and organisations, falling back to the id', () => {
    const names = directoryNames(
      [
        { id: 'south', data: { name: 'South Bay' } },
        { id: 'north', data: { name: 'North Town' } },
      ],
      [{ id: 'town-library', data: { name: 'Town Library Service' } }],
    );
    expect(names.areaIds).toEqual(['north', 'south']);
    expect(names.areasInOrder.map((a) => a.data.name)).toEqual(['North Town', 'South Bay']);
    expect(names.areaName('south')).toBe('South Bay');
    expect(names.areaName('nowhere')).toBe('nowhere');
    expect(names.organisationName('town-library')).toBe('Town Library Service');
    expect(names.organisationName('unknown-org')).toBe('unknown-org');
  });
});

describe('the places a list or sheet shows, and the areas a service covers in words', () => {
  const place = (name: string, area: string) => ({ name, address: [`1 ${name} Road`], town: 'Northmere', postcode: 'NM1 1AA', area });
  const service = { locations: [place('Meadow Court', 'oakley-green'), place('Hawthorn House', 'eastbrook'), place('Park Lounge', 'westfield')] };

  it("shows only the places in the list's area, or every place for a list of no one area", () => {
    expect(placesToShow(service, 'eastbrook').map((p) => p.name)).toEqual(['Hawthorn House']);
    expect(placesToShow(service, 'hillside')).toEqual([]);
    expect(placesToShow(service, undefined).map((p) => p.name)).toEqual(['Meadow Court', 'Hawthorn House', 'Park Lounge']);
    expect(placesToShow({}, undefined)).toEqual([]);
  });

  it('gives a place its address, its hours and the note about them, or says to phone or book when it has neither', () => {
    expect(placeWords({ ...place('Hall', 'eastbrook'), openingHours: [{ days: ['tuesday'], opens: '10:00', closes: '13:00' }], hoursNote: 'Not on bank holidays.' })).toEqual({
      name: 'Hall',
      address: '1 Hall Road, Northmere NM1 1AA',
      hours: ['Tuesdays, 10am to 1pm'],
      note: 'Not on bank holidays.',
    });
    expect(placeWords(place('Hall', 'eastbrook')).note).toBe('Phone or book before you go.');
  });

  it('names the areas covered, in the order given, and says "Across" the borough only when every area is covered', () => {
    const every = ['eastbrook', 'hillside', 'oakley-green'];
    const name = (id: string) => ({ eastbrook: 'Eastbrook', hillside: 'Hillside', 'oakley-green': 'Oakley Green' })[id] ?? id;
    expect(areasCoveredInWords(['oakley-green', 'eastbrook'], every, name, 'Northmere')).toBe('Eastbrook and Oakley Green');
    expect(areasCoveredInWords(['hillside'], every, name, 'Northmere')).toBe('Hillside');
    expect(areasCoveredInWords(every, every, name, 'Northmere')).toBe('Across Northmere');
    expect([coversEveryArea(every, every), coversEveryArea(new Set(every), every), coversEveryArea(['eastbrook', 'hillside'], every), coversEveryArea([], [])]).toEqual([true, true, false, false]);
    expect(namesInWords(['Eastbrook', 'Hillside', 'Oakley Green'])).toBe('Eastbrook, Hillside and Oakley Green');
    expect(noPlaceWords({ supportModes: ['remote'] })).toBe('By phone or online');
    expect(noPlaceWords({ supportModes: ['one-to-one'] })).toBe('Help comes to you');
    // An imported listing whose feed gave no place may have one: nobody knows, so it does not say help comes to you.
    expect(noPlaceWords({ supportModes: ['one-to-one'], areaNotKnown: true })).toBe('Where: not known, ask them');
    expect(noPlaceWords({ supportModes: ['remote'], areaNotKnown: true })).toBe('Where: not known, ask them');
    // An imported listing with a service area but no address: the feed did not say there is nowhere to go.
    expect(noPlaceWords({ supportModes: ['one-to-one'], imported: { feed: 'Kingsbury Council', on: '2026-12-03' } })).toBe('Address not given, ask them');
    expect(noPlaceWords({ supportModes: ['remote'], imported: { feed: 'Kingsbury Council', on: '2026-12-03' } })).toBe('By phone or online');
  });
});
