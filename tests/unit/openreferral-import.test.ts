import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importOpenReferral, importOpenReferralText, type ImportResult } from '../../src/lib/openreferral/index.ts';
import { serviceSchema } from '../../src/schemas/service.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { fixture, loadSite, PROJECT } from '../fixtures/openreferral/load-site.ts';

const TODAY = '2026-11-23';
const minimal = loadSite(join(PROJECT, 'tests', 'fixtures', 'minimal-site'));

function importFixture(name: string, options: { licence?: string } = {}): ImportResult {
  return importOpenReferralText(fixture(name), { feedName: 'Kingsbury directory', today: TODAY, known: minimal, siteArea: minimal.siteArea, ...options });
}

const byName = (result: ImportResult, name: string) => {
  const found = result.services.find((service) => service.data.name === name);
  if (!found) throw new Error(`No imported service "${name}" in ${result.services.map((s) => s.data.name).join(', ')}`);
  return found;
};
const notesFor = (result: ImportResult, id: string) => result.report.notes.filter((note) => note.serviceId === id).map((note) => note.note);

/** Every imported listing passes our schema, and points only at organisations and areas that exist. */
function expectValid(result: ImportResult) {
  const organisations = new Set([...minimal.organisations.map((org) => org.id), ...result.organisations.map((org) => org.id)]);
  const areas = new Set([...minimal.areas.map((area) => area.id), ...result.areas.map((area) => area.id)]);
  for (const service of result.services) {
    expect(serviceSchema.safeParse(service.data).success).toBe(true);
    expect(organisations.has(service.data.organisation)).toBe(true);
    for (const place of service.data.locations ?? []) expect(areas.has(place.area)).toBe(true);
    for (const area of service.data.areasServed ?? []) expect(areas.has(area)).toBe(true);
  }
  for (const org of result.organisations) expect(organisationSchema.safeParse(org.data).success).toBe(true);
}

describe('import: an ORUK v3 /services page (good feed)', () => {
  const result = importFixture('v3-valid.json');

  it('imports every service, with none skipped', () => {
    expect(result.report).toMatchObject({ format: 'an Open Referral UK v3 page of services', found: 3, imported: 3, skipped: 0, updated: 0 });
    expectValid(result);
  });

  it('maps a full service field by field', () => {
    const wifi = byName(result, 'Free Wi-Fi and computers at Kingsbury Library');
    expect(wifi.id).toBe('free-wi-fi-and-computers-at-kingsbury-library');
    expect(wifi.data).toEqual({
      name: 'Free Wi-Fi and computers at Kingsbury Library',
      organisation: 'kingsbury-libraries',
      status: 'active',
      summary: 'Use free Wi-Fi on your own phone or laptop, or use one of our public computers.',
      description: 'You need a library card to use a computer. Staff can help you get started.',
      kinds: ['free-wifi', 'public-computers'],
      supportModes: ['self-service'],
      // Opening hours do not say whether people can just turn up: the feed did not say, so they are told to ask.
      accessModes: ['ask-how'],
      cost: { type: 'free' },
      audiences: ['everyone'],
      languages: ['en', 'pl'],
      locations: [
        {
          name: 'Kingsbury Library',
          address: ['4 Market Street'],
          town: 'North Town',
          postcode: 'NM1 2AB',
          area: 'north',
          latitude: 53.41,
          longitude: -2.16,
          accessibility: ['Step-free entrance', 'Hearing loop at the desk'],
          openingHours: [
            { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], opens: '09:00', closes: '17:00' },
            { days: ['saturday'], opens: '10:00', closes: '13:00' },
          ],
        },
      ],
      phone: '01632 960100',
      email: 'libraries@kingsbury.example',
      website: 'https://libraries.kingsbury.example/wifi',
      lastChecked: '2026-10-01',
      checkedBy: 'Imported from Kingsbury directory',
      source: 'Kingsbury directory',
      licence: 'OGL v3',
      externalId: '7f1c2a10-0001-4a6b-9c1d-000000000001',
      // Where it came from, and fingerprints of what the feed gave (reimport.ts).
      imported: { feed: 'Kingsbury directory', on: TODAY, fingerprints: expect.objectContaining({ name: expect.stringMatching(/^[0-9a-f]{8}$/) }) },
    });
  });

  it('reads status, service areas, a textphone, multi-line addresses, lower-case postcodes and cost conditions', () => {
    const line = byName(result, 'Digital skills phone line').data;
    expect(line).toMatchObject({ status: 'temporarily-closed', kinds: ['phone-help'], supportModes: ['remote'], areasServed: ['south'], phone: '0808 157 0300', textPhone: '18001 0808 157 0300' });
    expect(line.locations).toBeUndefined();
    const laptops = byName(result, 'Laptop loans for people looking for work').data;
    expect(laptops.locations![0]).toMatchObject({ address: ['Unit 2, Mill Yard', 'River Road'], town: 'Kingsbury', postcode: 'NM2 3BD', area: 'south' });
    expect(laptops).toMatchObject({ kinds: ['device-to-borrow'], accessModes: ['referral-only'], minimumAge: 18, lastChecked: TODAY });
    expect(laptops.cost).toEqual({ type: 'free-with-conditions', description: 'Free for people looking for work who are referred to us' });
  });

  it('adds the organisations it needs, with a guessed kind, and matches areas by name instead of adding them', () => {
    expect(result.organisations.map((org) => [org.id, org.data.kind, org.data.summary])).toEqual([
      ['kingsbury-libraries', 'library', 'The public libraries of Kingsbury.'],
      ['kingsbury-borough-council', 'council', 'The council for Kingsbury.'],
      ['kingsbury-works', 'charity', 'A charity that helps people into work.'],
    ]);
    expect(result.areas).toEqual([]);
  });

  it('says when a listing had no cost, and lists its cost as not known (never as free)', () => {
    const line = byName(result, 'Digital skills phone line');
    expect(line.data.cost).toEqual({ type: 'not-known' });
    expect(notesFor(result, line.id)).toContain('It did not say what it costs: listed as "cost not known" (people are told to ask). Find out the cost and set cost.type.');
  });

  it('uses the licence it is given', () => {
    expect(importFixture('v3-valid.json', { licence: 'CC BY 4.0' }).services.every((service) => service.data.licence === 'CC BY 4.0')).toBe(true);
  });
});

describe('import: a messy v3 feed (a plain list of services)', () => {
  const result = importFixture('v3-messy.json');

  it('imports what it can and names every skipped record with its reason', () => {
    expect(result.report).toMatchObject({ format: 'a list of services', found: 9, imported: 2, skipped: 7 });
    expect(result.report.skippedRecords).toEqual([
      { feedId: 'messy-2', group: 'no name', reason: 'name: It has no name.' },
      {
        feedId: 'messy-1',
        name: 'Tech and Tea Café (copy)',
        group: 'same id as an earlier record',
        reason: 'id: another record earlier in the file ("Tech & Tea Café") has the same id (ids that differ only in capital letters count as the same). The first one was kept.',
      },
      {
        feedId: 'messy-3',
        name: 'Wi-Fi bus',
        group: 'no place we can use, and no phone or website',
        reason: 'locations: None of its places has a valid UK postcode, a street and a town, and it has no phone number or website, so people could not find or reach it.',
      },
      {
        feedId: 'messy-5',
        name: 'Digital help sessions',
        group: 'a status we do not know',
        reason: 'status: Its status "pending" is not one we know (active, inactive, defunct or temporarily closed), so we cannot tell people whether it is open.',
      },
      { feedId: 'messy-6', name: 'Meals on wheels', group: 'not digital help', reason: expect.stringMatching(/^kinds of help: it does not look like digital help/) },
      { feedId: 'messy-7', name: 'Free SIM cards', group: 'no organisation we can tell', reason: expect.stringMatching(/^organization: Its organization field is missing or has no name/) },
      { feedId: 'record 9', group: 'not a service record', reason: 'This entry is not a service record (it is a number).' },
    ]);
    expectValid(result);
  });

  it('strips HTML and decodes entities in names and descriptions', () => {
    const cafe = byName(result, 'Tech & Tea Café');
    expect(cafe.id).toBe('tech-and-tea-cafe');
    expect(cafe.data.summary).toBe('Drop in with your phone or tablet and we will help you over a cup of tea.');
    expect(cafe.data.description).toBe('- No need to book\n- Bring your charger\n\nTea costs £1.');
    expect(cafe.data.accessModes).toEqual(['walk-in']);
  });

  it('tidies phone numbers it can read and leaves out the rest, saying so', () => {
    const cafe = byName(result, 'Tech & Tea Café');
    expect(cafe.data.phone).toBe('01632 960321');
    expect(cafe.data.textPhone).toBe('18001 01632 960322');
    expect(notesFor(result, cafe.id)).toEqual(
      expect.arrayContaining(['Wrote the phone number "+44 (0)1632 960 321" as "01632 960321".', 'Left out the number Fax: 01632 960999: it is a Fax number, not one people can call.']),
    );
    const loans = byName(result, 'Laptop loans at two libraries');
    expect(loans.data.phone).toBe('0161 496 0000');
    expect(notesFor(result, loans.id)).toContain('Left out the phone number "12345": it is not a UK number we recognise.');
  });

  it('drops a bad web address and email address but keeps the listing', () => {
    const cafe = byName(result, 'Tech & Tea Café');
    expect(cafe.data.website).toBeUndefined();
    expect(cafe.data.email).toBeUndefined();
    expect(notesFor(result, cafe.id)).toEqual(
      expect.arrayContaining([
        'Left out the web address "javascript:alert(1)": it is not a web page address (https://...).',
        'Left out the email address "not an email": it is not a valid email address.',
      ]),
    );
  });

  it('keeps a place whose map position is outside the UK, without the position', () => {
    const place = byName(result, 'Tech & Tea Café').data.locations![0]!;
    expect(place).toMatchObject({ name: 'North Town Community Centre', postcode: 'NM1 3EF', area: 'north' });
    expect(place.latitude).toBeUndefined();
    expect(notesFor(result, 'tech-and-tea-cafe')).toContain('Left out the map position of "North Town Community Centre" (151.2, -0.5): it is not in the UK. The address is kept.');
    expect(byName(result, 'Laptop loans at two libraries').data.locations![0]!.latitude).toBeUndefined();
  });

  it('drops a place with no valid postcode, and keeps the service when another place is usable', () => {
    const loans = byName(result, 'Laptop loans at two libraries');
    expect(loans.data.locations!.map((place) => place.name)).toEqual(['New Library']);
    expect(notesFor(result, loans.id)).toContain('Left out the place "Old Library": "TBC" is not a UK postcode.');
  });

  it('reads times with a time zone, drops hours that close before they open, and keeps monthly hours as a note', () => {
    const place = byName(result, 'Tech & Tea Café').data.locations![0]!;
    expect(place.openingHours).toEqual([{ days: ['wednesday'], opens: '14:00', closes: '16:30' }]);
    expect(place.hoursNote).toBe('First Saturday of the month, 10am to midday');
    expect(notesFor(result, 'tech-and-tea-cafe')).toContain('Left out the hours 17:00 to 09:00 (it closes before it opens) at "North Town Community Centre".');
  });

  it('adds only the organisations that imported listings use', () => {
    expect(result.organisations.map((org) => org.id)).toEqual(['north-town-community-trust', 'north-town-libraries']);
  });
});

describe('import: one full v3 service, with HSDS 3.0 fields the UK profile leaves out', () => {
  const result = importFixture('v3-single-service.json');

  it('reads phones on the service, language names, eligibility, the application process and schedules inside a place', () => {
    expect(result.report).toMatchObject({ format: 'one Open Referral service', imported: 1 });
    const [service] = result.services;
    expect(service!.data).toMatchObject({
      kinds: ['help-with-forms'],
      accessModes: ['book'],
      phone: '0808 157 0400',
      languages: ['en', 'ur', 'bfi'],
      eligibility: 'For people who claim Universal Credit.',
      howToRefer: 'Ask your work coach, or call to book.',
      lastChecked: '2026-08-14',
      cost: { type: 'free' },
    });
    expect(service!.data.locations![0]!.openingHours).toEqual([{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], opens: '09:00', closes: '16:30', note: 'Closed on bank holidays' }]);
    expect(result.organisations[0]).toEqual({
      id: 'south-town-jobcentre',
      data: { name: 'South Town Jobcentre', kind: 'jobcentre', summary: 'The Jobcentre for South Town.', website: 'https://www.southtownjobs.example' },
    });
  });
});

describe('import: files that are not Open Referral services', () => {
  it('explains a file that is not JSON (a feed that sent an error page)', () => {
    const result = importFixture('v3-not-json.txt');
    expect(result.report.problem).toMatch(/^The file is not valid JSON \([^\n]+\)\. It looks like a web page \(HTML\), not JSON: check the address of the feed\.$/);
    expect(result.services).toEqual([]);
  });

  it('explains JSON of the wrong shape, naming the fields it has', () => {
    const result = importFixture('v3-wrong-shape.json');
    expect(result.report.problem).toBe(
      'The file is JSON but not Open Referral services: it has no "contents" list (ORUK v3), no "content" list (ORUK v1) and no service "id" and "name". Its fields are: error, status, message.',
    );
  });

  it('explains JSON that is a single value', () => {
    expect(importOpenReferral('hello', { feedName: 'x', today: TODAY }).report.problem).toMatch(/holds a single string/);
  });
});

describe('import: an ORUK v1 page (the older, flatter shape)', () => {
  const result = importFixture('v1-valid.json');

  it('imports both services', () => {
    expect(result.report).toMatchObject({ format: 'an Open Referral UK v1 page of services', found: 2, imported: 2, skipped: 0 });
    expectValid(result);
  });

  it('reads v1 fields: physical_addresses, accessibility_for_disabilities, weekday numbers, eligibilitys, language names, attending_access', () => {
    const dropIn = byName(result, 'Digital drop-in at South Town Community Centre');
    expect(dropIn.data).toMatchObject({
      kinds: ['drop-in-help'],
      accessModes: ['walk-in'],
      cost: { type: 'free' },
      languages: ['en', 'ur'],
      minimumAge: 18,
      phone: '01632 960444',
      lastChecked: '2026-07-01',
      externalId: '1001',
    });
    expect(dropIn.data.locations).toEqual([
      {
        name: 'South Town Community Centre',
        address: ['30 Park Road'],
        town: 'South Town',
        postcode: 'NM2 4LN',
        area: 'south',
        latitude: 53.402,
        longitude: -2.171,
        accessibility: ['Ramp at the side door'],
        openingHours: [{ days: ['tuesday', 'thursday'], opens: '10:00', closes: '12:00' }],
      },
    ]);
    expect(result.organisations[0]!.data.website).toBe('https://www.southtowncc.example/');
  });

  it('reads fees with a price as paid, byday schedules on the service, and attending_access "appointment" as book first', () => {
    const loans = byName(result, 'Tablet loans from the Town Hall').data;
    expect(loans).toMatchObject({ kinds: ['device-to-borrow', 'free-sim-or-data'], accessModes: ['book'] });
    expect(loans.cost).toEqual({ type: 'paid', description: 'A £5 deposit, which you get back when you return the tablet.' });
    expect(loans.locations![0]!.openingHours).toEqual([{ days: ['monday', 'wednesday'], opens: '09:30', closes: '15:00' }]);
  });
});

describe('import: a messy v1 feed', () => {
  const result = importFixture('v1-messy.json');

  it('names every skipped record with its reason', () => {
    expect(result.report).toMatchObject({ found: 4, imported: 1, skipped: 3 });
    expect(result.report.skippedRecords).toEqual([
      {
        feedId: '2001',
        name: 'Computer club (again)',
        group: 'same id as an earlier record',
        reason: 'id: another record earlier in the file ("Computer club") has the same id (ids that differ only in capital letters count as the same). The first one was kept.',
      },
      {
        feedId: '2002',
        name: 'Mobile digital help van',
        group: 'no place we can use, and no phone or website',
        reason: 'locations: None of its places has a valid UK postcode, a street and a town, and it has no phone number or website, so people could not find or reach it.',
      },
      { feedId: '2003', group: 'no name', reason: 'name: It has no name.' },
    ]);
    expectValid(result);
  });

  it('fills in what a v1 feed leaves out, and says so', () => {
    const club = byName(result, 'Computer club');
    expect(club.data).toMatchObject({
      status: 'active',
      summary: 'Learn to use a computer in a friendly class.',
      description: 'Learn to use a computer in a friendly _class_.\\\nBeginners welcome!',
      kinds: ['group-course'],
      supportModes: ['group'],
      audiences: ['older-people'],
      languages: ['en'],
      cost: { type: 'free-with-conditions', description: 'Free for residents of Kingsbury' },
      phone: '01632 960777',
    });
    expect(club.data.locations![0]).toMatchObject({ postcode: 'NM1 4AL', area: 'north', openingHours: [{ days: ['monday'], opens: '09:30', closes: '11:30' }] });
    expect(notesFor(result, club.id)).toEqual([
      'It gave no status: listed as active.',
      'Wrote the phone number "01632960777" as "01632 960777".',
      'Left out the language "Klingon": it is not in our list of languages.',
      'It did not say how people start (drop in, book, phone first or a referral): listed as "ask them how to start". Find out and set accessModes.',
      'It gave no date it was checked or changed: dated the day of the import and marked as not yet checked (its page says so). Check the details, then set lastChecked and remove notYetChecked.',
    ]);
  });
});

describe('import: areas and organisations the site does not have yet', () => {
  it('adds an area for a town it cannot match, and uses it again for the same outward code', () => {
    const feed = [1, 2].map((n) => ({
      id: `far-${n}`,
      name: `Wi-Fi at Upton hall ${n}`,
      description: 'Free Wi-Fi.',
      status: 'active',
      organization: { id: 'o', name: 'Upton Parish Council', description: 'The parish council.' },
      service_at_locations: [
        {
          id: `s${n}`,
          location: {
            id: `l${n}`,
            location_type: 'physical',
            name: 'Upton Hall',
            addresses: [{ id: `a${n}`, address_1: 'Hall Lane', city: n === 1 ? 'Upton' : 'Upton village', state_province: '', postal_code: `NM9 ${n}AB`, country: 'GB', address_type: 'physical' }],
          },
        },
      ],
      contacts: [{ id: 'c', phones: [{ id: 'p', number: '01632 960888' }] }],
    }));
    const result = importOpenReferral(feed, { feedName: 'Upton', today: TODAY, known: minimal });
    expect(result.areas).toEqual([{ id: 'upton', name: 'Upton' }]);
    expect(result.services.map((service) => service.data.locations![0]!.area)).toEqual(['upton', 'upton']);
    expect(result.report.newAreas).toEqual(['upton']);
  });

  it("matches an area by the outward code of the site's own places", () => {
    const feed = [
      {
        id: 'x',
        name: 'Free Wi-Fi at the surgery',
        description: 'Free Wi-Fi in the waiting room.',
        status: 'active',
        organization: { name: 'Example Surgery' },
        url: 'https://surgery.example/wifi',
        service_at_locations: [
          {
            id: 's',
            location: {
              id: 'l',
              location_type: 'physical',
              name: 'Example Surgery',
              addresses: [{ id: 'a', address_1: '2 High Street', city: 'Elsewhere', postal_code: 'NM1 9ZZ', country: 'GB', state_province: '', address_type: 'physical' }],
            },
          },
        ],
      },
    ];
    const result = importOpenReferral(feed, { feedName: 'x', today: TODAY, known: minimal });
    expect(result.services[0]!.data.locations![0]!.area).toBe('north'); // library-wifi is at NM1 1AA, in north
  });

  it('treats a service area named after the whole site as every area, and a sentence as no area', () => {
    const feed = [
      {
        id: 'y',
        name: 'Tech help line',
        description: 'Help with your computer on the phone line.',
        status: 'active',
        organization: { name: 'Example Library' },
        url: 'https://example.org/help',
        service_areas: [
          { id: 'a', name: 'Northmere' },
          { id: 'b', name: 'Available to all residents who live or work in the borough.' },
        ],
      },
    ];
    const result = importOpenReferral(feed, { feedName: 'x', today: TODAY, known: minimal, siteArea: 'Northmere' });
    expect(result.services[0]!.data.areasServed).toBeUndefined();
    expect(result.services[0]!.data.organisation).toBe('example-library');
    expect(result.organisations).toEqual([]);
    expect(notesFor(result, result.services[0]!.id)).toContain('Left out the service area "Available to all residents who live or work in the borough.": it is not the name of an area.');
  });

  it('never gives an imported listing a file name the site already uses', () => {
    const feed = [{ id: 'z', name: 'Library Wifi', description: 'Free Wi-Fi.', status: 'active', organization: { name: 'Example Library' }, url: 'https://example.org/wifi' }];
    const result = importOpenReferral(feed, { feedName: 'x', today: TODAY, known: minimal });
    expect(result.services[0]).toMatchObject({ id: 'library-wifi-2', updates: false });
  });
});
