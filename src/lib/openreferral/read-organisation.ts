/**
 * The charity number of a feed's organisation record, wherever the feed puts it:
 *
 * | feed | field |
 * |---|---|
 * | ORUK v3 (HSDS 3.0) | `organization_identifiers[]`: `identifier` with `identifier_scheme` GB-CHC, GB-SC or GB-NIC (org-id.guide), or an `identifier_type` that says "charity" |
 * | ORUK v1, and some v3 feeds | `charity_number`, `registration_number` |
 */
import { readCharityNumber } from '../charity-number.ts';
import { idText, line, list, type Json } from './read-fields.ts';

/** The organisation's registered charity number in our form ("1177548", "SC007427", "NIC104226"), or "" if it gives none we recognise. */
export function feedCharityNumber(organisation: Json): string {
  for (const identifier of list(organisation.organization_identifiers)) {
    const scheme = line(identifier.identifier_scheme);
    const type = line(identifier.identifier_type);
    if (!/^GB-(CHC|SC|NIC)$/i.test(scheme) && !/charit/i.test(type)) continue;
    const number = readCharityNumber(idText(identifier.identifier), scheme);
    if (number) return number;
  }
  for (const field of ['charity_number', 'registration_number'] as const) {
    const number = readCharityNumber(idText(organisation[field]));
    if (number) return number;
  }
  return '';
}
