/**
 * Our own Open Referral taxonomies. Open Referral has no list of kinds of digital help, so the
 * export publishes our controlled lists as taxonomies: the taxonomy name says which list, each
 * term's `term` is our id (like `free-wifi`) and its `name` is the label people read ("Free Wi-Fi").
 * The import reads them back, which is what lets a listing make the round trip unchanged.
 */
import { accessModes, audiences, costTypes, kindsOfHelp, specificSupport, supportModes, type Term, type Vocabulary } from '../vocabulary/index.ts';
import type { OpenReferralIds } from './uuid.ts';
import type { OrukAttribute } from './types.ts';

/** The service fields that hold a list of terms, and the taxonomy each is published as. */
export const SERVICE_TAXONOMIES = {
  kinds: { taxonomy: 'digital-inclusion-kinds-of-help', vocabulary: kindsOfHelp },
  supportModes: { taxonomy: 'digital-inclusion-support-modes', vocabulary: supportModes },
  accessModes: { taxonomy: 'digital-inclusion-access-modes', vocabulary: accessModes },
  audiences: { taxonomy: 'digital-inclusion-audiences', vocabulary: audiences },
  specificSupport: { taxonomy: 'digital-inclusion-specific-support', vocabulary: specificSupport },
  cost: { taxonomy: 'digital-inclusion-cost', vocabulary: costTypes },
} as const satisfies Record<string, { taxonomy: string; vocabulary: Vocabulary<Term> }>;

export type TaxonomyField = keyof typeof SERVICE_TAXONOMIES;

/** The taxonomy a location's area is published in: term = our area id, name = the area's name. */
export const AREA_TAXONOMY = 'digital-inclusion-areas';

/**
 * The taxonomy a service's `whoCanUse` rules are published in (Open Referral has no field for
 * them; its `eligibility_description` carries the same rules in words). Terms: `residents-only`,
 * `on-benefits`, and `tenants-of-<organisation id>` for each housing provider in `tenantsOf`.
 */
export const WHO_CAN_USE_TAXONOMY = 'digital-inclusion-who-can-use';
export const RESIDENTS_ONLY_TERM = { id: 'residents-only', label: 'Only for people who live in the area' };
export const ON_BENEFITS_TERM = { id: 'on-benefits', label: 'Only for people who get benefits' };
export const TENANTS_OF_PREFIX = 'tenants-of-';

/**
 * The taxonomy that says nobody here has checked a listing yet (`imported.notYetChecked`): Open
 * Referral has assured_date for a listing someone checked, and no way to say that nobody has.
 */
export const LISTING_CHECKS_TAXONOMY = 'digital-inclusion-listing-checks';
export const NOT_YET_CHECKED_TERM = { id: 'not-yet-checked', label: 'Imported, nobody has checked it yet' };

const OUR_TAXONOMIES: ReadonlySet<string> = new Set([...Object.values(SERVICE_TAXONOMIES).map((t) => t.taxonomy), AREA_TAXONOMY, WHO_CAN_USE_TAXONOMY, LISTING_CHECKS_TAXONOMY]);

/** Whether a taxonomy name is one of ours. */
export function isOurTaxonomy(taxonomy: string | undefined): boolean {
  return taxonomy !== undefined && OUR_TAXONOMIES.has(taxonomy);
}

/** The name of one of our taxonomies from its UUID, for feeds that give `taxonomy_id` but not `taxonomy`. */
export function taxonomyNameFromId(taxonomyId: string | undefined, ids: OpenReferralIds): string | undefined {
  if (!taxonomyId) return undefined;
  return [...OUR_TAXONOMIES].find((name) => ids.taxonomy(name) === taxonomyId.toLowerCase());
}

/** One attribute that links a record to one term of one of our taxonomies. */
export function termAttribute(ids: OpenReferralIds, attributeId: string, linkId: string, taxonomy: string, term: { id: string; label: string; description?: string }): OrukAttribute {
  const termId = ids.taxonomyTerm(taxonomy, term.id);
  return {
    id: attributeId,
    link_id: linkId,
    taxonomy_term_id: termId,
    taxonomy_term: {
      id: termId,
      name: term.label,
      description: term.description ?? term.label,
      taxonomy,
      taxonomy_id: ids.taxonomy(taxonomy),
      term: term.id,
    },
  };
}
