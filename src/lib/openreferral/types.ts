/**
 * The Open Referral UK (HSDS 3.0 UK profile) records that the export writes. Field names are
 * Open Referral's own. Only the fields we fill are listed; every optional field is left out when
 * we have nothing to put in it (never null or "").
 *
 * A few fields come from HSDS 3.0 itself rather than the UK profile, because the profile has no
 * place for what they hold: `eligibility_description`, `application_process`, a language's `name`
 * and `code`, and `phones` inside a contact. The UK schemas allow extra fields, so the documents
 * still pass them; a reader that only knows the UK profile ignores these fields.
 */
import type { Organisation } from '../../schemas/organisation.ts';
import type { Service } from '../../schemas/service.ts';
import type { Area } from '../../schemas/area.ts';

/** A service as our content files hold it: its file name and its checked data. */
export interface ServiceEntry {
  readonly id: string;
  readonly data: Service;
}

/** An organisation as our content files hold it. */
export interface OrganisationEntry {
  readonly id: string;
  readonly data: Organisation;
}

export type { Area };

export interface OrukTaxonomyTerm {
  id: string;
  name: string;
  description: string;
  taxonomy?: string;
  taxonomy_id?: string;
  term?: string;
}

export interface OrukAttribute {
  id: string;
  link_id?: string;
  taxonomy_term_id?: string;
  taxonomy_term?: OrukTaxonomyTerm;
}

export interface OrukAddress {
  id: string;
  location_id?: string;
  address_1: string;
  city: string;
  region?: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}

export interface OrukAccessibility {
  id: string;
  location_id?: string;
  description?: string;
  accessibility?: string;
}

export interface OrukLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  name?: string;
  latitude?: number;
  longitude?: number;
  addresses?: OrukAddress[];
  accessibility?: OrukAccessibility[];
  attributes?: OrukAttribute[];
}

export interface OrukServiceAtLocation {
  id: string;
  service_id?: string;
  location_id?: string;
  location?: OrukLocation;
}

export interface OrukSchedule {
  id: string;
  service_id?: string;
  service_at_location_id?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  notes?: string;
}

export interface OrukServiceArea {
  id: string;
  service_id?: string;
  name?: string;
  service_area?: string;
}

export interface OrukLanguage {
  id: string;
  service_id?: string;
  /** HSDS 3.0: the language's name, like "Polish". */
  name?: string;
  /** HSDS 3.0: the ISO 639 code, like "pl". */
  code?: string;
}

export interface OrukCostOption {
  id: string;
  service_id?: string;
  option?: string;
  amount?: number;
  amount_description?: string;
}

export interface OrukPhone {
  id: string;
  contact_id?: string;
  number: string;
  description?: string;
}

export interface OrukContact {
  id: string;
  service_id?: string;
  name?: string;
  /** HSDS 3.0 nests a contact's phone numbers here; the UK profile's `phone` record links by contact_id. */
  phones?: OrukPhone[];
}

export interface OrukOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  organization_identifiers?: OrukOrganizationIdentifier[];
}

/** A third-party identifier of an organisation: we give its registered charity number, in the org-id.guide list of its register. */
export interface OrukOrganizationIdentifier {
  id: string;
  organization_id: string;
  /** GB-CHC (England and Wales), GB-SC (Scotland) or GB-NIC (Northern Ireland). */
  identifier_scheme: string;
  identifier_type: string;
  identifier: string;
}

/** A fully nested service, as `/services/{id}` returns it. */
export interface OrukService {
  id: string;
  organization_id?: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  /** A date-time; we write it only for a listing nobody here has checked yet (its import day). */
  last_modified?: string;
  alert?: string;
  /** HSDS 3.0: who can use it. */
  eligibility_description?: string;
  /** HSDS 3.0: how to get the service (our howToRefer). */
  application_process?: string;
  schedules?: OrukSchedule[];
  service_areas?: OrukServiceArea[];
  service_at_locations?: OrukServiceAtLocation[];
  languages?: OrukLanguage[];
  organization?: OrukOrganization;
  cost_options?: OrukCostOption[];
  contacts?: OrukContact[];
  attributes?: OrukAttribute[];
}

/** One service in the `/services` list: only its one-to-one fields, unless the full list is asked for. */
export type OrukServiceSummary = Omit<OrukService, 'schedules' | 'service_areas' | 'service_at_locations' | 'languages' | 'cost_options' | 'contacts' | 'attributes'>;

/** The paged list that `/services` returns. */
export interface OrukServicePage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: (OrukService | OrukServiceSummary)[];
}

/** What the API root `/` says about the API. */
export interface OrukApiRoot {
  version: string;
  profile: string;
  openapi_url?: string;
}
