/**
 * The whole directory as one CSV file, one row per service, for people who work in a spreadsheet:
 * council officers checking listings, or partners comparing directories.
 */
import { toCsv } from '../csv.ts';
import { describeOpeningHours } from '../directory/opening-hours.ts';
import { audiences, costTypes, kindsOfHelp, languages, serviceStatuses } from '../vocabulary/index.ts';
import { orukServiceId } from './export.ts';
import type { Area, OrganisationEntry, ServiceEntry } from './types.ts';

/** The column headings, in order. */
export const SERVICE_CSV_COLUMNS = [
  'ID',
  'Open Referral ID',
  'Name',
  'Organisation',
  'Status',
  'Kinds of help',
  'Areas',
  'Phone',
  'Textphone',
  'Email',
  'Website',
  'Addresses',
  'Postcodes',
  'Opening hours',
  'Cost',
  'Who it is for',
  'Languages',
  'Last checked',
  'Checked by',
  'Source',
  'Licence',
] as const;

/**
 * A spreadsheet program runs a cell that starts with =, +, - or @ as a formula. Listings come
 * from partners, so such cells get a leading apostrophe, which spreadsheets hide.
 */
function safeCell(value: string | undefined): string | undefined {
  return value !== undefined && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Every service as CSV (RFC 4180, CRLF line ends): one row per service, lists joined with "; ",
 * several places joined with " | " in the same order in every column.
 */
export function servicesToCsv(services: readonly ServiceEntry[], context: { organisations: readonly OrganisationEntry[]; areas: readonly Area[]; namespace?: string }): string {
  const areaName = (id: string) => context.areas.find((area) => area.id === id)?.name ?? id;
  const rows = services.map(({ id, data }) => {
    const places = data.locations ?? [];
    const areaIds = [...new Set([...places.map((place) => place.area), ...(data.areasServed ?? [])])];
    const hours = places
      .map((place) => {
        const words = [...describeOpeningHours(place.openingHours ?? []), ...(place.hoursNote ? [place.hoursNote] : [])].join('; ');
        return words && places.length > 1 ? `${place.name}: ${words}` : words;
      })
      .filter(Boolean);
    return [
      id,
      orukServiceId({ id, data }, context.namespace),
      data.name,
      context.organisations.find((org) => org.id === data.organisation)?.data.name ?? data.organisation,
      serviceStatuses.label(data.status),
      data.kinds.map((kind) => kindsOfHelp.label(kind)).join('; '),
      areaIds.length ? areaIds.map(areaName).join('; ') : data.areaNotKnown ? 'Area not known' : 'Every area',
      data.phone,
      data.textPhone,
      data.email,
      data.website,
      places.map((place) => [place.name, ...place.address, place.town, place.postcode].join(', ')).join(' | '),
      places.map((place) => place.postcode).join(' | '),
      hours.join(' | '),
      [costTypes.label(data.cost.type), data.cost.description].filter(Boolean).join(': '),
      data.audiences.map((audience) => audiences.label(audience)).join('; '),
      data.languages.map((code) => languages.label(code)).join('; '),
      data.imported?.notYetChecked ? `Not yet checked (imported ${data.lastChecked})` : data.lastChecked,
      data.checkedBy,
      data.source,
      data.licence,
    ].map(safeCell);
  });
  return toCsv([[...SERVICE_CSV_COLUMNS], ...rows]);
}
