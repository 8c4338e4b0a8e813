/**
 * Imports services from an Open Referral UK feed (v3 or the older v1) as our listings, with the
 * organisations and areas they need. Pure: it reads the feed and what the site already has, and
 * returns records and a report; scripts/import-openreferral.ts writes the files.
 *
 * A record is skipped, with its reason in the report, when: it is not a service record; it has
 * the same id as an earlier record (the first is kept); it has no name; its status is not one we
 * know; it names no organisation; no kind of digital help can be found in it; or people could not
 * reach it (no place with a valid postcode, and no phone number or website). Everything else
 * that is wrong with a record (a bad postcode, a map position outside the UK, a phone number we
 * cannot read...) is left out of the listing and noted in the report.
 *
 * A record whose Open Referral id matches a listing the site imported before (its externalId, or
 * the id our own export gives it) updates that listing under the same file name. A record with the id our own export gives a listing
 * written by hand here (the UUIDs are published, so anyone can copy one) is skipped, unless the
 * person running the import asks for hand-written listings to be replaced (`replaceListings`,
 * --replace-listings): a feed cannot take over a listing it did not create. Any other record gets
 * a new file name made from its name, never one already taken.
 */
import { looksLikeEmail } from '../formats.ts';
import type { Service } from '../../schemas/service.ts';
import { createAreaFinder } from './areas.ts';
import { findServiceRecords, readOpenReferralText, type FeedReading } from './feed.ts';
import { createOrganisationFinder } from './organisations.ts';
import { readV1Service, looksLikeV1 } from './read-v1.ts';
import { readV3Service } from './read-v3.ts';
import { feedWarnings } from './feed-warnings.ts';
import { createDuplicateFinder } from './near-duplicates.ts';
import { feedFingerprints, mergeReimport } from './reimport.ts';
import { SKIP_GROUPS, type ImportNote, type ImportReport, type SkippedRecord } from './report.ts';
import { serviceSchema } from '../../schemas/service.ts';
import { looseName } from './text.ts';
import { uniqueSlug } from './slugs.ts';
import { fitText } from './text.ts';
import { feedServiceToService } from './to-service.ts';
import type { KindsChoice, KindsOptions, OfficerDecision } from './kinds-choice.ts';
import { defaultImportRules } from './import-rules.ts';
import type { ReviewRow } from './review.ts';
import type { Area, OrganisationEntry, ServiceEntry } from './types.ts';
import { openReferralIds } from './uuid.ts';

export interface ImportOptions {
  /** What to call the feed in the report and in each listing's checkedBy, like "Kingsbury Council directory". */
  readonly feedName: string;
  /** Where the feed came from, added to each listing's source. */
  readonly feedUrl?: string;
  /** The licence the feed is published under. Default "OGL v3". */
  readonly licence?: string;
  /** Today, YYYY-MM-DD: the last checked date of listings whose feed gives none. */
  readonly today: string;
  /** What the site already has: matched by id or name, and never given the same file name. */
  readonly known?: {
    readonly organisations?: readonly OrganisationEntry[];
    readonly areas?: readonly Area[];
    readonly services?: readonly ServiceEntry[];
    /** File names in use, including files that did not pass their schema: never given to an imported record. */
    readonly takenIds?: { readonly services?: readonly string[]; readonly organisations?: readonly string[] };
  };
  /** The place the whole site covers (site.yaml `area`): a service area with this name means "every area". */
  readonly siteArea?: string;
  /** The UUID namespace the site's export uses (see uuid.ts). */
  readonly namespace?: string;
  /** Let a record replace a listing written by hand on this site that has the same Open Referral id. Off unless asked for. */
  readonly replaceListings?: boolean;

  // Kinds of help and the review loop (kinds-choice.ts, review.ts).
  /** The rules that decide kinds of help (content/import-rules.yaml), and `all` to import records with none for review. Default: the project's rules. */
  readonly kinds?: KindsOptions;
  /** An officer's decisions (the decisions file), by the record's id in the feed. */
  readonly decisions?: ReadonlyMap<string, OfficerDecision>;
}

export interface ImportedService {
  /** The file name to write it under: content/services/<id>.yaml. */
  readonly id: string;
  readonly data: Service;
  /** True when it replaces a listing the site already has (same Open Referral id). */
  readonly updates: boolean;
  /** The record's id in the feed. */
  readonly feedId: string;
  /** For an update: which fields the feed changed, which it no longer gives, and which were changed here and kept. */
  readonly changes?: { readonly updated: readonly string[]; readonly removed: readonly string[]; readonly keptEdits: readonly string[] };
}

export interface ImportResult {
  readonly services: readonly ImportedService[];
  /** Organisations the site does not have yet, that the imported listings need. */
  readonly organisations: readonly OrganisationEntry[];
  /** Areas the site does not have yet, that the imported listings need. */
  readonly areas: readonly Area[];
  readonly report: ImportReport;
  /** Every record, in the feed's order, for the review file: the kinds found, why, and whether it was imported. */
  readonly review: readonly ReviewRow[];
}

const DEFAULT_LICENCE = 'OGL v3';

/**
 * Where a listing the site has came from: this feed, another feed (named), or written here.
 * A listing imported before the import recorded its feed counts as this feed's when its
 * checkedBy says it was imported from this feed.
 */
function sourceOf(listing: ServiceEntry, feedName: string, thisFeedCheckedBy: string): 'this feed' | 'written here' | string {
  const { imported, externalId, checkedBy } = listing.data;
  if (imported) return looseName(imported.feed) === looseName(fitText(feedName, 120).text) ? 'this feed' : `the feed "${imported.feed}"`;
  if (externalId === undefined) return 'written here';
  return checkedBy === thisFeedCheckedBy ? 'this feed' : `another feed ("${checkedBy}")`;
}

/** The report's group for a mapping's reason, from the field it starts with ("status: ..."). */
const GROUP_OF_FIELD: ReadonlyMap<string, string> = new Map([
  ['name', 'no name'],
  ['status', 'a status we do not know'],
  ['organization', 'no organisation we can tell'],
  ['phones, email, url', 'no way to get in touch'],
  ['locations', 'no place we can use, and no phone or website'],
  ['locations, phones, url', 'no place we can use, and no phone or website'],
]);

function groupOfReason(reason: string): string {
  const field = /^([a-z ,_]+):/i.exec(reason)?.[1] ?? '';
  return GROUP_OF_FIELD.get(field) ?? (field || reason);
}

function emptyResult(feedName: string, problem: string): ImportResult {
  return {
    services: [],
    organisations: [],
    areas: [],
    review: [],
    report: { feedName, problem, warnings: [], found: 0, imported: 0, updated: 0, skipped: 0, skippedRecords: [], notes: [], newOrganisations: [], newAreas: [] },
  };
}

/** Imports from the text of a file: a problem with the JSON itself is reported, not thrown. */
export function importOpenReferralText(text: string, options: ImportOptions): ImportResult {
  return importRecords(readOpenReferralText(text), options);
}

/**
 * Imports from parsed JSON: an ORUK v3 `/services` page, an ORUK v1 page, a list of services, or
 * one full service. Each record may be v3 or v1; they are told apart by their fields.
 */
export function importOpenReferral(json: unknown, options: ImportOptions): ImportResult {
  return importRecords(findServiceRecords(json), options);
}

function importRecords(reading: FeedReading, options: ImportOptions): ImportResult {
  if (!reading.ok) return emptyResult(options.feedName, reading.problem);

  const ids = openReferralIds(options.namespace);
  const knownServices = options.known?.services ?? [];
  const knownAreas = options.known?.areas ?? [];
  const knownOrganisations = options.known?.organisations ?? [];
  const areas = createAreaFinder({
    areas: knownAreas,
    places: knownServices.flatMap((service) => (service.data.locations ?? []).map((place) => ({ postcode: place.postcode, area: place.area }))),
    siteArea: options.siteArea,
  });
  const feedLabel = looksLikeEmail(options.feedName) ? 'an Open Referral feed' : options.feedName;
  const organisations = createOrganisationFinder(knownOrganisations, ids, feedLabel, options.known?.takenIds?.organisations ?? []);
  const provenance = {
    checkedBy: fitText(`Imported from ${feedLabel}`, 120).text,
    source: fitText(options.feedUrl ? `${feedLabel} (${options.feedUrl})` : feedLabel, 200).text,
    licence: fitText(options.licence ?? DEFAULT_LICENCE, 60).text,
  };

  // Listings the site has, by the Open Referral ids they are known by.
  const existing = new Map<string, ServiceEntry>();
  for (const service of knownServices) {
    existing.set(ids.service(service.id, service.data.externalId), service);
    if (service.data.externalId) existing.set(service.data.externalId.toLowerCase(), service);
  }
  const taken = new Set([...knownServices.map((service) => service.id), ...(options.known?.takenIds?.services ?? [])]);
  const updatedIds = new Set<string>();
  // Ids that differ only in case are one id.
  const seen = new Map<string, string>();
  const duplicates = createDuplicateFinder();
  const fileOf = (id: string) => `content/services/${id}.yaml`;
  for (const service of knownServices) duplicates.add(fileOf(service.id), service.data);
  const services: ImportedService[] = [];
  const skippedRecords: SkippedRecord[] = [];
  const notes: ImportNote[] = [];

  // The kinds of help found for the record just read (the mapping sets it), for the review file.
  const last: { kinds?: KindsChoice } = {};
  const importRecord = (record: unknown, index: number): void => {
    const place = `record ${index + 1}`;
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      skippedRecords.push({
        feedId: place,
        group: SKIP_GROUPS.notARecord,
        reason: `This entry is not a service record (it is ${Array.isArray(record) ? 'a list' : record === null ? 'empty' : `a ${typeof record}`}).`,
      });
      return;
    }
    const raw = record as Record<string, unknown>;
    const feed = looksLikeV1(raw) ? readV1Service(raw) : readV3Service(raw);
    const feedId = feed.id || place;
    const key = feed.id.toLowerCase();
    if (feed.id && seen.has(key)) {
      skippedRecords.push({
        feedId,
        name: feed.name || undefined,
        group: SKIP_GROUPS.sameId,
        reason: `id: another record earlier in the file${seen.get(key) ? ` ("${seen.get(key)}")` : ''} has the same id (ids that differ only in capital letters count as the same). The first one was kept.`,
      });
      return;
    }
    if (feed.id) seen.set(key, feed.name);

    const match = feed.id ? existing.get(key) : undefined;
    const source = match ? sourceOf(match, options.feedName, provenance.checkedBy) : undefined;
    if (match && source !== 'this feed' && !options.replaceListings) {
      skippedRecords.push({
        feedId,
        name: feed.name || undefined,
        group: source === 'written here' ? SKIP_GROUPS.writtenHere : SKIP_GROUPS.otherFeed,
        reason:
          source === 'written here'
            ? `id: this record has the Open Referral id of ${fileOf(match.id)}, a listing written on this site, not imported. It was not imported, so that a feed cannot change a listing it did not create. If this feed should replace that listing, run the import again with --replace-listings.`
            : `id: this record has the id of ${fileOf(match.id)}, which came from ${source}, not from ${options.feedName}. An import only changes listings from its own feed. If this feed should replace that listing, run the import again with --replace-listings.`,
      });
      return;
    }
    const replaces = match && !updatedIds.has(match.id) ? match : undefined;
    const externalId = replaces ? replaces.data.externalId : feed.id || undefined;
    const decision = options.decisions?.get(feedId);
    if (decision && !decision.imported) {
      skippedRecords.push({ feedId, name: feed.name || undefined, group: 'an officer decided not to import it', reason: `an officer decided not to import it (decisions file, row ${decision.row})` });
      return;
    }
    const mapped = feedServiceToService(
      feed,
      { areas, organisations, provenance, feedName: options.feedName, today: options.today, kinds: kindsOptions, onKinds: (choice) => (last.kinds = choice) },
      externalId,
      decision,
    );
    if (!mapped.ok) {
      skippedRecords.push({
        feedId,
        name: feed.name || undefined,
        reason: mapped.reason,
        group: ('group' in mapped && typeof mapped.group === 'string' ? mapped.group : undefined) ?? groupOfReason(mapped.reason),
      });
      return;
    }
    const duplicate = duplicates.find(mapped.data);
    if (duplicate && (!replaces || duplicate.of !== fileOf(replaces.id))) {
      skippedRecords.push({
        feedId,
        name: feed.name || undefined,
        group: SKIP_GROUPS.nearDuplicate,
        reason: `name: it has ${duplicate.why} as ${duplicate.of}, so it is the same service. Only the first was imported; if they really are different services, give them different names in the feed.`,
      });
      return;
    }
    const id = replaces ? replaces.id : uniqueSlug(mapped.data.name, taken, 'service');
    const imported = { ...mapped.data.imported, feed: fitText(options.feedName, 120).text, on: options.today, fingerprints: feedFingerprints(mapped.data) };
    let data: Service = { ...mapped.data, imported };
    let changes: ImportedService['changes'];
    if (replaces) {
      const merged = mergeReimport(replaces.data, mapped.data);
      const officerChecked = replaces.data.imported !== undefined && !('notYetChecked' in replaces.data.imported);
      const mergedImported: Record<string, unknown> = { ...imported };
      if (officerChecked) delete mergedImported.notYetChecked;
      const checked = serviceSchema.safeParse({ ...merged.data, imported: mergedImported });
      if (!checked.success) {
        const issue = checked.error.issues[0]!;
        skippedRecords.push({
          feedId,
          name: feed.name || undefined,
          group: SKIP_GROUPS.notSaved,
          reason: `${issue.path.join('.') || 'listing'}: ${fileOf(replaces.id)} was left as it is, because with the feed's changes and the changes made here it would not pass our checks (${issue.message}).`,
        });
        return;
      }
      data = checked.data;
      changes = { updated: merged.updated, removed: merged.removed, keptEdits: merged.keptEdits };
      if (merged.keptEdits.length) notes.push({ serviceId: id, name: data.name, note: `Kept the changes made here to ${merged.keptEdits.join(', ')}; the feed's new values were not used.` });
    }
    taken.add(id);
    if (replaces) updatedIds.add(id);
    duplicates.add(`record ${index + 1} (${feedId})`, data);
    services.push({ id, data, updates: replaces !== undefined, feedId, ...(changes ? { changes } : {}) });
    for (const note of mapped.notes) notes.push({ serviceId: id, name: data.name, note });
  };

  // Each record, and its row in the review file (review.ts).
  const kindsOptions = options.kinds ?? { rules: defaultImportRules() };
  const review: ReviewRow[] = [];
  reading.records.forEach((record, index) => {
    const before = { services: services.length, skipped: skippedRecords.length };
    last.kinds = undefined as KindsChoice | undefined;
    importRecord(record, index);
    const imported = services.length > before.services ? services[services.length - 1] : undefined;
    const skipped = skippedRecords.length > before.skipped ? skippedRecords[skippedRecords.length - 1] : undefined;
    const name = imported?.data.name ?? skipped?.name ?? '';
    const kinds = imported?.data.kinds ?? last.kinds?.kinds ?? [];
    const why = [
      last.kinds?.why,
      skipped && last.kinds?.ok !== false ? `not imported: ${skipped.reason}` : undefined,
      imported?.data.review ? 'imported for review: not shown until kinds are added' : undefined,
    ];
    review.push({ id: imported?.feedId ?? skipped?.feedId ?? `record ${index + 1}`, name, kinds, why: why.filter(Boolean).join('; '), imported: imported !== undefined });
  });

  // Listings from this feed that this file no longer has (only known when the file is the whole feed).
  const wholeFeed = !reading.paging || reading.paging.pages <= 1;
  const goneFromFeed = wholeFeed
    ? knownServices
        .filter((service) => !updatedIds.has(service.id) && service.data.imported && sourceOf(service, options.feedName, provenance.checkedBy) === 'this feed')
        .map((service) => fileOf(service.id))
    : [];

  // Only the organisations and areas that an imported listing uses.
  const usedOrganisations = new Set(services.map((service) => service.data.organisation));
  const usedAreas = new Set(services.flatMap((service) => [...(service.data.locations ?? []).map((place) => place.area), ...(service.data.areasServed ?? [])]));
  const newOrganisations = organisations.created.filter((org) => usedOrganisations.has(org.id));
  const newAreas = areas.created.filter((area) => usedAreas.has(area.id));

  return {
    services,
    review,
    organisations: newOrganisations,
    areas: newAreas,
    report: {
      feedName: options.feedName,
      format: reading.format,
      warnings: feedWarnings(reading),
      found: reading.records.length,
      imported: services.length,
      updated: services.filter((service) => service.updates).length,
      skipped: skippedRecords.length,
      skippedRecords,
      notes,
      goneFromFeed,
      newOrganisations: newOrganisations.map((org) => org.id),
      newAreas: newAreas.map((area) => area.id),
    },
  };
}
