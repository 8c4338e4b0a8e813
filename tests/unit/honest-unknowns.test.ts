/**
 * Honest unknowns: what an import does not know (the cost, how to start, whether anyone has
 * checked it, which areas it covers) is said as not known, never filled in with a guess.
 * Each rule has a good and a bad example.
 */
import { describe, expect, it } from 'vitest';
import { contentFilePath, contentTypeOf } from '../../src/content-model/content-types.ts';
import { checkFreshness } from '../../src/lib/content-check/check-freshness.ts';
import { LoadedContent } from '../../src/lib/content-check/entries.ts';
import { messagesForIssue } from '../../src/lib/content-check/issue-messages.ts';
import { readContentFile } from '../../src/lib/content-check/read-file.ts';
import { AREA_NOT_KNOWN, areasServed } from '../../src/lib/directory/listing.ts';
import { directoryNames } from '../../src/lib/directory/names.ts';
import { listingFreshness } from '../../src/lib/freshness.ts';
import { readCost } from '../../src/lib/openreferral/cost.ts';
import { guessAccessModes } from '../../src/lib/openreferral/infer.ts';
import { importOpenReferral, toOrukService } from '../../src/lib/openreferral/index.ts';
import { servicesToCsv } from '../../src/lib/openreferral/csv.ts';
import { areaSchema } from '../../src/schemas/area.ts';
import { serviceSchema } from '../../src/schemas/service.ts';
import { fixtureFile, replaceOnce } from '../support/content-fixture.ts';
import { loadSite, PROJECT } from '../fixtures/openreferral/load-site.ts';
import { join } from 'node:path';
import { readYaml } from '../../src/lib/content-check/source-file.ts';
import { directoryFacets, facetOrderOf } from '../../src/lib/directory/facets.ts';
import { listHeading, planListPages } from '../../src/lib/directory/list-pages.ts';
import { planPrintSheets } from '../../src/lib/directory/print-sheets.ts';
import { findHelpIndexView } from '../../src/lib/views/find-help-index.ts';
import { findHelpView } from '../../src/lib/views/find-help.ts';
import { printSheetView } from '../../src/lib/views/print-sheet.ts';
import { planReferrals } from '../../src/lib/views/referral-card.ts';
import { serviceItemView } from '../../src/lib/views/service-item.ts';
import { serviceView } from '../../src/lib/views/service.ts';
import type { DirectoryWords, ViewService } from '../../src/lib/views/shared.ts';
import { audiences, costTypes, kindsOfHelp, languages, specificSupport } from '../../src/lib/vocabulary/index.ts';
import type { Service } from '../../src/schemas/service.ts';
import { viewService } from '../support/view-service.ts';

const TODAY = '2026-11-23';
const SERVICE = fixtureFile('services/library-wifi.yaml');
/** The minimal site's good listing, as data. */
const good = () => readYaml(SERVICE).data as Record<string, unknown>;
/** A listing with no place to visit (it keeps its phone number). */
const noPlace = () => {
  const data = good();
  delete data.locations;
  return data;
};

/** The messages a partner reads, as the content check words them: "field: message". */
function messages(data: unknown, schema: typeof serviceSchema | typeof areaSchema = serviceSchema): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? [] : result.error.issues.flatMap((issue) => messagesForIssue(issue, schema)).map((m) => `${m.path.join('.')}: ${m.message}`);
}

describe('schema: cost not known', () => {
  it('accepts type not-known without a description', () => {
    expect(messages({ ...good(), cost: { type: 'not-known' } })).toEqual([]);
  });
  it('still asks for a description when it is free for some people, and says not-known is there for a cost nobody knows', () => {
    expect(messages({ ...good(), cost: { type: 'free-with-conditions' } })).toEqual([
      'cost.description: Say who gets it free or what it costs in description. If you do not know the cost, write type: not-known instead.',
    ]);
  });
});

describe('schema: how to start not known', () => {
  it('accepts ask-how on its own', () => {
    expect(messages({ ...good(), accessModes: ['ask-how'] })).toEqual([]);
  });
  it('refuses ask-how beside a way people start', () => {
    expect(messages({ ...good(), accessModes: ['walk-in', 'ask-how'] })).toEqual([
      'accessModes: ask-how means nobody here knows how people start. Remove ask-how, or remove the other ways in accessModes.',
    ]);
  });
});

describe('schema: not yet checked', () => {
  const imported = { feed: 'Kingsbury directory', on: '2026-11-20' };
  it('accepts imported.notYetChecked: true', () => {
    expect(messages({ ...good(), imported: { ...imported, notYetChecked: true } })).toEqual([]);
  });
  it('refuses any other value, saying what to write', () => {
    expect(messages({ ...good(), imported: { ...imported, notYetChecked: false } })).toEqual([
      'imported.notYetChecked: Write notYetChecked: true if nobody here has checked this imported listing yet, or leave it out once someone has (and set lastChecked).',
    ]);
  });
});

describe('schema: area not known', () => {
  it('accepts areaNotKnown on a listing with no place and no areas served', () => {
    expect(messages({ ...noPlace(), areaNotKnown: true })).toEqual([]);
  });
  it('refuses areaNotKnown beside a place', () => {
    expect(messages({ ...good(), areaNotKnown: true })).toEqual([
      'areaNotKnown: areaNotKnown is only for a listing with no locations and no areasServed. You know where it helps: remove areaNotKnown.',
    ]);
  });
  it('refuses areaNotKnown beside areas served', () => {
    expect(messages({ ...noPlace(), areasServed: ['north'], areaNotKnown: true })).toEqual([
      'areaNotKnown: areaNotKnown is only for a listing with no locations and no areasServed. You know where it helps: remove areaNotKnown.',
    ]);
  });
  it('keeps the id of the "Area not known" list out of content/areas.yaml', () => {
    expect(messages({ id: 'north', name: 'North Town' }, areaSchema)).toEqual([]);
    expect(messages({ id: AREA_NOT_KNOWN, name: 'Nowhere' }, areaSchema)).toEqual(['id: "area-not-known" is kept for listings whose area is not known. Give this area another id, like its name.']);
  });
});

describe('which areas a listing is in', () => {
  const all = ['north', 'south'];
  it('puts a listing whose area is not known in no area, only under "Area not known"', () => {
    expect(areasServed({ areaNotKnown: true }, all)).toEqual([AREA_NOT_KNOWN]);
    expect(directoryNames([], []).areaName(AREA_NOT_KNOWN)).toBe('Area not known');
  });
  it('still puts a listing written here with no place and no areas in every area', () => {
    expect(areasServed({}, all)).toEqual(all);
  });
});

describe('freshness: a listing nobody here has checked', () => {
  it('counts as out of date even on the day it was imported', () => {
    expect(listingFreshness({ lastChecked: TODAY, imported: { notYetChecked: true } }, TODAY)).toBe('out-of-date');
    expect(listingFreshness({ lastChecked: TODAY }, TODAY)).toBe('fresh');
    expect(listingFreshness({ lastChecked: TODAY, imported: {} }, TODAY)).toBe('fresh');
  });

  it('gets a warning in the content check that says who imported it, when, and what to do', () => {
    const text = `${replaceOnce(SERVICE, 'lastChecked: 2026-10-01', `lastChecked: ${TODAY}`)}imported:\n  feed: Kingsbury directory\n  on: ${TODAY}\n  notYetChecked: true\n`;
    const content = new LoadedContent();
    const read = readContentFile(contentTypeOf('services'), 'library-wifi', contentFilePath('services', 'library-wifi'), text);
    expect(read.problems).toEqual([]);
    for (const entry of read.checked) content.addChecked(entry);
    expect(checkFreshness(content, TODAY)).toEqual([
      {
        severity: 'warning',
        file: 'content/services/library-wifi.yaml',
        line: 33,
        field: 'imported › notYetChecked',
        message: `Imported from Kingsbury directory on ${TODAY}, and nobody here has checked it yet. It counts as out of date, and its page says so. Check the details with the provider, then remove notYetChecked and set lastChecked to the day you checked.`,
      },
    ]);
  });
});

describe('import: the cost', () => {
  it('is not known when the feed says nothing', () => {
    expect(readCost([], '', undefined, 200)).toEqual({ cost: { type: 'not-known' }, unknown: 'nothing' });
  });
  it('is not known, with the feed words kept, when they do not say whether it is free', () => {
    expect(readCost([], 'Ask at the desk', undefined, 200)).toEqual({ cost: { type: 'not-known', description: 'Ask at the desk' }, unknown: 'unclear' });
  });
  it('is read from the feed when it says', () => {
    expect(readCost([], 'Free', undefined, 200)).toEqual({ cost: { type: 'free' }, unknown: undefined });
    expect(readCost([{ option: 'Free', amount: 0, amountDescription: '' }], '', undefined, 200).cost.type).toBe('free');
    expect(readCost([], '£2 a session', undefined, 200).cost.type).toBe('paid');
  });
});

describe('import: how to start', () => {
  it('is "ask them" when neither attending_access nor the words say, whatever the hours or phone', () => {
    expect(guessAccessModes('Free Wi-Fi. Open Monday 10am to 1pm. Call 01632 960000.', '')).toEqual(['ask-how']);
  });
  it('is read from attending_access and clear words', () => {
    expect(guessAccessModes('', 'drop-in')).toEqual(['walk-in']);
    expect(guessAccessModes('Please book a place.', '')).toEqual(['book']);
  });
});

describe('import: a record that says nothing about cost, access, date or area', () => {
  const minimal = loadSite(join(PROJECT, 'tests', 'fixtures', 'minimal-site'));
  const record = { id: 'r1', name: 'Free Wi-Fi helpline', description: 'Help with Wi-Fi by phone.', status: 'active', organization: { name: 'Example Library' }, url: 'https://example.org/help' };
  const run = (extra: Record<string, unknown> = {}) => {
    const result = importOpenReferral([{ ...record, ...extra }], { feedName: 'Kingsbury directory', today: TODAY, known: minimal, siteArea: 'Northmere' });
    const service = result.services[0]!;
    expect(serviceSchema.safeParse(service.data).success).toBe(true);
    return { data: service.data, notes: result.report.notes.map((n) => n.note) };
  };

  it('reads how to start from the words people read, not from a link address in the HTML', () => {
    const { data } = run({ description: '<p>Free Wi-Fi for everyone. See <a href="https://hall.example/booking-and-appointments">our page</a>.</p>' });
    expect(data.accessModes).toEqual(['ask-how']);
  });

  it('writes each unknown as not known, and the report says what to check', () => {
    const { data, notes } = run();
    expect(data).toMatchObject({ cost: { type: 'not-known' }, accessModes: ['ask-how'], lastChecked: TODAY, areaNotKnown: true, imported: { on: TODAY, notYetChecked: true } });
    expect(data.locations).toBeUndefined();
    expect(data.areasServed).toBeUndefined();
    expect(notes).toEqual(
      expect.arrayContaining([
        'It did not say what it costs: listed as "cost not known" (people are told to ask). Find out the cost and set cost.type.',
        'It did not say how people start (drop in, book, phone first or a referral): listed as "ask them how to start". Find out and set accessModes.',
        'It gave no date it was checked or changed: dated the day of the import and marked as not yet checked (its page says so). Check the details, then set lastChecked and remove notYetChecked.',
        'It gave no place and no service area we know: listed under "Area not known", not in any area. Find out where it helps, then add areasServed (or locations) and remove areaNotKnown.',
      ]),
    );
  });

  it("uses the feed's own date: assured_date, then last_modified", () => {
    expect(run({ assured_date: '2026-09-01', last_modified: '2026-10-01' }).data).toMatchObject({ lastChecked: '2026-09-01' });
    expect(run({ last_modified: '2026-10-01' }).data.lastChecked).toBe('2026-10-01');
    expect(run({ last_modified: '2026-10-01' }).data.imported?.notYetChecked).toBeUndefined();
  });

  it('dates a future date the day of the import, marked not yet checked', () => {
    const { data, notes } = run({ assured_date: '2027-05-01' });
    expect(data).toMatchObject({ lastChecked: TODAY, imported: { notYetChecked: true } });
    expect(notes.some((note) => note.startsWith('Its last checked date 2027-05-01 is in the future'))).toBe(true);
  });

  it('lists a record whose service area is the whole site in every area, not "area not known"', () => {
    const { data } = run({ service_areas: [{ id: 'a', name: 'Northmere' }] });
    expect(data.areaNotKnown).toBeUndefined();
    expect(data.areasServed).toBeUndefined();
  });
});

describe('the pages say each unknown in plain words', () => {
  const areaIds = ['north', 'south'];
  const { areaName } = directoryNames(
    areaIds.map((id) => ({ id, data: { name: id === 'north' ? 'North Town' : 'Southgate' } })),
    [],
  );
  // This block's listings: phone help, named after their id.
  const make = (id: string, data: Partial<Service>): ViewService =>
    viewService(id, { name: id, kinds: ['free-wifi'], summary: 'Free help.', description: 'Help.', supportModes: ['remote'], phone: '01632 960000', source: 'The council', ...data }, areaIds);
  const unknown = make('unknown', {
    cost: { type: 'not-known' },
    accessModes: ['ask-how'],
    areaNotKnown: true,
    lastChecked: '2026-11-20',
    imported: { feed: 'Kingsbury directory', on: '2026-11-20', notYetChecked: true },
  });
  const everywhere = make('everywhere', {});
  const services = [everywhere, unknown];
  const facets = directoryFacets({ ids: areaIds, nameOf: areaName });
  const facetOrder = facetOrderOf(facets);
  const listPages = planListPages(
    services.map((x) => x.listed),
    facetOrder,
  );
  const directory = {
    areas: areaIds.map((id) => ({ id, data: { name: areaName(id), summary: undefined } })),
    areaName,
    byId: new Map(services.map((x) => [x.id, x])),
    listTotals: new Map(listPages.filter((p) => p.page === 1).map((p) => [p.path, p.total])),
    facetOrder,
  };
  const words: DirectoryWords = {
    facetName: { kind: 'Kind of help', area: 'Area', cost: 'Cost', audience: 'Who it is for', support: 'Specific support', language: 'Language' },
    valueLabel: (facet, value) => ({ kind: kindsOfHelp, cost: costTypes, audience: audiences, support: specificSupport, language: languages })[facet as 'kind']?.label(value) ?? areaName(value),
  };
  const site = {
    area: 'Northmere',
    baseUrl: 'https://example.org/',
    helpline: { phone: '01632 960999', hours: '9 to 5', description: 'Call us.' },
    repository: { url: 'https://github.com/example/store', branch: 'main' },
    operator: { name: 'Council', website: 'https://example.org/', email: 'team@example.org' },
  };

  it('the service page: cost, how to start, area and who checked it', () => {
    const view = serviceView(unknown, { directory, site, pageUrl: 'https://example.org/services/unknown/', today: '2026-11-23' });
    expect(view.facts).toEqual(
      expect.arrayContaining([
        { term: 'How to get it', detail: 'Not known. Ask them how to start.' },
        { term: 'Cost', detail: 'Not known. Ask when you get in touch.' },
      ]),
    );
    expect(view.noPlace).toBe(
      'Where: not known. The directory this came from did not say where the help is given or which areas it covers. Ask them where to go, and whether they help where you live.',
    );
    expect(view.notYetChecked).toBe('Imported from Kingsbury directory on 20 November 2026. Nobody here has checked it yet.');
    expect(view.outOfDate).toBe(true);
    const known = serviceView(everywhere, { directory, site, pageUrl: 'https://example.org/services/everywhere/', today: '2026-11-23' });
    expect([known.notYetChecked, known.outOfDate, known.noPlace]).toEqual([undefined, false, 'There is no place to visit. You get this help by phone or online. It covers all of Northmere.']);
  });

  it('an imported listing with an area but no address does not say there is no place to visit', () => {
    const fromFeed = {
      ...everywhere,
      data: { ...everywhere.data, supportModes: ['one-to-one' as const], imported: { feed: 'Kingsbury directory', on: '2026-11-20' } },
    };
    const view = serviceView(fromFeed, { directory, site, pageUrl: 'https://example.org/services/everywhere/', today: '2026-11-23' });
    expect(view.noPlace).toBe('The directory this came from gave no address. Ask them where to go. It covers all of Northmere.');
  });

  it('a list: "Area not known" and "Ask about the cost", never "Across Northmere" or "Free"', () => {
    const context = { areaName, areaIds, borough: 'Northmere', area: undefined };
    expect(serviceItemView(unknown, context).meta).toBe('Where: not known, ask them · Area not known · Ask about the cost');
    expect(serviceItemView(everywhere, context).meta).toBe('By phone or online · Across Northmere · Free');
  });

  it('lists it under "Area not known" (after the areas, like one of them), and on no area\'s list', () => {
    for (const area of areaIds) expect(listPages.find((p) => p.path === `in/${area}`)?.serviceIds).toEqual(['everywhere']);
    const own = listPages.find((p) => p.path === 'in/area-not-known')!;
    expect(own.serviceIds).toEqual(['unknown']);
    const view = findHelpView(own, directory, words, site);
    expect([view.heading, view.printPath]).toEqual(['Help where the area is not known', undefined]);
    expect(view.lead).toMatch(/do not say where they help/);
    expect(listHeading({ kind: 'free-wifi', area: 'area-not-known' }, words.valueLabel)).toBe('Free Wi-Fi: area not known');
    expect(findHelpIndexView(directory, words).areas.map((a) => [a.label, a.path])).toEqual([
      ['North Town', '/find-help/in/north/'],
      ['Southgate', '/find-help/in/south/'],
      ['Area not known', '/find-help/in/area-not-known/'],
    ]);
  });

  it('counts an unknown cost as its own filter option, never as free', () => {
    expect(listPages.find((p) => p.path === 'cost/free')?.serviceIds).toEqual(['everywhere']);
    expect(listPages.find((p) => p.path === 'cost/not-known')?.serviceIds).toEqual(['unknown']);
    expect(listHeading({ cost: 'not-known' }, words.valueLabel)).toBe('Help where the cost is not known');
  });

  it('puts it on no area print sheet, but on the sheet of its kind of help, saying what is not known', () => {
    const sheets = planPrintSheets(
      services.map((x) => x.listed),
      facetOrder.area,
      facetOrder.kind,
    );
    expect(sheets.filter((sheet) => sheet.by.area !== undefined).map((sheet) => [sheet.path, sheet.serviceIds])).toEqual([
      ['in/north', ['everywhere']],
      ['in/south', ['everywhere']],
    ]);
    const sheet = sheets.find((x) => x.path === 'free-wifi')!;
    const view = printSheetView(sheet, { directory, site, today: '2026-11-23', fullUrl: (path) => `https://example.org${path}` });
    const entry = view.entries.find((e) => e.name === 'unknown')!;
    expect([entry.noPlace, entry.checked]).toEqual(['Where: not known, ask them', 'Free Wi-Fi. Imported on 20 November 2026: nobody here has checked it yet. Cost not known: ask.']);
    // A kind split by area has a sheet for "Area not known" too, so nothing is left off paper.
    const split = planPrintSheets([...services.map((x) => x.listed), { ...everywhere.listed, id: 'everywhere-too' }], facetOrder.area, facetOrder.kind, 1);
    expect(split.find((x) => x.path === 'free-wifi/in/area-not-known')?.serviceIds).toEqual(['unknown']);
    expect(
      printSheetView(
        split.find((x) => x.path === 'free-wifi/in/area-not-known')!,
        { directory, site, today: '2026-11-23', fullUrl: (path) => path },
      ).heading,
    ).toBe('Free Wi-Fi: area not known');
  });

  it("the referral card never offers it as help in the person's area", () => {
    const asReferral = (x: ViewService) => ({ id: x.id, name: x.data.name, path: `/services/${x.id}/`, kinds: x.data.kinds, places: [], areas: x.areas });
    for (const area of areaIds) {
      const card = planReferrals(
        { area, areaName: areaName(area), facts: {}, needs: [{ need: 'short-term-connectivity', urgency: 'this-week' }] },
        { needRules: [{ need: 'short-term-connectivity', kinds: ['free-wifi'], say: 'Free Wi-Fi.' }], services: services.map(asReferral), nationalHelp: [] },
      );
      expect(card.needs.flatMap((n) => n.places.map((p) => p.id))).toEqual(['everywhere']);
    }
  });
});

describe('open data: each unknown is exported as not known, and comes back the same', () => {
  const minimal = loadSite(join(PROJECT, 'tests', 'fixtures', 'minimal-site'));
  const base = minimal.services[0]!;
  const entry = (data: Partial<Service>) => ({ id: 'x', data: { ...base.data, ...data } as Service });
  const context = { organisations: minimal.organisations, areas: minimal.areas, stateProvince: 'Northmere' };
  const unknown = entry({
    locations: undefined,
    areaNotKnown: true,
    cost: { type: 'not-known' },
    accessModes: ['ask-how'],
    lastChecked: '2026-11-16',
    imported: { feed: 'County directory', on: '2026-11-16', notYetChecked: true },
  });
  const everyArea = entry({ locations: undefined });

  it('gives no cost option for a cost nobody knows (an amount of 0 would say it is free)', () => {
    expect(toOrukService(unknown, context).cost_options).toBeUndefined();
    expect(toOrukService(entry({ cost: { type: 'not-known', description: 'Ask at the desk' } }), context).cost_options).toEqual([
      expect.objectContaining({ option: 'Ask about the cost', amount_description: 'Ask at the desk' }),
    ]);
    expect(toOrukService(entry({ cost: { type: 'not-known', description: 'Ask at the desk' } }), context).cost_options![0]).not.toHaveProperty('amount');
  });

  it('gives no assured_date for a listing nobody here has checked, only last_modified and our term', () => {
    const exported = toOrukService(unknown, context);
    expect(exported.assured_date).toBeUndefined();
    expect(exported.last_modified).toBe('2026-11-16T00:00:00.000Z');
    expect(exported.attributes!.filter((a) => a.taxonomy_term?.taxonomy === 'digital-inclusion-listing-checks').map((a) => a.taxonomy_term?.term)).toEqual(['not-yet-checked']);
    expect(toOrukService(entry({}), context).attributes!.filter((a) => a.taxonomy_term?.taxonomy === 'digital-inclusion-listing-checks')).toEqual([]);
  });

  it('names the whole site as the service area of a listing for every area, and none for an area not known', () => {
    expect(toOrukService(everyArea, context).service_areas!.map((a) => a.name)).toEqual(['Northmere']);
    expect(toOrukService(unknown, context).service_areas).toBeUndefined();
  });

  it('comes back the same when imported again, from our export or as a plain feed', () => {
    for (const listing of [unknown, everyArea]) {
      const result = importOpenReferral([toOrukService(listing, context)], {
        feedName: 'round trip',
        today: TODAY,
        known: { organisations: minimal.organisations, areas: minimal.areas },
        siteArea: 'Northmere',
      });
      const back = result.services[0]!.data;
      expect([back.cost, back.accessModes, back.lastChecked, back.areaNotKnown, back.imported?.notYetChecked, back.areasServed]).toEqual([
        listing.data.cost,
        listing.data.accessModes,
        listing.data.lastChecked,
        listing.data.areaNotKnown,
        listing.data.imported?.notYetChecked,
        undefined,
      ]);
    }
  });

  it('says "Area not known" and "Not yet checked" in the CSV, never "Every area"', () => {
    const csv = servicesToCsv([unknown, { ...everyArea, id: 'y' }], context);
    const [, first, second] = csv.split('\r\n');
    expect(first).toContain('Area not known');
    expect(first).toContain('Not yet checked (imported 2026-11-16)');
    expect(first).toContain('Ask about the cost');
    expect(second).toContain('Every area');
  });
});
