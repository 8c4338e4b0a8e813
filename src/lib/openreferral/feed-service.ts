/**
 * One service as the import sees it after reading, whichever version of Open Referral it came
 * from. The readers (read-v3.ts, read-v1.ts) fill it; the mapping to our schema (to-service.ts)
 * reads only this. Text is already plain (HTML stripped); missing text is "".
 */
import type { FeedSchedule } from './schedules.ts';

export interface FeedPlace {
  /** The ids the feed gives this place (service_at_location and location), so schedules can find it. */
  readonly keys: readonly string[];
  readonly name: string;
  readonly addressLines: readonly string[];
  readonly town: string;
  readonly region: string;
  readonly postcode: string;
  readonly latitude: unknown;
  readonly longitude: unknown;
  readonly accessibility: readonly string[];
  /** Our own area term, when the place came from our export. */
  readonly areaTerm?: { readonly id: string; readonly name: string };
  /** Schedules written inside the place rather than on the service. */
  readonly schedules: readonly FeedSchedule[];
}

export interface FeedPhone {
  readonly number: string;
  readonly description: string;
  readonly type: string;
}

export interface FeedTerm {
  /** The taxonomy (v3 `taxonomy`, v1 `vocabulary`). */
  readonly taxonomy: string;
  /** The term's code (v3 `term`, v1 taxonomy `id`). */
  readonly term: string;
  readonly name: string;
}

export interface FeedCost {
  readonly option: string;
  readonly amount?: number;
  readonly amountDescription: string;
}

export interface FeedOrganisation {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly email: string;
  readonly website: string;
  /** The registered charity number in our form ("1177548", "SC007427", "NIC104226"), or "". */
  readonly charityNumber: string;
}

export interface FeedService {
  readonly version: 1 | 3;
  /** The feed's id for the service, as text ("" if it has none). */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly url: string;
  readonly email: string;
  readonly status: string;
  readonly fees: string;
  readonly eligibility: string;
  readonly applicationProcess: string;
  readonly minimumAge: unknown;
  readonly maximumAge: unknown;
  readonly assuredDate: string;
  readonly lastModified: string;
  readonly alert: string;
  readonly organisation: FeedOrganisation;
  readonly places: readonly FeedPlace[];
  readonly schedules: readonly FeedSchedule[];
  readonly serviceAreas: readonly string[];
  readonly languages: readonly string[];
  readonly costs: readonly FeedCost[];
  readonly phones: readonly FeedPhone[];
  readonly terms: readonly FeedTerm[];
  /** ORUK v1: phone, online, venue or home visit. */
  readonly attendingType: string;
  /** ORUK v1: referral, appointment, membership or drop-in. */
  readonly attendingAccess: string;
}
