import { describe, expect, it } from 'vitest';
import { orukAjv, pageSchema } from '../support/oruk-schemas.ts';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { join } from 'node:path';
import { orukApiRoot, SAMPLE_ALERT, servicesToCsv, SERVICE_CSV_COLUMNS, toOrukService, toOrukServiceList, type OrukService } from '../../src/lib/openreferral/index.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { fixture, loadSite, PROJECT } from '../fixtures/openreferral/load-site.ts';

const northmere = loadSite(FIXTURE_SITE);
const minimal = loadSite(join(PROJECT, 'tests', 'fixtures', 'minimal-site'));
const contextOf = (site: typeof northmere) => ({ organisations: site.organisations, areas: site.areas, stateProvince: site.siteArea });
const exported = northmere.services.map((service) => toOrukService(service, contextOf(northmere)));

const errorsOf = (validate: { errors?: unknown }) => JSON.stringify(validate.errors, null, 1);

describe('Open Referral export: the documents pass the ORUK v3 JSON Schemas', () => {
  const ajv = orukAjv();
  const validateService = ajv.compile(JSON.parse(fixture('service.schema.json')));
  const validateListItem = ajv.compile(JSON.parse(fixture('service_list.schema.json')));

  it.each(northmere.services.map((service, index) => [service.id, index] as const))('/services/{id} for %s passes service.schema.json', (_id, index) => {
    const valid = validateService(exported[index]);
    expect(valid, errorsOf(validateService)).toBe(true);
  });

  it('the minimal site service passes service.schema.json', () => {
    const service = toOrukService(minimal.services[0]!, contextOf(minimal));
    expect(validateService(service), errorsOf(validateService)).toBe(true);
  });

  it('every item of the /services list passes service_list.schema.json, and the page passes the Page schema', () => {
    const validatePage = ajv.compile(pageSchema(JSON.parse(fixture('service_list.schema.json'))));
    const page = toOrukServiceList(exported, 1, exported.length);
    expect(validatePage(page), errorsOf(validatePage)).toBe(true);
    for (const item of page.contents) expect(validateListItem(item), errorsOf(validateListItem)).toBe(true);
  });

  it('the schemas do catch a broken document (so a pass means something)', () => {
    const broken = { ...exported[0]!, status: 'open', id: 'eastbrook-data-bank' };
    expect(validateService(broken)).toBe(false);
    const messages = (validateService.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
    expect(messages).toEqual(expect.arrayContaining(['/id must match format "uuid"', '/status must be equal to one of the allowed values']));
  });
});

describe('Open Referral export: one service, fully nested', () => {
  const service = toOrukService(minimal.services[0]!, contextOf(minimal));

  it('maps the minimal site listing field by field', () => {
    expect(service).toMatchObject({
      name: 'Free Wi-Fi at Example Library',
      description: 'Free Wi-Fi for everyone.\n\nUse the free Wi-Fi. No library card needed.',
      status: 'active',
      assured_date: '2026-10-01',
      alert: SAMPLE_ALERT,
      organization: { name: 'Example Library', description: 'A library used by the tests.' },
      languages: [{ code: 'en', name: 'English' }],
      cost_options: [{ option: 'Free', amount: 0 }],
      contacts: [{ phones: [{ number: '01632 960999', description: 'Phone' }] }],
    });
    expect(service.organization_id).toBe(service.organization!.id);
    const location = service.service_at_locations![0]!.location!;
    expect(location).toMatchObject({ location_type: 'physical', name: 'Example Library' });
    expect(location.addresses).toEqual([
      expect.objectContaining({ address_1: '1 High Street', city: 'North Town', region: 'North Town', state_province: 'Northmere', postal_code: 'NM1 1AA', country: 'GB', address_type: 'physical' }),
    ]);
    expect(service.schedules).toEqual([
      expect.objectContaining({
        service_at_location_id: service.service_at_locations![0]!.id,
        freq: 'WEEKLY',
        byday: 'MO',
        opens_at: '10:00',
        closes_at: '13:00',
        description: 'Mondays, 10am to 1pm',
      }),
    ]);
  });

  it('publishes kinds of help and our other lists as terms of our own taxonomies: term = our id, name = the label', () => {
    const terms = service.attributes!.map((attribute) => [attribute.taxonomy_term!.taxonomy, attribute.taxonomy_term!.term, attribute.taxonomy_term!.name]);
    expect(terms).toEqual([
      ['digital-inclusion-kinds-of-help', 'free-wifi', 'Free Wi-Fi'],
      ['digital-inclusion-support-modes', 'self-service', 'Use it yourself'],
      ['digital-inclusion-access-modes', 'walk-in', 'Just turn up'],
      ['digital-inclusion-audiences', 'everyone', 'Everyone'],
      ['digital-inclusion-cost', 'free', 'Free'],
    ]);
    for (const attribute of service.attributes!) {
      expect(attribute.link_id).toBe(service.id);
      expect(attribute.taxonomy_term_id).toBe(attribute.taxonomy_term!.id);
    }
  });

  it('leaves out empty fields: no null and no "" anywhere', () => {
    const empties: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) empties.push(path);
      else if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`));
      else if (typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
    };
    for (const document of exported) visit(document, document.name);
    expect(empties).toEqual([]);
    expect(service).not.toHaveProperty('assurer_email');
    expect(service).not.toHaveProperty('service_areas');
  });

  it('maps status: temporarily-closed to "temporarily closed" and inactive to "inactive"', () => {
    const status = (id: string) => exported[northmere.services.findIndex((entry) => entry.id === id)]!.status;
    const byStatus = (wanted: string) => northmere.services.find((entry) => entry.data.status === wanted)!.id;
    expect(status(byStatus('temporarily-closed'))).toBe('temporarily closed');
    expect(status(byStatus('inactive'))).toBe('inactive');
  });

  it('writes a textphone as a second phone, address lines into address_1, and areas served as service areas', () => {
    const find = (id: string) => exported[northmere.services.findIndex((entry) => entry.id === id)]!;
    expect(find('council-digital-helpline').contacts![0]!.phones!.map((phone) => [phone.number, phone.description])).toEqual([
      ['0808 157 0000', 'Phone'],
      ['18001 0808 157 0000', 'Textphone (Relay UK)'],
    ]);
    expect(find('westfield-tech-reuse-shop').service_at_locations![0]!.location!.addresses![0]!.address_1).toBe('Unit 7, Westfield Trade Park,\nPark Lane');
    expect(find('age-friendly-home-visits').service_areas!.map((area) => area.name)).toEqual(['Hillside', 'Westfield', 'Oakley Green', 'Riverside']);
  });

  it('gives every record its own UUID, the same on every run', () => {
    const again = northmere.services.map((entry) => toOrukService(entry, contextOf(northmere)));
    expect(again).toEqual(exported);
    const ids: string[] = [];
    const collect = (value: unknown, key = '') => {
      if (Array.isArray(value)) value.forEach((item) => collect(item));
      else if (value && typeof value === 'object')
        for (const [k, child] of Object.entries(value))
          if (k !== 'taxonomy_term') collect(child, k);
          else if (key === 'id') ids.push(String(value));
    };
    // Organisations and taxonomy terms (kinds of help, areas...) are shared between services; everything else is unique.
    collect(exported.map(({ organization: _organization, attributes: _attributes, ...rest }) => rest));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('throws a clear error when an organisation is missing from the list', () => {
    expect(() => toOrukService(minimal.services[0]!, { organisations: [], areas: minimal.areas })).toThrow(/names the organisation "example-library"/);
  });
});

describe('Open Referral export: the /services list and the API root', () => {
  it('pages the list: counts, first and last page, and an empty page past the end', () => {
    // The fixture site has between 41 and 60 services: three pages of 20.
    expect(exported.length).toBeGreaterThan(40);
    expect(exported.length).toBeLessThanOrEqual(60);
    const page2 = toOrukServiceList(exported, 2, 20);
    expect(page2).toMatchObject({ total_items: exported.length, total_pages: 3, page_number: 2, size: 20, first_page: false, last_page: false, empty: false });
    expect(toOrukServiceList(exported, 3, 20)).toMatchObject({ size: exported.length - 40, last_page: true });
    expect(toOrukServiceList(exported, 4, 20)).toMatchObject({ size: 0, empty: true, contents: [] });
    expect(toOrukServiceList([], 1, 0)).toMatchObject({ total_items: 0, total_pages: 1, empty: true, first_page: true, last_page: true });
    expect(() => toOrukServiceList(exported, 0, 20)).toThrow(RangeError);
  });

  it('shows only one-to-one fields in the list, unless the full list is asked for', () => {
    const item = toOrukServiceList(exported, 1, 1).contents[0] as OrukService;
    expect(item.organization).toBeDefined();
    expect(item).not.toHaveProperty('service_at_locations');
    expect(item).not.toHaveProperty('attributes');
    expect(toOrukServiceList(exported, 1, 1, { full: true }).contents[0]).toEqual(exported[0]);
  });

  it('describes the API: HSDS-UK-3.0 and the profile, and an OpenAPI address only when given', () => {
    expect(orukApiRoot()).toEqual({ version: 'HSDS-UK-3.0', profile: 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md' });
    expect(orukApiRoot({ openapiUrl: 'https://digital.example/openapi.json' }).openapi_url).toBe('https://digital.example/openapi.json');
  });
});

describe('Open Referral export: the directory as CSV', () => {
  const csv = servicesToCsv(northmere.services, contextOf(northmere));
  const rows = parseCsv(csv);

  it('has a heading row and one row per service', () => {
    expect(rows[0]!.cells).toEqual([...SERVICE_CSV_COLUMNS]);
    expect(rows.length).toBe(northmere.services.length + 1);
  });

  it('writes a row in words a council officer can read', () => {
    const row = Object.fromEntries(SERVICE_CSV_COLUMNS.map((column, i) => [column, rows.find((r) => r.cells[0] === 'council-help-with-forms')!.cells[i]]));
    expect(row).toMatchObject({
      Name: 'Help with council forms at the Town Hall',
      Organisation: 'Northmere Borough Council',
      Status: 'Open',
      'Kinds of help': 'Help with forms and online services; Computers you can use',
      Areas: 'Northmere Town Centre',
      Phone: '01632 960002',
      Textphone: '18001 01632 960002',
      Addresses: 'Customer service centre, Northmere Town Hall, Town Hall Square, Northmere, NM1 1TH',
      Postcodes: 'NM1 1TH',
      'Opening hours': 'Mondays, Tuesdays, Thursdays and Fridays, 9am to 4pm; Wednesdays, 10am to 4pm; On Wednesdays we open at 10am because staff are training.',
      Cost: 'Free',
      'Last checked': '2026-10-09',
    });
    expect(rows.find((r) => r.cells[0] === 'age-friendly-tech-phone-line')!.cells[6]).toBe('Every area');
  });

  it('stops a spreadsheet running a cell as a formula', () => {
    const evil = { ...minimal.services[0]!, data: { ...minimal.services[0]!.data, name: '=HYPERLINK("http://bad.example")' } };
    const cells = parseCsv(servicesToCsv([evil], contextOf(minimal)))[1]!.cells;
    expect(cells[2]).toBe(`'=HYPERLINK("http://bad.example")`);
  });
});
