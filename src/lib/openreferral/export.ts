/**
 * Our directory as Open Referral UK (HSDS 3.0 UK profile) JSON: the documents an ORUK API serves
 * at `/`, `/services` and `/services/{id}`. Pure functions: content in, plain objects out.
 *
 * Where each of our fields goes:
 *
 * | ours | Open Referral |
 * |---|---|
 * | name, website, email, minimumAge, maximumAge | name, url, email, minimum_age, maximum_age |
 * | summary + description | description (the summary is the first paragraph, unless the description starts with it) |
 * | status | status: active, "temporarily closed", inactive |
 * | lastChecked | assured_date (assurer_email is left out: we store roles, not emails); for a listing nobody here has checked yet (imported.notYetChecked), last_modified instead, and a term in our listing-checks taxonomy |
 * | sample | alert: {@link SAMPLE_ALERT} |
 * | organisation | organization (summary as description; charityNumber as an organization_identifiers entry, scheme GB-CHC, GB-SC or GB-NIC) and organization_id |
 * | locations | service_at_locations → location → addresses (address_1, city, region = the area's name, postal_code, state_province, country GB), accessibility, and an attribute with the area's id |
 * | openingHours, hoursNote | schedules (one per day, WEEKLY, byday, opens_at/closes_at "HH:MM", words in description, note in notes; the hours note as a schedule with only a description) |
 * | areasServed | service_areas (the area's name); a listing with no place and no areas served (every area) gets one service area named after the whole site (stateProvince); one whose area is not known (areaNotKnown) gets none |
 * | languages | languages (code and name) |
 * | cost | cost_options (option = "Free" / "Free for some people" / "There is a cost", amount 0 when free, amount_description) and a cost attribute; a cost that is not known has no cost option (with a description: an option "Ask about the cost" with only that description) |
 * | phone, textPhone | contacts[0].phones (description "Phone" or "Textphone (Relay UK)") |
 * | kinds, supportModes, accessModes, audiences, specificSupport | attributes with terms of our own taxonomies |
 * | eligibility, howToRefer | eligibility_description, application_process (HSDS 3.0 fields) |
 * | whoCanUse | attributes in our who-can-use taxonomy: residents-only, on-benefits, tenants-of-<organisation id> |
 *
 * checkedBy, source and licence have no place in Open Referral and are not exported.
 */
import { costTypes, languages, type Term, type Vocabulary } from '../vocabulary/index.ts';
import type { Service } from '../../schemas/service.ts';
import { ADDRESS_LINE_SEPARATOR, COUNTRY, DEFAULT_STATE_PROVINCE, ORUK_PROFILE_URL, ORUK_VERSION, PHONE_DESCRIPTION, SAMPLE_ALERT, SUMMARY_MAX, TEXTPHONE_DESCRIPTION } from './conventions.ts';
import { describeDayHours, rruleDay } from './schedules.ts';
import { splitSummary } from './text.ts';
import {
  AREA_TAXONOMY,
  LISTING_CHECKS_TAXONOMY,
  NOT_YET_CHECKED_TERM,
  ON_BENEFITS_TERM,
  RESIDENTS_ONLY_TERM,
  SERVICE_TAXONOMIES,
  TENANTS_OF_PREFIX,
  termAttribute,
  WHO_CAN_USE_TAXONOMY,
  type TaxonomyField,
} from './taxonomies.ts';
import type {
  Area,
  OrganisationEntry,
  OrukApiRoot,
  OrukAttribute,
  OrukContact,
  OrukLocation,
  OrukOrganizationIdentifier,
  OrukPhone,
  OrukSchedule,
  OrukService,
  OrukServicePage,
  OrukServiceSummary,
  ServiceEntry,
} from './types.ts';
import { nameBasedUuid, openReferralIds } from './uuid.ts';
import { charityRegister, orgIdIdentifier } from '../charity-number.ts';

/** What the export needs besides the service: the organisations and areas it points to. */
export interface ExportContext {
  readonly organisations: readonly OrganisationEntry[];
  readonly areas: readonly Area[];
  /** Written as every address's state_province: the place the site covers (site.yaml `area`). Default "England". */
  readonly stateProvince?: string;
  /** The UUID namespace (see uuid.ts). Leave out to use the knowledge store's own. */
  readonly namespace?: string;
}

const STATUS = { active: 'active', 'temporarily-closed': 'temporarily closed', inactive: 'inactive' } as const;

/** Leaves out the fields that have nothing in them (undefined, "" or an empty list). */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))) as T;
}

function areaName(areas: readonly Area[], id: string): string {
  return areas.find((area) => area.id === id)?.name ?? id;
}

/**
 * One of our services as a fully nested Open Referral UK service, as `/services/{id}` returns it.
 * Throws if the service names an organisation that is not in `context.organisations` (the content
 * check makes sure that never happens with real content).
 */
export function toOrukService(entry: ServiceEntry, context: ExportContext): OrukService {
  const { id, data } = entry;
  const ids = openReferralIds(context.namespace);
  const serviceId = ids.service(id, data.externalId);
  const organisation = context.organisations.find((org) => org.id === data.organisation);
  if (!organisation) throw new Error(`The service "${id}" names the organisation "${data.organisation}", which is not in the list of organisations given.`);
  const organisationId = ids.organisation(organisation.id);

  const attributes: OrukAttribute[] = [];
  const addTerms = (field: TaxonomyField, termIds: readonly string[] | undefined) => {
    const { taxonomy, vocabulary } = SERVICE_TAXONOMIES[field];
    for (const termId of termIds ?? []) {
      const term = (vocabulary as Vocabulary<Term>).get(termId);
      attributes.push(termAttribute(ids, ids.attribute(id, taxonomy, termId), serviceId, taxonomy, term));
    }
  };
  addTerms('kinds', data.kinds);
  addTerms('supportModes', data.supportModes);
  addTerms('accessModes', data.accessModes);
  addTerms('audiences', data.audiences);
  addTerms('specificSupport', data.specificSupport);
  addTerms('cost', [data.cost.type]);
  const whoCanUse = [
    ...(data.whoCanUse?.tenantsOf ?? []).map((orgId) => ({
      id: `${TENANTS_OF_PREFIX}${orgId}`,
      label: `Only for tenants of ${context.organisations.find((org) => org.id === orgId)?.data.name ?? orgId}`,
    })),
    ...(data.whoCanUse?.residentsOnly ? [RESIDENTS_ONLY_TERM] : []),
    ...(data.whoCanUse?.onBenefits ? [ON_BENEFITS_TERM] : []),
  ];
  for (const term of whoCanUse) attributes.push(termAttribute(ids, ids.attribute(id, WHO_CAN_USE_TAXONOMY, term.id), serviceId, WHO_CAN_USE_TAXONOMY, term));
  const notYetChecked = data.imported?.notYetChecked === true;
  if (notYetChecked) {
    attributes.push(termAttribute(ids, ids.attribute(id, LISTING_CHECKS_TAXONOMY, NOT_YET_CHECKED_TERM.id), serviceId, LISTING_CHECKS_TAXONOMY, NOT_YET_CHECKED_TERM));
  }
  // Every area: one service area named after the whole site, so that an import (ours or another)
  // reads "every area", not "area not known".
  const everyArea = !data.areaNotKnown && (data.locations ?? []).length === 0 && (data.areasServed ?? []).length === 0;
  const wholeSite = context.stateProvince ?? DEFAULT_STATE_PROVINCE;

  return compact<OrukService>({
    id: serviceId,
    organization_id: organisationId,
    name: data.name,
    description: orukDescription(data),
    url: data.website,
    email: data.email,
    status: STATUS[data.status],
    minimum_age: data.minimumAge,
    maximum_age: data.maximumAge,
    // Nobody assured a listing nobody here has checked: its date is only the day it was imported.
    assured_date: notYetChecked ? undefined : data.lastChecked,
    last_modified: notYetChecked ? `${data.lastChecked}T00:00:00.000Z` : undefined,
    alert: data.sample ? SAMPLE_ALERT : undefined,
    eligibility_description: data.eligibility,
    application_process: data.howToRefer,
    schedules: schedulesOf(entry, serviceId, ids),
    service_areas: everyArea
      ? [{ id: ids.serviceArea(id, 'every-area'), service_id: serviceId, name: wholeSite, service_area: wholeSite }]
      : (data.areasServed ?? []).map((areaId) => {
          const name = areaName(context.areas, areaId);
          return { id: ids.serviceArea(id, areaId), service_id: serviceId, name, service_area: name };
        }),
    service_at_locations: (data.locations ?? []).map((location, index) => {
      const locationId = ids.location(id, index);
      return {
        id: ids.serviceAtLocation(id, index),
        service_id: serviceId,
        location_id: locationId,
        location: locationOf(entry, index, locationId, context, ids),
      };
    }),
    languages: data.languages.map((code) => ({ id: ids.language(id, code), service_id: serviceId, name: languages.label(code), code })),
    organization: compact({
      id: organisationId,
      name: organisation.data.name,
      description: organisation.data.summary,
      email: organisation.data.email,
      website: organisation.data.website,
      organization_identifiers: charityIdentifiers(organisation, organisationId, context.namespace),
    }),
    // A cost nobody knows has no cost option (an amount of 0 would say it is free), unless there are words to pass on.
    cost_options:
      data.cost.type === 'not-known' && !data.cost.description
        ? []
        : [
            compact({
              id: ids.costOption(id),
              service_id: serviceId,
              option: costTypes.label(data.cost.type),
              amount: data.cost.type === 'paid' || data.cost.type === 'not-known' ? undefined : 0,
              amount_description: data.cost.description,
            }),
          ],
    contacts: contactsOf(entry, serviceId, ids),
    attributes,
  });
}

/** An organisation's charity number as an Open Referral organization identifier (none if it gives no number). */
function charityIdentifiers(organisation: OrganisationEntry, organisationId: string, namespace?: string): OrukOrganizationIdentifier[] {
  const number = organisation.data.charityNumber;
  if (!number) return [];
  const scheme = charityRegister(number);
  return [
    {
      id: nameBasedUuid(`organization-identifier:${organisation.id}:${scheme}`, namespace),
      organization_id: organisationId,
      identifier_scheme: scheme,
      identifier_type: 'Registered charity number',
      identifier: orgIdIdentifier(number),
    },
  ];
}

/**
 * ORUK has one description: the summary, a blank line, then our description. When the description
 * already starts with the summary as its first sentence (as imported listings do), the description
 * alone says both, and the import finds the same summary in it.
 */
function orukDescription(data: Pick<Service, 'summary' | 'description'>): string {
  const read = splitSummary(data.description, SUMMARY_MAX);
  return read.summary === data.summary && read.description === data.description ? data.description : `${data.summary}\n\n${data.description}`;
}

function locationOf(entry: ServiceEntry, index: number, locationId: string, context: ExportContext, ids: ReturnType<typeof openReferralIds>): OrukLocation {
  const location = entry.data.locations![index]!;
  const area = context.areas.find((candidate) => candidate.id === location.area);
  return compact<OrukLocation>({
    id: locationId,
    location_type: 'physical',
    name: location.name,
    latitude: location.latitude,
    longitude: location.longitude,
    addresses: [
      compact({
        id: ids.address(entry.id, index),
        location_id: locationId,
        address_1: location.address.join(ADDRESS_LINE_SEPARATOR),
        city: location.town,
        region: area?.name ?? location.area,
        state_province: context.stateProvince ?? DEFAULT_STATE_PROVINCE,
        postal_code: location.postcode,
        country: COUNTRY,
        address_type: 'physical' as const,
      }),
    ],
    accessibility: (location.accessibility ?? []).map((text, i) => ({
      id: ids.accessibility(entry.id, index, i),
      location_id: locationId,
      description: text,
      accessibility: text,
    })),
    attributes: [
      termAttribute(ids, ids.attribute(entry.id, 'location', index, AREA_TAXONOMY, location.area), locationId, AREA_TAXONOMY, {
        id: location.area,
        label: area?.name ?? location.area,
        description: area?.summary,
      }),
    ],
  });
}

function schedulesOf(entry: ServiceEntry, serviceId: string, ids: ReturnType<typeof openReferralIds>): OrukSchedule[] {
  const schedules: OrukSchedule[] = [];
  (entry.data.locations ?? []).forEach((location, index) => {
    const placeId = ids.serviceAtLocation(entry.id, index);
    (location.openingHours ?? []).forEach((hours, hoursIndex) => {
      for (const day of hours.days) {
        schedules.push(
          compact<OrukSchedule>({
            id: ids.schedule(entry.id, index, hoursIndex, day),
            service_id: serviceId,
            service_at_location_id: placeId,
            freq: 'WEEKLY',
            byday: rruleDay(day),
            opens_at: hours.opens,
            closes_at: hours.closes,
            description: describeDayHours(day, hours.opens, hours.closes),
            notes: hours.note,
          }),
        );
      }
    });
    if (location.hoursNote) {
      schedules.push({ id: ids.schedule(entry.id, index, 'note'), service_id: serviceId, service_at_location_id: placeId, description: location.hoursNote });
    }
  });
  return schedules;
}

function contactsOf(entry: ServiceEntry, serviceId: string, ids: ReturnType<typeof openReferralIds>): OrukContact[] {
  const contactId = ids.contact(entry.id);
  const phones: OrukPhone[] = [];
  if (entry.data.phone) phones.push({ id: ids.phone(entry.id, 'voice'), contact_id: contactId, number: entry.data.phone, description: PHONE_DESCRIPTION });
  if (entry.data.textPhone) phones.push({ id: ids.phone(entry.id, 'text'), contact_id: contactId, number: entry.data.textPhone, description: TEXTPHONE_DESCRIPTION });
  return phones.length ? [{ id: contactId, service_id: serviceId, phones }] : [];
}

const LIST_ONLY_FIELDS = ['schedules', 'service_areas', 'service_at_locations', 'languages', 'cost_options', 'contacts', 'attributes'] as const;

/** A service with only its one-to-one fields, as the `/services` list shows it. */
export function toOrukServiceSummary(service: OrukService): OrukServiceSummary {
  const summary: Record<string, unknown> = { ...service };
  for (const field of LIST_ONLY_FIELDS) delete summary[field];
  return summary as OrukServiceSummary;
}

/**
 * One page of the `/services` list (pages count from 1). Each service shows only its one-to-one
 * fields, as the UK profile's `service_list` has them, unless `options.full` is true: then each is
 * the whole service, as `/services/{id}` gives it (ORUK's `full` parameter; the `service_list`
 * schema allows the extra fields). A page past the end is empty.
 *
 * The site's own `services.json` (scripts/lib/write-open-data.ts) is full, so that the one file is
 * the whole directory and imports back as every listing (tests/unit/openreferral-list-roundtrip.test.ts).
 * A static site cannot answer `?page=2`, so it pages only past ORUK_PAGE_SIZE services.
 */
export function toOrukServiceList(services: readonly OrukService[], page: number, perPage: number, options: { full?: boolean } = {}): OrukServicePage {
  return toOrukServicePage(services.slice((page - 1) * perPage, page * perPage), { page, perPage, totalItems: services.length }, options);
}

/**
 * The same page of the `/services` list made from that page's services alone (`onPage`), for a
 * writer that makes one page at a time and never holds the whole list (scripts/lib/write-open-data.ts).
 */
export function toOrukServicePage(onPage: readonly OrukService[], where: { page: number; perPage: number; totalItems: number }, options: { full?: boolean } = {}): OrukServicePage {
  const { page, totalItems } = where;
  let { perPage } = where;
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`The page number must be a whole number from 1, not ${page}.`);
  if (!Number.isInteger(perPage) || perPage < 1) {
    if (totalItems === 0 && perPage === 0) perPage = 1;
    else throw new RangeError(`The number of services on a page must be a whole number from 1, not ${perPage}.`);
  }
  const totalPages = Math.max(1, Math.ceil(totalItems / perPage));
  const contents = onPage.map((service) => (options.full ? service : toOrukServiceSummary(service)));
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/**
 * The API root `/`: the HSDS version and profile. `openapi_url` is only given when the site
 * publishes its own OpenAPI description: a static site answers `/`, `/services` and
 * `/services/{id}` but none of the search parameters or other endpoints in ORUK's own OpenAPI
 * file, so pointing to that file would promise more than the site does.
 */
export function orukApiRoot(options: { openapiUrl?: string } = {}): OrukApiRoot {
  return compact<OrukApiRoot>({ version: ORUK_VERSION, profile: ORUK_PROFILE_URL, openapi_url: options.openapiUrl });
}

/** The Open Referral UUID of one of our services: for the `/services/{id}` file name. */
export function orukServiceId(entry: { id: string; data: Pick<Service, 'externalId'> }, namespace?: string): string {
  return openReferralIds(namespace).service(entry.id, entry.data.externalId);
}
