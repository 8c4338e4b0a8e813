/**
 * Which organisation runs a service from another directory.
 *
 * An organisation the site already has (content/organisations/), or one this import has already
 * added, is found in this order:
 *
 * 1. by its Open Referral id: the one our export gives it, or an id the feed used earlier;
 * 2. by its registered charity number;
 * 3. by its website: the same host and path, whatever the scheme, "www." or last slash;
 * 4. by its name: the same words, whatever the capitals, spaces and punctuation.
 *
 * A website or name match is not made when both have charity numbers and they differ.
 *
 * Otherwise a new organisation is added, with an id made from its name ("Kingsbury Libraries" →
 * kingsbury-libraries), but only from a real organisation record. A record is not real when it
 * has no name, or when it is only the service's own name again, with no description, website,
 * charity number or id of its own (many directories fill the organisation in that way when
 * nobody said who runs the service). For such a service the import looks for an organisation
 * whose website holds the service's website ("kingsbury.gov.uk/libraries" holds
 * "kingsbury.gov.uk/libraries/wifi"; never a shared site such as facebook.com or gov.uk on its
 * own). If none does, the listing is skipped, and the reason says what to do: name the real
 * organisation in the feed's `organization`, or add it to content/organisations/ with its
 * website and import again.
 *
 * Names that are alike but not the same ("Kingsbury Library Service" and "Kingsbury Libraries")
 * are never merged on the name alone: the new organisation is added, and a note says which one it
 * may be, so that a person can decide.
 */
import { organisationSchema, type Organisation } from '../../schemas/organisation.ts';
import type { FeedOrganisation, FeedService } from './feed-service.ts';
import { guessOrganisationKind } from './infer.ts';
import { alikeNames, isOnWebsite, isSharedSite, sameName, websiteKey } from './organisation-names.ts';
import { fitText, looseName, plainText } from './text.ts';
import { htmlToMarkdown, summaryFromDescription } from './html-to-markdown.ts';
import { webAddress } from './read-fields.ts';
import type { OrganisationEntry } from './types.ts';
import { uniqueSlug } from './slugs.ts';
import type { OpenReferralIds } from './uuid.ts';

/** What the finder reads of a service: its own id, name, description and website, and the organisation the feed names. */
export type ServiceForOrganisation = Pick<FeedService, 'id' | 'name' | 'description' | 'url' | 'organisation'>;

export type OrganisationMatch =
  /** `notes` say how the organisation was found or added, when a person should check it. */
  { readonly ok: true; readonly id: string; readonly notes: readonly string[] } | { readonly ok: false; readonly reason: string };

/** An organisation the import added that may be the same as one the site has, or one added before it. */
export interface PossibleDuplicate {
  /** The id of the organisation the import added. */
  readonly organisation: string;
  /** The id of the organisation it may be. */
  readonly mayBe: string;
  readonly note: string;
}

export interface OrganisationFinder {
  /** The organisation that runs a service, or why we cannot tell. */
  find(service: ServiceForOrganisation): OrganisationMatch;
  /** The organisations added so far, that content/organisations/ does not have yet. */
  readonly created: readonly OrganisationEntry[];
  /** Added organisations whose names are like another's: for the report. */
  readonly possibleDuplicates: readonly PossibleDuplicate[];
}

/** Our organisation record for one named in a feed: name, a guessed kind, and its description as the summary. */
function newOrganisation(organisation: FeedOrganisation, feedName: string): Organisation {
  const name = fitText(organisation.name, 120).text;
  // A short plain description is the summary itself (our export writes the summary there); a longer one gives its first sentence.
  const whole = organisation.description.trim();
  const summary =
    whole.length <= 300 && !/[\n<>*_`#[\]]/.test(whole) && whole !== ''
      ? whole
      : (summaryFromDescription(htmlToMarkdown(organisation.description), 300) ?? `${name} runs services listed in this directory (added from ${feedName}).`);
  const candidate: Record<string, unknown> = {
    name,
    kind: guessOrganisationKind(name),
    summary: fitText(summary, 300).text,
    website: webAddress(organisation.website),
    email: organisation.email || undefined,
    charityNumber: organisation.charityNumber || undefined,
  };
  // Leave out whatever does not pass our schema (a broken web address, say) rather than lose the organisation.
  for (const field of ['website', 'email', 'charityNumber'] as const) {
    if (candidate[field] === undefined) delete candidate[field];
    else if (!organisationSchema.safeParse(candidate).success) delete candidate[field];
  }
  return organisationSchema.parse(candidate);
}

/** The same text, whatever the HTML, capitals, spaces and punctuation (and not empty). */
const sameText = (a: string, b: string) => sameName(plainText(a), plainText(b));

/**
 * Whether the feed's organisation is a record of its own, not the service's name filled in again.
 * `ownId` is the organisation's id when it is not the service's own id.
 */
function isRealRecord(service: ServiceForOrganisation, ownId: string): boolean {
  const organisation = service.organisation;
  if (!looseName(organisation.name)) return false;
  if (!sameName(organisation.name, service.name)) return true;
  const ownDescription = organisation.description !== '' && !sameText(organisation.description, service.description) && !sameText(organisation.description, organisation.name);
  const ownWebsite = organisation.website !== '' && websiteKey(organisation.website) !== websiteKey(service.url);
  return ownDescription || ownWebsite || organisation.charityNumber !== '' || ownId !== '';
}

/** Makes the organisation finder for one import. `otherTakenIds` are file names in use by organisations that could not be read. */
export function createOrganisationFinder(known: readonly OrganisationEntry[], ids: OpenReferralIds, feedName: string, otherTakenIds: readonly string[] = []): OrganisationFinder {
  const created: OrganisationEntry[] = [];
  const possibleDuplicates: PossibleDuplicate[] = [];
  const all: OrganisationEntry[] = [];
  const taken = new Set([...known.map((org) => org.id), ...otherTakenIds]);
  const byUuid = new Map(known.map((org) => [ids.organisation(org.id), org.id]));
  const byFeedId = new Map<string, string>();
  const byCharity = new Map<string, string>();
  /** Each website's organisation, or null when two organisations give the same website (then it tells them apart from nobody). */
  const byWebsite = new Map<string, string | null>();
  const byName = new Map<string, string>();
  const charityOf = new Map<string, string | undefined>();
  const said = new Set<string>();

  const remember = (org: OrganisationEntry) => {
    all.push(org);
    charityOf.set(org.id, org.data.charityNumber);
    if (org.data.charityNumber && !byCharity.has(org.data.charityNumber)) byCharity.set(org.data.charityNumber, org.id);
    const site = org.data.website ? websiteKey(org.data.website) : undefined;
    if (site && !isSharedSite(site)) byWebsite.set(site, byWebsite.has(site) && byWebsite.get(site) !== org.id ? null : org.id);
    const name = looseName(org.data.name);
    if (name && !byName.has(name)) byName.set(name, org.id);
  };
  for (const org of known) remember(org);

  /**
   * What a matched record says about the organisation: its name, website and charity number as the
   * feed writes them, so that a later record using only one of them (with another id, say) finds
   * the same organisation. Nothing already known is changed.
   */
  const learn = (organisation: FeedOrganisation, id: string) => {
    const name = looseName(organisation.name);
    if (name && !byName.has(name)) byName.set(name, id);
    const site = organisation.website ? websiteKey(organisation.website) : undefined;
    if (site && !isSharedSite(site) && !byWebsite.has(site)) byWebsite.set(site, id);
    const number = organisation.charityNumber;
    if (number && !byCharity.has(number) && charityOf.get(id) === undefined) {
      byCharity.set(number, id);
      charityOf.set(id, number);
    }
  };

  const nameOf = (id: string) => all.find((org) => org.id === id)?.data.name ?? id;
  /** A note said once in an import (for the first service it applies to), however many services it applies to. */
  const once = (key: string, note: string) => {
    if (said.has(key)) return [];
    said.add(key);
    return [note];
  };
  /** Both have charity numbers, and they differ: two organisations, whatever their websites or names say. */
  const charitiesDiffer = (id: string, organisation: FeedOrganisation) => {
    const theirs = charityOf.get(id);
    return theirs !== undefined && organisation.charityNumber !== '' && theirs !== organisation.charityNumber;
  };

  /** An organisation the site has, or this import added, that the record names; and how it was found. */
  function match(organisation: FeedOrganisation, ownId: string): { id: string; by?: string } | undefined {
    if (ownId) {
      const id = byUuid.get(ownId) ?? byFeedId.get(ownId);
      if (id) return { id };
    }
    if (organisation.charityNumber) {
      const id = byCharity.get(organisation.charityNumber);
      if (id) return { id, by: `its charity number ${organisation.charityNumber}` };
    }
    const site = organisation.website ? websiteKey(organisation.website) : undefined;
    const bySite = site ? byWebsite.get(site) : undefined;
    if (bySite && !charitiesDiffer(bySite, organisation)) return { id: bySite, by: `its website (${organisation.website})` };
    const byItsName = byName.get(looseName(organisation.name));
    if (byItsName && !charitiesDiffer(byItsName, organisation)) return { id: byItsName };
    return undefined;
  }

  /** The organisation whose website holds the service's own website, if exactly one does. */
  function matchByServiceWebsite(url: string): string | undefined {
    const page = url ? websiteKey(url) : undefined;
    if (!page) return undefined;
    let best: { id: string; length: number } | undefined;
    let tie = false;
    for (const [site, id] of byWebsite) {
      if (id === null || !isOnWebsite(page, site)) continue;
      if (!best || site.length > best.length) {
        best = { id, length: site.length };
        tie = false;
      } else if (site.length === best.length && id !== best.id) tie = true;
    }
    return best && !tie ? best.id : undefined;
  }

  function add(organisation: FeedOrganisation, ownId: string): { id: string; notes: string[] } {
    const id = uniqueSlug(organisation.name, taken, 'organisation');
    const entry = { id, data: newOrganisation(organisation, feedName) };
    const notes: string[] = [];
    for (const other of all) {
      if (!alikeNames(entry.data.name, other.data.name)) continue;
      const note = `Added the organisation "${entry.data.name}" (content/organisations/${id}.yaml). It may be "${other.data.name}" (${other.id}): the names are alike, but no website or charity number shows they are the same. If they are, change the organisation of its listings to ${other.id} and delete the new file.`;
      possibleDuplicates.push({ organisation: id, mayBe: other.id, note });
      notes.push(note);
    }
    created.push(entry);
    taken.add(id);
    remember(entry);
    if (ownId) byFeedId.set(ownId, id);
    return { id, notes };
  }

  return {
    created,
    possibleDuplicates,
    find(service) {
      const organisation = service.organisation;
      const feedId = organisation.id.trim().toLowerCase();
      const ownId = feedId && feedId !== service.id.trim().toLowerCase() ? feedId : '';
      const found = match(organisation, ownId);
      if (found) {
        if (ownId && !byFeedId.has(ownId)) byFeedId.set(ownId, found.id);
        learn(organisation, found.id);
        const named = organisation.name && !sameName(organisation.name, nameOf(found.id));
        const notes =
          found.by && named
            ? once(`${looseName(organisation.name)} is ${found.id}`, `Its organisation "${organisation.name}" is taken to be "${nameOf(found.id)}" (${found.id}), found by ${found.by}.`)
            : [];
        return { ok: true, id: found.id, notes };
      }
      if (!isRealRecord(service, ownId)) {
        const bySite = matchByServiceWebsite(service.url);
        if (bySite) {
          return {
            ok: true,
            id: bySite,
            notes: once(
              `no organisation is ${bySite}`,
              `It did not say which organisation runs it: "${nameOf(bySite)}" (${bySite}) is taken to run it, because the service's website is on theirs. Check this.`,
            ),
          };
        }
        const what = looseName(organisation.name)
          ? `Its organization is only the service's own name ("${fitText(organisation.name, 80).text}"), with no description, website or charity number of its own`
          : 'Its organization field is missing or has no name';
        return {
          ok: false,
          reason: `${what}, so we cannot tell which organisation runs it, and its website is not on the website of an organisation we know. Name the organisation that runs it in the feed's organization field, or add that organisation to content/organisations/ with its website, then import again.`,
        };
      }
      const added = add(organisation, ownId);
      if (sameName(organisation.name, service.name)) {
        added.notes.push(`Added its organisation "${organisation.name}", which has the same name as the service. Check that it is the organisation that runs it.`);
      }
      return { ok: true, ...added };
    },
  };
}
