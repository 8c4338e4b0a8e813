/**
 * Warnings about a whole feed, printed before anything else in the import report: things an
 * officer must know before trusting the numbers below them.
 *
 * - The file is one page of several, so services are missing.
 * - No record has a place: list pages often leave places out, so every listing's area is unknown.
 * - Some addresses are outside the UK (a test record, or a feed from elsewhere).
 * - The file is in the US HSDS shape rather than Open Referral UK, so some fields may not be read.
 */
import type { FeedReading } from './feed.ts';
import { line, list, obj, type Json } from './read-fields.ts';

const UK_COUNTRIES = new Set(['gb', 'gbr', 'uk', 'united kingdom', 'great britain', 'england', 'scotland', 'wales', 'cymru', 'northern ireland']);
/** A US ZIP code: 5 digits, or 5+4. */
const ZIP_CODE = /^\d{5}(-\d{4})?$/;
/** A US state written the way US feeds do: two capital letters. */
const US_STATE = /^[A-Z]{2}$/;

/** Every address in a raw v1 or v3 record (v1 `physical_addresses`, v3 `addresses`). */
function addressesOf(record: Json): Json[] {
  return list(record.service_at_locations).flatMap((place) => {
    const location = obj(place.location);
    return [...list(location.physical_addresses), ...list(location.addresses)];
  });
}

function hasPlace(record: Json): boolean {
  return list(record.service_at_locations).length > 0 || list(record.locations).length > 0;
}

/** Whether an address is outside the UK: its country says so, or its postcode is a US ZIP code. */
export function isOutsideUk(address: Json): boolean {
  const country = line(address.country).toLowerCase();
  if (country && !UK_COUNTRIES.has(country)) return true;
  return ZIP_CODE.test(line(address.postal_code));
}

/** Whether a record has the marks of the US HSDS shape: a ZIP code with a two-letter state, or phones with extensions. */
function looksLikeUsHsds(record: Json): boolean {
  const usAddress = addressesOf(record).some((address) => ZIP_CODE.test(line(address.postal_code)) && US_STATE.test(line(address.state_province)));
  const extensions = list(record.phones).some((phone) => phone.extension !== undefined && phone.extension !== null);
  return usAddress || extensions;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The warnings for a feed that could be read. */
export function feedWarnings(reading: Extract<FeedReading, { ok: true }>): string[] {
  const warnings: string[] = [];
  const records = reading.records.filter((record): record is Json => typeof record === 'object' && record !== null && !Array.isArray(record));
  const { paging } = reading;
  if (paging && (paging.pages > 1 || (paging.total !== undefined && paging.total > reading.records.length))) {
    const total = paging.total !== undefined ? ` (${plural(paging.total, 'service')} in all)` : '';
    warnings.push(
      `This file is page ${paging.page} of ${paging.pages}${total}, and holds ${plural(reading.records.length, 'record')}. The other pages were not read: download every page (add ?page=2 and so on to the feed address) and import each one, or the directory will miss services.`,
    );
  }
  if (records.length > 0 && !records.some(hasPlace)) {
    warnings.push(
      `None of the ${plural(records.length, 'record')} has a place to visit. List pages often leave places out: if the feed has full records (/services/{id}), import those instead. Until then, listings without a place or service area are shown under "Area not known", on no area's page or sheet.`,
    );
  }
  const outside = records.filter((record) => addressesOf(record).some(isOutsideUk));
  if (outside.length) {
    const example = outside[0]!;
    warnings.push(
      `${plural(outside.length, 'record')} ${outside.length === 1 ? 'has' : 'have'} an address outside the UK (like "${line(example.name) || line(example.id)}"). Those places are left out; check whether the records belong in this directory.`,
    );
  }
  const usShaped = records.filter(looksLikeUsHsds).length;
  if (reading.notUkProfile || usShaped > 0) {
    warnings.push(
      `This looks like the US Human Services Data Specification (HSDS)${usShaped ? `: ${plural(usShaped, 'record')} ${usShaped === 1 ? 'has' : 'have'} US ZIP codes and states or phone extensions` : ''}, not Open Referral UK. Fields the UK profile does not have are not read: check every listing by hand, or ask the publisher for their Open Referral UK feed.`,
    );
  }
  return warnings;
}
