/**
 * Stable Open Referral ids. Open Referral UK needs a UUID for every record (service, location,
 * schedule...), but our listings are named by their file, like `eastbrook-data-bank`. A name-based
 * UUID (version 5, RFC 9562) turns the same name into the same UUID every time, so a service keeps
 * its Open Referral id from one build to the next without storing it anywhere.
 *
 * Names look like `service:eastbrook-data-bank`, `organization:northmere-libraries`,
 * `location:eastbrook-data-bank:0` (the first place of that service). A service whose `externalId`
 * is already a UUID (it came from another directory) keeps that UUID instead.
 */
import { createHash } from 'node:crypto';

/**
 * The namespace every knowledge store id is made in. It never changes: changing it would give every
 * service a new Open Referral id. A site can pass its own namespace to the export and the import
 * (they must use the same one) if two sites with the same file names feed one national directory.
 */
export const KNOWLEDGE_STORE_NAMESPACE = '0e3c1cf1-3ba1-40de-ab28-95bd01b8543d';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether some text is a UUID, like "ac148810-d857-441c-9679-408f346de14b". */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The 16 bytes of a UUID written as text. */
function uuidBytes(uuid: string): Buffer {
  if (!isUuid(uuid)) throw new Error(`"${uuid}" is not a UUID.`);
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/**
 * The UUID version 5 of a name in a namespace: the same name always gives the same UUID.
 * `nameBasedUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')` is
 * `2ed6657d-e927-568b-95e1-2665a8aea6a2`, as in the RFC.
 */
export function nameBasedUuid(name: string, namespace: string = KNOWLEDGE_STORE_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8]! & 0x3f) | 0x80; // RFC variant
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Makes the ids for one export or import. Taxonomy and term ids are the same on every site (the
 * terms are the same), so they always use the knowledge store namespace.
 */
export function openReferralIds(namespace: string = KNOWLEDGE_STORE_NAMESPACE) {
  const make = (...parts: (string | number)[]) => nameBasedUuid(parts.join(':'), namespace);
  return {
    /** The service's own UUID: its externalId if that is a UUID, else made from its file name. */
    service: (id: string, externalId?: string) => (isUuid(externalId) ? externalId.toLowerCase() : make('service', id)),
    organisation: (id: string) => make('organization', id),
    serviceAtLocation: (serviceId: string, index: number) => make('service-at-location', serviceId, index),
    location: (serviceId: string, index: number) => make('location', serviceId, index),
    address: (serviceId: string, index: number) => make('address', serviceId, index),
    accessibility: (serviceId: string, locationIndex: number, index: number) => make('accessibility', serviceId, locationIndex, index),
    schedule: (serviceId: string, ...parts: (string | number)[]) => make('schedule', serviceId, ...parts),
    serviceArea: (serviceId: string, areaId: string) => make('service-area', serviceId, areaId),
    language: (serviceId: string, code: string) => make('language', serviceId, code),
    costOption: (serviceId: string) => make('cost-option', serviceId),
    contact: (serviceId: string) => make('contact', serviceId),
    phone: (serviceId: string, kind: string) => make('phone', serviceId, kind),
    attribute: (serviceId: string, ...parts: (string | number)[]) => make('attribute', serviceId, ...parts),
    taxonomy: (taxonomy: string) => nameBasedUuid(`taxonomy:${taxonomy}`),
    taxonomyTerm: (taxonomy: string, term: string) => nameBasedUuid(`taxonomy-term:${taxonomy}:${term}`),
  };
}

export type OpenReferralIds = ReturnType<typeof openReferralIds>;
