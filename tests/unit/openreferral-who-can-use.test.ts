/**
 * Who can use a service (`whoCanUse`) through Open Referral: exported as attributes in our
 * who-can-use taxonomy (ORUK has minimum_age and maximum_age, and eligibility_description in
 * words, but no field for landlords, residence or benefits) and read back the same.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { importOpenReferral, toOrukService } from '../../src/lib/openreferral/index.ts';
import { loadSite } from '../fixtures/openreferral/load-site.ts';

const site = loadSite(FIXTURE_SITE);
const context = { organisations: site.organisations, areas: site.areas, stateProvince: site.siteArea };
const importBack = (json: unknown) =>
  importOpenReferral(json, { feedName: 'who can use', licence: 'OGL v3', today: '2026-11-23', known: { organisations: site.organisations, areas: site.areas }, siteArea: site.siteArea });
const service = (id: string) => site.services.find((s) => s.id === id)!;

describe('who can use a service, in Open Referral', () => {
  it('exports tenantsOf, residentsOnly and onBenefits as terms of our who-can-use taxonomy, beside the ages and the words', () => {
    const tariffs = toOrukService(service('northmere-homes-social-tariff-help'), context);
    expect(tariffs.eligibility_description).toBe('For Northmere Homes tenants who get benefits, and the people who live with them.');
    const terms = tariffs.attributes!.filter((a) => a.taxonomy_term?.taxonomy === 'digital-inclusion-who-can-use').map((a) => [a.taxonomy_term!.term, a.taxonomy_term!.name]);
    expect(terms).toEqual([
      ['tenants-of-northmere-homes', 'Only for tenants of Northmere Homes'],
      ['on-benefits', 'Only for people who get benefits'],
    ]);
    const tablets = toOrukService(service('age-friendly-tablet-loans'), context);
    expect(tablets.minimum_age).toBe(60);
    expect(tablets.attributes!.filter((a) => a.taxonomy_term?.taxonomy === 'digital-inclusion-who-can-use').map((a) => a.taxonomy_term!.term)).toEqual(['residents-only']);
  });

  it('reads the same rules back', () => {
    const result = importBack([toOrukService(service('northmere-homes-social-tariff-help'), context), toOrukService(service('jobcentre-free-sim-and-data'), context)]);
    expect(result.services.map((s) => s.data.whoCanUse)).toEqual([{ tenantsOf: ['northmere-homes'], onBenefits: true }, { onBenefits: true }]);
  });

  it('leaves the rules out, with a note, when the feed gives no eligibility in words', () => {
    const document = toOrukService(service('eastbrook-data-bank'), context);
    delete document.eligibility_description;
    const result = importBack([document]);
    expect(result.services[0]!.data.whoCanUse).toBeUndefined();
    expect(result.report.notes.map((n) => n.note).join('\n')).toMatch(/Left out its who-can-use rules: it gives no eligibility description/);
  });
});
