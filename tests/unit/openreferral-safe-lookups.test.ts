/**
 * Feed text is used to look words up in tables (statuses, v1 attending_access, HTML entities,
 * languages, taxonomies, areas, organisations, ids). A word that is also the name of something
 * every JavaScript object has ("constructor", "__proto__", "toString", "hasOwnProperty") must be
 * treated as the unknown word it is: skipped or left out with the usual reason, never a crash and
 * never a bogus value.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { importOpenReferral } from '../../src/lib/openreferral/index.ts';
import { languageCode } from '../../src/lib/openreferral/language-codes.ts';
import { decodeEntities } from '../../src/lib/openreferral/text.ts';
import { serviceSchema } from '../../src/schemas/service.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { loadSite, PROJECT } from '../fixtures/openreferral/load-site.ts';

const DANGEROUS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__', 'prototype'] as const;
const TODAY = '2026-11-23';
/** A word no table has, to compare with. */
const UNKNOWN = 'zzqx';
const minimal = loadSite(join(PROJECT, 'tests', 'fixtures', 'minimal-site'));

/** A good v3 service with one field changed. */
function v3(id: string, change: Record<string, unknown> = {}) {
  return {
    id,
    name: `Free Wi-Fi at the hall ${id}`,
    description: 'Free Wi-Fi and computers for everyone.',
    status: 'active',
    url: 'https://hall.example/wifi',
    organization: { id: 'org-hall', name: 'Example Library' },
    contacts: [{ id: 'c', phones: [{ id: 'p', number: '01632 960888' }] }],
    ...change,
  };
}

/** A good v1 service with one field changed. */
function v1(id: string, change: Record<string, unknown> = {}) {
  return { ...v3(id), attending_type: 'venue', attending_access: 'drop-in', ...change };
}

const run = (records: unknown[]) => importOpenReferral(records, { feedName: 'Safe lookups', today: TODAY, known: minimal, siteArea: minimal.siteArea });

function expectValid(result: ReturnType<typeof run>) {
  for (const service of result.services) expect(serviceSchema.safeParse(service.data).success, service.id).toBe(true);
  for (const org of result.organisations) expect(organisationSchema.safeParse(org.data).success, org.id).toBe(true);
}

describe('safe lookups: feed words that are names every JavaScript object has', () => {
  /** The listings and skip reasons of an import, with the dangerous word written as a plain unknown word instead. */
  const outcome = (result: ReturnType<typeof run>, word: string) =>
    JSON.parse(JSON.stringify({ services: result.services, skipped: result.report.skippedRecords, notes: result.report.notes }).replaceAll(word, UNKNOWN));

  it.each(DANGEROUS)('a status of "%s" is a status we do not know: the record is skipped with the reason', (word) => {
    const result = run([v3('s1', { status: word })]);
    expect(result.services).toEqual([]);
    expect(result.report.skippedRecords).toEqual([
      { feedId: 's1', name: 'Free Wi-Fi at the hall s1', group: 'a status we do not know', reason: expect.stringContaining(`Its status "${word}" is not one we know`) },
    ]);
    expect(outcome(result, word)).toEqual(outcome(run([v3('s1', { status: UNKNOWN })]), UNKNOWN));
  });

  it.each(DANGEROUS)('a v1 attending_access of "%s" says nothing: access modes are what an unknown word gives', (word) => {
    const result = run([v1('a1', { attending_access: word })]);
    expect(result.services).toHaveLength(1);
    expect(outcome(result, word)).toEqual(outcome(run([v1('a1', { attending_access: UNKNOWN })]), UNKNOWN));
    expectValid(result);
  });

  it.each(DANGEROUS)('a language of "%s" is not in our list: left out with a note', (word) => {
    expect(languageCode(word)).toBeUndefined();
    const result = run([v3('l1', { languages: [{ id: 'x', code: word, name: word }] })]);
    expect(result.services).toHaveLength(1);
    expect(result.services[0]!.data.languages).not.toContain(word);
    expect(result.report.notes.map((note) => note.note)).toContain(`Left out the language "${word}": it is not in our list of languages.`);
    expect(outcome(result, word)).toEqual(outcome(run([v3('l1', { languages: [{ id: 'x', code: UNKNOWN, name: UNKNOWN }] })]), UNKNOWN));
    expectValid(result);
  });

  it.each(DANGEROUS)('an entity &%s; is not one we know: it stays as written', (word) => {
    expect(decodeEntities(`Tea &${word}; cake`)).toBe(`Tea &${word}; cake`);
    expect(decodeEntities(`Tea &${word.toLowerCase()}; cake`)).toBe(`Tea &${word.toLowerCase()}; cake`);
    const result = run([v3('e1', { description: `Free Wi-Fi &${word}; computers.` })]);
    expect(result.services[0]!.data.description).toBe(`Free Wi-Fi &${word}; computers.`);
  });

  it.each(DANGEROUS)('a taxonomy or term named "%s" gives no kind of help of its own', (word) => {
    const terms = (name: string) => [{ id: 't', taxonomy_term: { id: 'tt', name, taxonomy: name, term: name } }];
    const result = run([v3('t1', { name: 'Club', description: 'A club for people.', attributes: terms(word) })]);
    expect(result.services).toEqual([]);
    expect(outcome(result, word)).toEqual(outcome(run([v3('t1', { name: 'Club', description: 'A club for people.', attributes: terms(UNKNOWN) })]), UNKNOWN));
    // Beside words that do say what it is, the record imports as it would with any unknown term.
    const kept = run([v3('t2', { attributes: terms(word) })]);
    expect(kept.services).toHaveLength(1);
    expect(outcome(kept, word)).toEqual(outcome(run([v3('t2', { attributes: terms(UNKNOWN) })]), UNKNOWN));
    expectValid(kept);
  });

  it.each(DANGEROUS)('an area, region, town or service area named "%s" is a new area of that name, or no area', (word) => {
    const place = {
      id: 'sal',
      location: { id: 'loc', name: 'The hall', addresses: [{ id: 'a', address_1: '1 Hall Lane', city: word, region: word, postal_code: 'NM7 1AA', country: 'GB' }] },
    };
    const result = run([v3('r1', { service_at_locations: [place], service_areas: [{ id: 'sa', name: word }] })]);
    expect(result.services).toHaveLength(1);
    const data = result.services[0]!.data;
    const areaIds = new Set([...minimal.areas, ...result.areas].map((area) => area.id));
    for (const id of [...(data.locations ?? []).map((location) => location.area), ...(data.areasServed ?? [])]) expect(areaIds.has(id), id).toBe(true);
    for (const area of result.areas) expect(area.name).toBe(word);
    expectValid(result);
  });

  it.each(DANGEROUS)('an organisation named "%s", and records and organisations with that id, are plain names and ids', (word) => {
    const records = [v3(word, { organization: { id: word, name: word, description: 'A group.' } }), v3(`${word}-2`, { organization: { id: word, name: word, description: 'A group.' } }), v3(word)];
    const result = run(records);
    expect(result.services.map((service) => service.feedId)).toEqual([word, `${word}-2`]);
    expect(result.report.skippedRecords.map((record) => record.reason)).toEqual([expect.stringMatching(/earlier in the file .*has the same id/i)]);
    expect(result.organisations).toHaveLength(1);
    expect(result.organisations[0]!.data.name).toBe(word);
    expect(new Set(result.services.map((service) => service.data.organisation))).toEqual(new Set([result.organisations[0]!.id]));
    expectValid(result);
  });

  it('checks every table with the plain Object prototype untouched', () => {
    run(DANGEROUS.map((word) => v3(word, { status: word, languages: [word], service_areas: [{ name: word }], organization: { id: word, name: word } })));
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
