/**
 * Which organisation runs a service from another directory. An organisation the site already has
 * is found by its Open Referral id (the one our export gives it) or by its name; any other
 * organisation is added, with an id made from its name ("Kingsbury Libraries" → kingsbury-libraries).
 */
import { organisationSchema, type Organisation } from '../../schemas/organisation.ts';
import type { FeedOrganisation } from './feed-service.ts';
import { guessOrganisationKind } from './infer.ts';
import { fitText, looseName, splitSummary } from './text.ts';
import { webAddress } from './read-fields.ts';
import type { OrganisationEntry } from './types.ts';
import { uniqueSlug } from './slugs.ts';
import type { OpenReferralIds } from './uuid.ts';

export interface OrganisationFinder {
  /** The organisation id for a service's organisation, or undefined if the feed does not name one. */
  find(organisation: FeedOrganisation): string | undefined;
  /** The organisations added so far, that content/organisations/ does not have yet. */
  readonly created: readonly OrganisationEntry[];
}

/** Our organisation record for one named in a feed: name, a guessed kind, and its description as the summary. */
function newOrganisation(organisation: FeedOrganisation, feedName: string): Organisation {
  const name = fitText(organisation.name, 120).text;
  const summary = organisation.description ? splitSummary(organisation.description, 300).summary : `${name} runs services listed in this directory (added from ${feedName}).`;
  const candidate: Record<string, unknown> = {
    name,
    kind: guessOrganisationKind(name),
    summary: fitText(summary, 300).text,
    website: webAddress(organisation.website),
    email: organisation.email || undefined,
  };
  // Leave out whatever does not pass our schema (a broken web address, say) rather than lose the organisation.
  for (const field of ['website', 'email'] as const) {
    if (candidate[field] === undefined) delete candidate[field];
    else if (!organisationSchema.safeParse(candidate).success) delete candidate[field];
  }
  return organisationSchema.parse(candidate);
}

/** Makes the organisation finder for one import. `otherTakenIds` are file names in use by organisations that could not be read. */
export function createOrganisationFinder(known: readonly OrganisationEntry[], ids: OpenReferralIds, feedName: string, otherTakenIds: readonly string[] = []): OrganisationFinder {
  const created: OrganisationEntry[] = [];
  const taken = new Set([...known.map((org) => org.id), ...otherTakenIds]);
  const byUuid = new Map(known.map((org) => [ids.organisation(org.id), org.id]));
  const byName = new Map<string, string>();
  for (const org of known) byName.set(looseName(org.data.name), org.id);
  const byFeedId = new Map<string, string>();

  return {
    created,
    find(organisation) {
      const feedId = organisation.id.toLowerCase();
      const found = (feedId && (byUuid.get(feedId) ?? byFeedId.get(feedId))) || (organisation.name && byName.get(looseName(organisation.name)));
      if (found) return found;
      if (!organisation.name) return undefined;
      const id = uniqueSlug(organisation.name, taken, 'organisation');
      created.push({ id, data: newOrganisation(organisation, feedName) });
      taken.add(id);
      byName.set(looseName(organisation.name), id);
      if (feedId) byFeedId.set(feedId, id);
      return id;
    },
  };
}
