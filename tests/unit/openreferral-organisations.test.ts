/**
 * Which organisation runs an imported service: matched to one the site has (or one the same import
 * added) by id, charity number, website or name; added only from a real organisation record; alike
 * names reported, never merged on the name alone. And the charity number field of our own
 * organisation files.
 */
import { describe, expect, it } from 'vitest';
import { importOpenReferral, openReferralIds, toOrukService, type ImportResult, type OrganisationEntry } from '../../src/lib/openreferral/index.ts';
import { createOrganisationFinder, type ServiceForOrganisation } from '../../src/lib/openreferral/organisations.ts';
import { alikeNames, websiteKey } from '../../src/lib/openreferral/organisation-names.ts';
import { readCharityNumber } from '../../src/lib/charity-number.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { serviceSchema } from '../../src/schemas/service.ts';
import { fixture } from '../fixtures/openreferral/load-site.ts';
import { orukAjv } from '../support/oruk-schemas.ts';

const TODAY = '2026-11-23';

const KNOWN: OrganisationEntry[] = [
  { id: 'kingsbury-libraries', data: { name: 'Kingsbury Libraries', kind: 'library', summary: 'The public libraries of Kingsbury.', website: 'https://www.kingsbury.gov.uk/libraries/' } },
  { id: 'kingsbury-council', data: { name: 'Kingsbury Borough Council', kind: 'council', summary: 'The council.', website: 'https://www.kingsbury.gov.uk/' } },
  { id: 'age-uk-kingsbury', data: { name: 'Age UK Kingsbury', kind: 'charity', summary: 'A charity for older people.', charityNumber: '1177548' } },
  { id: 'tech-share', data: { name: 'Tech Share', kind: 'charity', summary: 'Gives away old laptops.', website: 'https://www.facebook.com/' } },
];

/** A good v3 service run by the given organisation record. */
function service(id: string, organization: unknown, change: Record<string, unknown> = {}) {
  return {
    id,
    name: `Free Wi-Fi and computers ${id}`,
    description: 'Free Wi-Fi and public computers for everyone.',
    status: 'active',
    contacts: [{ id: `c-${id}`, phones: [{ id: `p-${id}`, number: '01632 960888' }] }],
    ...(organization === undefined ? {} : { organization }),
    ...change,
  };
}

const run = (records: unknown[], known = KNOWN): ImportResult => importOpenReferral(records, { feedName: 'Kingsbury directory', today: TODAY, known: { organisations: known } });
const organisationsOf = (result: ImportResult) => result.services.map((item) => item.data.organisation);
/** The notes about organisations. */
const notesOf = (result: ImportResult) => result.report.notes.map((note) => note.note).filter((note) => /organisation/i.test(note));

describe('organisations: matched to one the site has', () => {
  it('by name, whatever the capitals, spaces and punctuation', () => {
    const names = ['Kingsbury Libraries', 'KINGSBURY LIBRARIES', '  kingsbury   libraries ', 'Kingsbury-Libraries.'];
    const result = run(names.map((name, i) => service(`n${i}`, { name })));
    expect(organisationsOf(result)).toEqual(names.map(() => 'kingsbury-libraries'));
    expect(result.organisations).toEqual([]);
  });

  it('by website: the same host and path, whatever the scheme, "www." or last slash, and says so when the names differ', () => {
    const websites = ['https://www.kingsbury.gov.uk/libraries/', 'http://kingsbury.gov.uk/libraries', 'www.kingsbury.gov.uk/libraries', 'HTTPS://KINGSBURY.GOV.UK/Libraries/'];
    const result = run(websites.map((website, i) => service(`w${i}`, { name: 'Kingsbury Library Service', website })));
    expect(organisationsOf(result)).toEqual(websites.map(() => 'kingsbury-libraries'));
    expect(result.organisations).toEqual([]);
    expect(notesOf(result)).toEqual([
      'Its organisation "Kingsbury Library Service" is taken to be "Kingsbury Libraries" (kingsbury-libraries), found by its website (https://www.kingsbury.gov.uk/libraries/).',
    ]);
  });

  it('not by a different page of the same site, nor by a shared site such as facebook.com', () => {
    const result = run([service('p1', { name: 'Kingsbury Housing', website: 'https://www.kingsbury.gov.uk/housing' }), service('p2', { name: 'Laptop Swap', website: 'https://facebook.com' })]);
    expect(organisationsOf(result)).toEqual(['kingsbury-housing', 'laptop-swap']);
    expect(result.organisations.map((org) => org.id)).toEqual(['kingsbury-housing', 'laptop-swap']);
  });

  it('by charity number, wherever the feed writes it (v1 charity_number, v3 organization_identifiers or registration_number)', () => {
    const records = [
      { ...service('c1', { name: 'Age Concern', charity_number: '1177548' }), attending_access: 'drop-in' },
      service('c2', { name: 'Age UK (Kingsbury branch)', organization_identifiers: [{ id: 'i', identifier_scheme: 'GB-CHC', identifier_type: 'Charity number', identifier: '1177548' }] }),
      service('c3', { name: 'AUK', registration_number: 'Reg. charity no. 1177548' }),
    ];
    const result = run(records);
    expect(organisationsOf(result)).toEqual(['age-uk-kingsbury', 'age-uk-kingsbury', 'age-uk-kingsbury']);
    expect(result.organisations).toEqual([]);
    expect(notesOf(result)).toContain('Its organisation "Age Concern" is taken to be "Age UK Kingsbury" (age-uk-kingsbury), found by its charity number 1177548.');
  });

  it('not by name when the charity numbers differ: two charities with one name', () => {
    const result = run([service('d1', { name: 'Age UK Kingsbury', charity_number: '1099999', description: 'Another charity.' })]);
    expect(organisationsOf(result)).toEqual(['age-uk-kingsbury-2']);
    expect(result.organisations[0]!.data).toMatchObject({ name: 'Age UK Kingsbury', charityNumber: '1099999' });
  });
});

describe('organisations: added once, from a real organisation record', () => {
  it('matches one added earlier in the same import by its website or charity number, not only its name', () => {
    const result = run([
      service('e1', { name: 'North Town Digital', website: 'https://northtown.example/', charity_number: 'SC007427', description: 'A digital charity.' }),
      service('e2', { name: 'North Town Digital Ltd', website: 'http://www.northtown.example' }),
      service('e3', { name: 'NTD', organization_identifiers: [{ identifier_scheme: 'GB-SC', identifier: 'SC 007427' }] }),
      service('e4', { name: 'NORTH TOWN DIGITAL' }),
    ]);
    expect(result.organisations.map((org) => org.id)).toEqual(['north-town-digital']);
    expect(result.organisations[0]!.data).toMatchObject({ website: 'https://northtown.example/', charityNumber: 'SC007427' });
    expect(organisationsOf(result)).toEqual(['north-town-digital', 'north-town-digital', 'north-town-digital', 'north-town-digital']);
  });

  it('learns the other names and websites the feed gives one organisation (by its id), so a later record with one of them finds it', () => {
    const result = run(
      [
        service('k1', { id: 'org-1', name: 'Kingsbury Library Service', website: 'https://libraries.kingsbury.example', description: 'The libraries.' }),
        service('k2', { id: 'org-1', name: 'Kingsbury Libraries', website: 'https://libraries.kingsbury.example/', description: 'The libraries.' }),
        service('k3', { id: 'org-147', name: 'KINGSBURY LIBRARIES', website: 'http://www.kingsbury.example/libraries' }),
        service('k4', { id: 'org-1', name: 'Kingsbury Libraries', website: 'https://www.kingsbury.example/libraries-and-archives' }),
        service('k5', { id: 'org-999', name: 'Libraries of Kingsbury', website: 'https://kingsbury.example/libraries-and-archives/' }),
      ],
      [],
    );
    expect(result.organisations.map((org) => org.data.name)).toEqual(['Kingsbury Library Service']);
    expect(organisationsOf(result)).toEqual(Array(5).fill('kingsbury-library-service'));
  });

  it('skips a service whose organisation is only its own name again, saying what to do; it adds no organisation', () => {
    const copy = service('f1', {});
    copy.organization = { name: copy.name };
    const result = run([
      copy,
      service('f2', undefined),
      service('f3', { id: 'f3', name: 'Free Wi-Fi and computers f3' }),
      // A description that is only its name again, or the service's own description, is not one of its own.
      service('f4', { name: 'Free Wi-Fi and computers f4', description: 'Free Wi-Fi and computers f4' }),
      service('f5', { name: 'Free Wi-Fi and computers f5', description: '<p>Free Wi-Fi and public computers for everyone.</p>' }),
    ]);
    expect(result.services).toEqual([]);
    expect(result.organisations).toEqual([]);
    expect(result.report.skippedRecords.map((record) => [record.feedId, record.reason])).toEqual([
      ['f1', expect.stringMatching(/organization.*only the service's own name \("Free Wi-Fi and computers f1"\).*add that organisation to content\/organisations\//)],
      ['f2', expect.stringMatching(/organization field is missing or has no name.*Name the organisation that runs it in the feed's organization field/)],
      ['f3', expect.stringMatching(/only the service's own name/)],
      ['f4', expect.stringMatching(/only the service's own name/)],
      ['f5', expect.stringMatching(/only the service's own name/)],
    ]);
  });

  it("gives such a service to the organisation whose website holds the service's website, saying so", () => {
    const onLibraries = service('g1', { name: 'Free Wi-Fi and computers g1' }, { url: 'https://www.kingsbury.gov.uk/libraries/wifi' });
    const onCouncil = service('g2', { name: 'Free Wi-Fi and computers g2' }, { url: 'https://kingsbury.gov.uk/digital-help' });
    const onFacebook = service('g3', { name: 'Free Wi-Fi and computers g3' }, { url: 'https://www.facebook.com/techsharewifi' });
    const result = run([onLibraries, onCouncil, onFacebook]);
    expect(organisationsOf(result)).toEqual(['kingsbury-libraries', 'kingsbury-council']);
    expect(result.report.skippedRecords.map((record) => record.feedId)).toEqual(['g3']);
    expect(notesOf(result)).toContain(
      'It did not say which organisation runs it: "Kingsbury Libraries" (kingsbury-libraries) is taken to run it, because the service\'s website is on theirs. Check this.',
    );
  });

  it('adds an organisation named like its service when the record has something of its own (a description, website, charity number or id), with a note to check', () => {
    const names = ['h1', 'h2', 'h3', 'h4'].map((id) => `Free Wi-Fi and computers ${id}`);
    const result = run([
      service('h1', { name: names[0], description: 'A community group in North Town.' }),
      service('h2', { name: names[1], website: 'https://h2.example/' }),
      service('h3', { name: names[2], charity_number: '220949' }),
      service('h4', { id: 'org-h4', name: names[3] }),
    ]);
    expect(result.organisations.map((org) => org.data.name)).toEqual(names);
    for (const item of result.services) {
      expect(notesOf(result)).toContain(`Added its organisation "${item.data.name}", which has the same name as the service. Check that it is the organisation that runs it.`);
    }
  });

  it('a feed like the real one (most organisations only the service name again) adds no organisation per service', () => {
    const records = Array.from({ length: 12 }, (_, i) => {
      const id = `r${i}`;
      if (i < 4) return service(id, { id: 'council', name: 'Kingsbury Borough Council' });
      const copy = service(id, {}, i < 9 ? { url: `https://www.kingsbury.gov.uk/libraries/branch-${i}` } : {});
      copy.organization = { name: copy.name };
      return copy;
    });
    const result = run(records);
    expect(result.organisations).toEqual([]);
    expect(organisationsOf(result)).toEqual([...Array(4).fill('kingsbury-council'), ...Array(5).fill('kingsbury-libraries')]);
    expect(result.report.skippedRecords.map((record) => record.feedId)).toEqual(['r9', 'r10', 'r11']);
  });
});

describe('organisations: alike names are reported, not merged', () => {
  const feedService = (name: string, organisation: Partial<ServiceForOrganisation['organisation']>): ServiceForOrganisation => ({
    id: `s-${name}`,
    name: `Help at ${name}`,
    description: '',
    url: '',
    organisation: { id: '', name, description: 'An organisation.', email: '', website: '', charityNumber: '', ...organisation },
  });

  it('"Kingsbury Library Service" is added beside "Kingsbury Libraries", with a note the report shows', () => {
    const finder = createOrganisationFinder(KNOWN, openReferralIds(), 'Kingsbury directory');
    const found = finder.find(feedService('Kingsbury Library Service', {}));
    expect(found).toEqual({
      ok: true,
      id: 'kingsbury-library-service',
      notes: [
        'Added the organisation "Kingsbury Library Service" (content/organisations/kingsbury-library-service.yaml). It may be "Kingsbury Libraries" (kingsbury-libraries): the names are alike, but no website or charity number shows they are the same. If they are, change the organisation of its listings to kingsbury-libraries and delete the new file.',
      ],
    });
    expect(finder.possibleDuplicates).toEqual([{ organisation: 'kingsbury-library-service', mayBe: 'kingsbury-libraries', note: expect.stringContaining('It may be "Kingsbury Libraries"') }]);
    // The next service of the same organisation finds it, and the note is not said again.
    expect(finder.find(feedService('KINGSBURY LIBRARY SERVICE', {}))).toEqual({ ok: true, id: 'kingsbury-library-service', notes: [] });
  });

  it('tells alike names from different ones', () => {
    const alike = [
      ['Kingsbury Library Service', 'Kingsbury Libraries'],
      ['Age UK', 'Age UK Kingsbury'],
      ['Kingsbury Council', 'Kingsbury Borough Council'],
      ['The North Town Trust', 'North Town Trust Ltd'],
    ];
    const different = [
      ['Kingsbury Libraries', 'KINGSBURY LIBRARIES'], // the same name: merged, not "alike"
      ['Kingsbury Libraries', 'Kingsbury Council'],
      ['Kingsbury Libraries', 'Kingsbury'],
      ['North Town Digital', 'South Town Digital'],
    ];
    for (const [a, b] of alike) expect(alikeNames(a!, b!), `${a} / ${b}`).toBe(true);
    for (const [a, b] of different) expect(alikeNames(a!, b!), `${a} / ${b}`).toBe(false);
  });

  it('reads web addresses as host and path', () => {
    expect(['https://www.A.org/x/', 'http://a.org/x', 'www.a.org/x', 'https://a.org/x/index.html', 'https://a.org/x?utm=1#top'].map(websiteKey)).toEqual([
      'a.org/x',
      'a.org/x',
      'a.org/x',
      'a.org/x',
      'a.org/x',
    ]);
    expect(['', 'not a web address', 'mailto:a@b.org'].map(websiteKey)).toEqual([undefined, undefined, undefined]);
  });
});

describe('charity numbers', () => {
  const base = { name: 'North Town Trust', kind: 'charity', summary: 'A local charity.' };
  const GOOD = ['1177548', '220949', 'SC007427', 'NIC104226'];
  const BAD: [unknown, RegExp][] = [
    [1177548, /Put the charity number in quotes/],
    ['12345', /not a registered charity number/],
    ['11775480', /not a registered charity number/],
    ['SC12345', /not a registered charity number/],
    ['sc007427', /not a registered charity number/],
    ['NIC 104226', /not a registered charity number/],
    ['GB-CHC-1177548', /not a registered charity number/],
    ['Registered charity 1177548', /not a registered charity number/],
  ];

  it.each(GOOD)('an organisation file may give the charity number %s', (charityNumber) => {
    expect(organisationSchema.safeParse({ ...base, charityNumber }).success).toBe(true);
  });

  it.each(BAD)('an organisation file may not give the charity number %s, and is told how to write it', (charityNumber, message) => {
    const checked = organisationSchema.safeParse({ ...base, charityNumber });
    expect(checked.success).toBe(false);
    expect(checked.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['charityNumber', expect.stringMatching(message)]]);
  });

  it('finds the number in the ways feeds write it, and nothing in text that is not one', () => {
    const read: [unknown, string, string | undefined][] = [
      ['1177548', '', '1177548'],
      [1177548, '', '1177548'],
      ['Reg. charity no. 1177548', '', '1177548'],
      ['Registered Charity Number: 220949', '', '220949'],
      ['1177548-1', '', '1177548'],
      ['GB-CHC-1177548', '', '1177548'],
      ['sc 007427', '', 'SC007427'],
      ['007427', 'GB-SC', 'SC007427'],
      ['GB-SC-SC007427', '', 'SC007427'],
      ['104226', 'GB-NIC', 'NIC104226'],
      ['GB-NIC-104226', '', 'NIC104226'],
      ['NIC104226', '', 'NIC104226'],
      ['08255580', '', undefined], // a company number
      ['SC007427', 'GB-CHC', undefined], // a Scottish number in the England and Wales list
      ['', '', undefined],
      [null, '', undefined],
      ['constructor', '', undefined],
    ];
    expect(read.map(([value, scheme]) => readCharityNumber(value, scheme))).toEqual(read.map(([, , expected]) => expected));
  });
});

describe('charity numbers in the export', () => {
  const validate = orukAjv().compile(JSON.parse(fixture('service.schema.json')));
  const area = { id: 'north', name: 'North Town' };
  const listing = (organisation: string) => ({
    id: `wifi-${organisation}`,
    data: serviceSchema.parse({
      name: `Free Wi-Fi from ${organisation}`,
      organisation,
      status: 'active' as const,
      summary: 'Free Wi-Fi for everyone.',
      description: 'Free Wi-Fi for everyone, every day.',
      kinds: ['free-wifi' as const],
      supportModes: ['self-service' as const],
      accessModes: ['walk-in' as const],
      cost: { type: 'free' as const },
      audiences: ['everyone' as const],
      languages: ['en' as const],
      website: 'https://wifi.example/',
      lastChecked: '2026-10-01',
      checkedBy: 'Staff',
      source: 'The charity',
      licence: 'OGL v3',
    }),
  });
  const charities: OrganisationEntry[] = [
    { id: 'e-and-w', data: { name: 'England Trust', kind: 'charity', summary: 'A charity in England.', charityNumber: '1177548' } },
    { id: 'scotland', data: { name: 'Scotland Trust', kind: 'charity', summary: 'A charity in Scotland.', charityNumber: 'SC007427' } },
    { id: 'ni', data: { name: 'Ulster Trust', kind: 'charity', summary: 'A charity in Northern Ireland.', charityNumber: 'NIC104226' } },
  ];

  it('writes each as an organization identifier in the org-id.guide list of its register, valid against the ORUK schema', () => {
    const documents = charities.map((org) => toOrukService(listing(org.id), { organisations: charities, areas: [area] }));
    for (const document of documents) expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(documents.map((document) => document.organization!.organization_identifiers!.map(({ identifier_scheme, identifier }) => [identifier_scheme, identifier]))).toEqual([
      [['GB-CHC', '1177548']],
      [['GB-SC', 'SC007427']],
      [['GB-NIC', '104226']],
    ]);
  });

  it('reads them back: an empty site gets the organisations with the same charity numbers', () => {
    const documents = charities.map((org) => toOrukService(listing(org.id), { organisations: charities, areas: [area] }));
    const result = importOpenReferral(JSON.parse(JSON.stringify(documents)), { feedName: 'round trip', today: TODAY });
    expect(result.organisations.map((org) => [org.data.name, org.data.charityNumber])).toEqual(charities.map((org) => [org.data.name, org.data.charityNumber]));
  });
});
