/**
 * Reads one service in the older Open Referral UK v1 shape, which many council feeds still
 * serve. It is flatter than v3 and names things differently:
 *
 * | v1 | v3 |
 * |---|---|
 * | `regular_schedules` with `weekday` (or `byday`), `opens_at`, `closes_at` | `schedules` |
 * | `location.physical_addresses` | `location.addresses` |
 * | `location.accessibility_for_disabilities[].accessibility` | `location.accessibility` |
 * | `languages[].language` (a name or a code) | `languages[].code` / `name` |
 * | `service_taxonomys[].taxonomy` (`id`, `name`, `vocabulary`) | `attributes[].taxonomy_term` |
 * | `eligibilitys[].minimum_age` / `maximum_age` | `minimum_age` / `maximum_age` |
 * | `organization.url` | `organization.website` |
 * | `attending_type`, `attending_access` | (no field) |
 */
import { idText, line, list, num, obj, paragraphs, placeFields, richText, textItems, type Json } from './read-fields.ts';
import type { FeedPlace, FeedService } from './feed-service.ts';
import { feedCharityNumber } from './read-organisation.ts';
import type { FeedSchedule } from './schedules.ts';

/** Whether a record looks like ORUK v1 rather than v3: it uses one of the fields only v1 has. */
export function looksLikeV1(record: Json): boolean {
  if (['regular_schedules', 'service_taxonomys', 'eligibilitys', 'attending_type', 'attending_access', 'deliverable_type'].some((field) => field in record)) return true;
  if (list(record.languages).some((language) => 'language' in language)) return true;
  return list(record.service_at_locations).some((place) => {
    const location = obj(place.location);
    return 'physical_addresses' in location || 'accessibility_for_disabilities' in location;
  });
}

function readV1Schedule(schedule: Json, placeKey?: string): FeedSchedule {
  const byday = textItems(schedule.byday);
  return {
    placeKey: idText(obj(schedule.service_at_location).id) || idText(schedule.service_at_location_id) || placeKey,
    freq: line(schedule.freq) || undefined,
    interval: num(schedule.interval),
    byday: byday.length ? byday : textItems(schedule.weekday),
    bymonthday: line(schedule.bymonthday) || undefined,
    opens: line(schedule.opens_at) || undefined,
    closes: line(schedule.closes_at) || undefined,
    description: paragraphs(schedule.description) || undefined,
  };
}

function readV1Place(serviceAtLocation: Json): FeedPlace {
  const location = obj(serviceAtLocation.location);
  const address = list(location.physical_addresses)[0] ?? list(location.addresses)[0] ?? {};
  return {
    keys: [idText(serviceAtLocation.id), idText(location.id)].filter(Boolean),
    ...placeFields(location, address),
    accessibility: list(location.accessibility_for_disabilities)
      .map((item) => line(item.accessibility) || line(item.description))
      .filter(Boolean),
    schedules: list(serviceAtLocation.regular_schedules).map((schedule) => readV1Schedule(schedule, idText(serviceAtLocation.id))),
  };
}

/** Reads one v1 service record into the import's own shape. */
export function readV1Service(record: Json): FeedService {
  const organisation = obj(record.organization);
  const eligibility = list(record.eligibilitys ?? record.eligibilities);
  const withAges = eligibility.find((item) => item.minimum_age !== undefined || item.maximum_age !== undefined) ?? {};
  return {
    version: 1,
    id: idText(record.id),
    name: line(record.name),
    description: richText(record.description),
    url: line(record.url),
    email: line(record.email),
    status: line(record.status),
    fees: line(record.fees),
    eligibility: '',
    applicationProcess: '',
    minimumAge: withAges.minimum_age,
    maximumAge: withAges.maximum_age,
    assuredDate: line(record.assured_date),
    lastModified: line(record.last_modified),
    alert: '',
    organisation: {
      id: idText(organisation.id),
      name: line(organisation.name),
      description: richText(organisation.description),
      email: line(organisation.email),
      website: line(organisation.url) || line(organisation.website),
      charityNumber: feedCharityNumber(organisation),
    },
    places: list(record.service_at_locations).map(readV1Place),
    schedules: list(record.regular_schedules).map((schedule) => readV1Schedule(schedule)),
    serviceAreas: list(record.service_areas)
      .map((area) => line(area.service_area) || line(area.name))
      .filter(Boolean),
    languages: [
      ...list(record.languages).map((language) => line(language.language) || line(language.code) || line(language.name)),
      ...(Array.isArray(record.languages) ? record.languages.filter((item) => typeof item === 'string').map(line) : []),
    ].filter(Boolean),
    costs: list(record.cost_options).map((cost) => ({ option: line(cost.option), amount: num(cost.amount), amountDescription: line(cost.amount_description) })),
    phones: list(record.contacts).flatMap((contact) =>
      list(contact.phones).map((phone) => ({ number: line(phone.number), description: [line(contact.title), line(contact.name)].filter(Boolean).join(' '), type: line(phone.type) })),
    ),
    terms: list(record.service_taxonomys ?? record.service_taxonomies)
      .map((link) => obj(link.taxonomy))
      .map((taxonomy) => ({ taxonomy: line(taxonomy.vocabulary), term: idText(taxonomy.id), name: line(taxonomy.name) }))
      .filter((term) => term.term || term.name),
    attendingType: line(record.attending_type),
    attendingAccess: line(record.attending_access),
  };
}
