/**
 * Reads one Open Referral UK v3 (HSDS 3.0) service. It also accepts the HSDS 3.0 fields the UK
 * profile leaves out (`phones` on the service, `address_2`, `eligibility_description`,
 * `application_process`, schedules inside a place), because real feeds send them.
 */
import { AREA_TAXONOMY, taxonomyNameFromId } from './taxonomies.ts';
import { idText, line, list, num, obj, paragraphs, placeFields, richText, textItems, type Json } from './read-fields.ts';
import type { FeedPhone, FeedPlace, FeedService, FeedTerm } from './feed-service.ts';
import { feedCharityNumber } from './read-organisation.ts';
import type { FeedSchedule } from './schedules.ts';
import { openReferralIds } from './uuid.ts';

const ids = openReferralIds();

export function readV3Term(term: Json): FeedTerm {
  const taxonomy = line(term.taxonomy) || taxonomyNameFromId(idText(term.taxonomy_id), ids) || '';
  return { taxonomy, term: line(term.term) || line(term.code), name: line(term.name) };
}

export function readV3Schedule(schedule: Json, placeKey?: string): FeedSchedule {
  return {
    placeKey: idText(schedule.service_at_location_id) || idText(schedule.location_id) || placeKey,
    freq: line(schedule.freq) || undefined,
    interval: num(schedule.interval),
    byday: textItems(schedule.byday),
    bymonthday: line(schedule.bymonthday) || undefined,
    opens: line(schedule.opens_at) || undefined,
    closes: line(schedule.closes_at) || undefined,
    description: paragraphs(schedule.description) || undefined,
    notes: line(schedule.notes) || undefined,
  };
}

function readPhone(phone: Json): FeedPhone {
  return { number: line(phone.number), description: line(phone.description), type: line(phone.type) };
}

function readPlace(serviceAtLocation: Json): FeedPlace {
  const location = obj(serviceAtLocation.location);
  const addresses = list(location.addresses);
  const address = addresses.find((item) => !item.address_type || item.address_type === 'physical') ?? addresses[0] ?? {};
  const areaTerm = list(location.attributes)
    .map((attribute) => readV3Term(obj(attribute.taxonomy_term)))
    .find((term) => term.taxonomy === AREA_TAXONOMY && term.term);
  const key = (...values: unknown[]) => values.map(idText).filter(Boolean);
  return {
    keys: key(serviceAtLocation.id, serviceAtLocation.location_id, location.id),
    ...placeFields(location, address),
    accessibility: list(location.accessibility)
      .map((item) => line(item.accessibility) || line(item.description) || line(item.details))
      .filter(Boolean),
    areaTerm: areaTerm ? { id: areaTerm.term, name: areaTerm.name } : undefined,
    schedules: [...list(serviceAtLocation.schedules), ...list(location.schedules)].map((schedule) => readV3Schedule(schedule, idText(serviceAtLocation.id) || idText(location.id))),
  };
}

/** Reads one v3 service record into the import's own shape. */
export function readV3Service(record: Json): FeedService {
  const organisation = obj(record.organization);
  const phones = [...list(record.contacts).flatMap((contact) => list(contact.phones)), ...list(record.phones)].map(readPhone);
  return {
    version: 3,
    id: idText(record.id),
    name: line(record.name),
    description: richText(record.description),
    url: line(record.url),
    email: line(record.email),
    status: line(record.status),
    fees: [line(record.fees_description), line(record.fees)].filter(Boolean).join(' '),
    eligibility: paragraphs(record.eligibility_description),
    applicationProcess: paragraphs(record.application_process),
    minimumAge: record.minimum_age,
    maximumAge: record.maximum_age,
    assuredDate: line(record.assured_date),
    lastModified: line(record.last_modified),
    alert: paragraphs(record.alert),
    organisation: {
      id: idText(organisation.id) || idText(record.organization_id),
      name: line(organisation.name),
      description: richText(organisation.description),
      email: line(organisation.email),
      website: line(organisation.website) || line(organisation.url),
      charityNumber: feedCharityNumber(organisation),
    },
    places: list(record.service_at_locations).map(readPlace),
    schedules: list(record.schedules).map((schedule) => readV3Schedule(schedule)),
    serviceAreas: list(record.service_areas)
      .map((area) => line(area.name) || line(area.service_area) || line(area.description))
      .filter(Boolean),
    languages: [
      ...list(record.languages).map((language) => line(language.code) || line(language.name) || line(language.language)),
      ...(Array.isArray(record.languages) ? record.languages.filter((item) => typeof item === 'string').map(line) : []),
    ].filter(Boolean),
    costs: list(record.cost_options).map((cost) => ({ option: line(cost.option), amount: num(cost.amount), amountDescription: line(cost.amount_description) })),
    phones,
    terms: list(record.attributes)
      .map((attribute) => readV3Term(obj(attribute.taxonomy_term)))
      .filter((term) => term.term || term.name),
    attendingType: '',
    attendingAccess: '',
  };
}
