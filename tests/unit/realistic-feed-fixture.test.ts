// Checks that the realistic council feed fixture (tests/fixtures/openreferral/realistic/) is what
// its README says it is: a big, thin, stale, HTML-heavy ORUK v1 page with an answer key for every
// service, so that measuring the importer against it means something.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kindsOfHelp } from '../../src/lib/vocabulary/index.ts';

const folder = new URL('../fixtures/openreferral/realistic/', import.meta.url);
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, folder), 'utf8'));

interface LabelRow {
  id: string;
  digital: string;
  kinds: string[];
  why: string;
}

/** The label files hold no quoted fields (make-feeds.ts refuses a comma in a reason), so a split is enough. */
function readLabels(name: string): LabelRow[] {
  const [header, ...lines] = readFileSync(new URL(name, folder), 'utf8').trimEnd().split('\n');
  expect(header).toBe('id,digital,kinds,why');
  return lines.map((line) => {
    const fields = line.split(',');
    expect(fields, line).toHaveLength(4);
    const [id = '', digital = '', kinds = '', why = ''] = fields;
    return { id, digital, kinds: kinds ? kinds.split(';') : [], why };
  });
}

const v1 = readJson('v1-council-services.json');
const services: any[] = v1.content;
const labels = readLabels('labels.csv');
const descriptions = services.map((service) => String(service.description ?? ''));
const links = (html: string) => (html.match(/<a\s[^>]*href=/gi) ?? []).length;

function expectLabelsMatch(ids: string[], rows: LabelRow[]) {
  const labelled = rows.map((row) => row.id);
  // Case matters: two services' ids differ only in case, and each has its own row.
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(labelled).size).toBe(labelled.length);
  expect([...labelled].sort()).toEqual([...ids].sort());
  for (const row of rows) {
    expect(['yes', 'no'], row.id).toContain(row.digital);
    expect(row.why.length, row.id).toBeGreaterThan(3);
    for (const kind of row.kinds) expect(kindsOfHelp.has(kind), `${row.id}: ${kind}`).toBe(true);
    expect(row.kinds.length > 0, `${row.id}: kinds are given for yes and only for yes`).toBe(row.digital === 'yes');
  }
}

describe('the realistic ORUK v1 council page', () => {
  it('is page 1 of 3 of a feed of about 760 services, with at least 320 on this page', () => {
    expect(services.length).toBeGreaterThanOrEqual(320);
    expect(v1.totalElements).toBeGreaterThanOrEqual(700);
    expect(v1.totalElements).toBeLessThanOrEqual(800);
    expect(v1).toMatchObject({ totalPages: 3, number: 0, first: true, last: false });
  });

  it('has exactly one label row for every service, and no row for a service it does not have', () => {
    expectLabelsMatch(
      services.map((service) => String(service.id)),
      labels,
    );
  });

  it('labels 35-45% of the services as digital help', () => {
    const share = labels.filter((row) => row.digital === 'yes').length / labels.length;
    expect(share).toBeGreaterThanOrEqual(0.35);
    expect(share).toBeLessThanOrEqual(0.45);
  });

  it('is mostly HTML, with many links and some very long descriptions', () => {
    expect(descriptions.filter((html) => /<[a-z][^>]*>/i.test(html)).length / services.length).toBeGreaterThanOrEqual(0.9);
    expect(descriptions.reduce((sum, html) => sum + links(html), 0)).toBeGreaterThanOrEqual(250);
    expect(descriptions.filter((html) => links(html) > 0).length).toBeGreaterThanOrEqual(120);
    expect(descriptions.filter((html) => links(html) >= 3).length).toBeGreaterThanOrEqual(20);
    expect(descriptions.filter((html) => html.length > 2500).length).toBeGreaterThanOrEqual(5);
    expect(descriptions.filter((html) => html.includes('<o:p></o:p>')).length).toBeGreaterThanOrEqual(5);
  });

  it('is stale: at least 40% not assured in the two years before 2026-11-23', () => {
    const cutoff = Date.parse('2024-11-23');
    const stale = services.filter((service) => typeof service.assured_date !== 'string' || Date.parse(service.assured_date.slice(0, 10)) < cutoff);
    expect(stale.length / services.length).toBeGreaterThanOrEqual(0.4);
  });

  it('is thin: most services have no place and no phone', () => {
    expect(services.filter((service) => !service.service_at_locations?.length).length / services.length).toBeGreaterThan(0.6);
    expect(services.filter((service) => !service.contacts?.length).length / services.length).toBeGreaterThan(0.6);
  });

  it('holds the traps the README lists', () => {
    const ids = services.map((service) => String(service.id));
    expect(ids.filter((id) => ids.some((other) => other !== id && other.toLowerCase() === id.toLowerCase()))).toHaveLength(2);
    const statuses = new Set(services.map((service) => service.status));
    for (const status of ['active', 'Active', 'inactive', 'constructor', '__proto__']) expect(statuses).toContain(status);
    expect(services.some((service) => service.service_taxonomys?.some((link: any) => link.taxonomy?.name === '__proto__'))).toBe(true);
    expect(services.filter((service) => typeof service.url === 'string' && !/^https?:\/\//.test(service.url)).length).toBeGreaterThanOrEqual(3);
    const addresses = services.flatMap((service) => (service.service_at_locations ?? []).flatMap((place: any) => place.location?.physical_addresses ?? []));
    expect(addresses.some((address: any) => address.country === 'US' && address.state_province === 'CA')).toBe(true);
    const organisations = new Set(services.map((service) => service.organization?.name).filter((name) => /librar/i.test(name ?? '')));
    expect(organisations.size).toBeGreaterThanOrEqual(3);
    expect(services.filter((service) => service.organization?.charity_number).length).toBeGreaterThan(10);
    const names = services.map((service) => `${service.name}|${service.url}`);
    expect(names.length - new Set(names).size).toBeGreaterThanOrEqual(3);
  });
});

describe('the realistic ORUK v3 council page', () => {
  const v3 = readJson('v3-council-services.json');
  const contents: any[] = v3.contents;

  it('has about 40 full services, each labelled once', () => {
    expect(contents.length).toBeGreaterThanOrEqual(35);
    expect(v3.total_items).toBe(contents.length);
    expectLabelsMatch(
      contents.map((service) => String(service.id)),
      readLabels('labels-v3.csv'),
    );
  });

  it('gives every service a place with an address, a schedule, a phone and taxonomy terms', () => {
    for (const service of contents) {
      expect(service.service_at_locations?.[0]?.location?.addresses?.[0]?.postal_code, service.id).toBeTruthy();
      expect(service.schedules?.length, service.id).toBeGreaterThan(0);
      const phones = [...(service.phones ?? []), ...(service.contacts ?? []).flatMap((contact: any) => contact.phones ?? [])];
      expect(phones.length, service.id).toBeGreaterThan(0);
      expect(service.attributes?.[0]?.taxonomy_term?.taxonomy, service.id).toBeTruthy();
    }
    const vocabularies = new Set(contents.flatMap((service) => service.attributes.map((attribute: any) => attribute.taxonomy_term.taxonomy)));
    for (const vocabulary of ['esd', 'openActive', 'oruk-categories']) expect(vocabularies).toContain(vocabulary);
  });
});

describe('the US HSDS feed', () => {
  it('is in the US shape: top-level services, phone extensions, Californian addresses', () => {
    const feed = readJson('hsds-us-shape.json');
    expect(feed.services.length).toBeGreaterThan(0);
    for (const service of feed.services) {
      expect(service.organization_id).toBeTruthy();
      expect(service.phones[0]).toHaveProperty('extension');
      expect(service.locations[0].addresses[0]).toMatchObject({ state_province: 'CA', postal_code: '94103', country: 'US' });
    }
  });
});
