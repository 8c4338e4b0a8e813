/**
 * One service from another directory as one of our listings, or the reason it cannot be one.
 * Every listing it returns has passed our service schema, so an import never writes an invalid file.
 */
import { serviceSchema, type Service } from '../../schemas/service.ts';
import { email as emailField } from '../../schemas/fields.ts';
import { isIsoDate } from '../formats.ts';
import type { AccessModeId, AudienceId, KindOfHelpId, LanguageId, Term, Vocabulary } from '../vocabulary/index.ts';
import { SAMPLE_ALERT, SUMMARY_MAX } from './conventions.ts';
import { readCost } from './cost.ts';
import type { AreaFinder } from './areas.ts';
import type { FeedService } from './feed-service.ts';
import { guessAccessModes, guessSupportModes } from './infer.ts';
import { defaultImportRules } from './import-rules.ts';
import { chooseKinds, orOneToOne, type KindsChoice, type KindsOptions, type OfficerDecision } from './kinds-choice.ts';
import { languageCode } from './language-codes.ts';
import type { OrganisationFinder } from './organisations.ts';
import { contactsInText } from './contacts-in-text.ts';
import { cannotBeCalled, looksLikeTextPhone, readUkPhone, readUkTextPhone } from './phones.ts';
import { readPlaces } from './places.ts';
import { num, webAddress } from './read-fields.ts';
import {
  isOurTaxonomy,
  LISTING_CHECKS_TAXONOMY,
  NOT_YET_CHECKED_TERM,
  ON_BENEFITS_TERM,
  RESIDENTS_ONLY_TERM,
  SERVICE_TAXONOMIES,
  TENANTS_OF_PREFIX,
  WHO_CAN_USE_TAXONOMY,
  type TaxonomyField,
} from './taxonomies.ts';
import { fitText, plainText, splitSummary } from './text.ts';
import { fitDescription, htmlToMarkdown, summaryAndDescription, textAsMarkdown } from './html-to-markdown.ts';

/** What every service of one import shares. */
export interface MappingContext {
  readonly areas: AreaFinder;
  readonly organisations: OrganisationFinder;
  /** checkedBy, source and licence for every imported listing. */
  readonly provenance: { readonly checkedBy: string; readonly source: string; readonly licence: string };
  /** Today, YYYY-MM-DD: the day of the import, written as the date of a listing whose feed gives none (marked not yet checked). */
  readonly today: string;
  /** The feed's name, for a listing nobody here has checked yet (`imported.feed`). Default: the source in provenance. */
  readonly feedName?: string;
  /** Kinds of help (kinds-choice.ts): the rules, and whether to import records with none for review. Default: the project's content/import-rules.yaml. */
  readonly kinds?: KindsOptions;
  /** Told the kinds of help found for each record, even one skipped later for another reason (for the review file). */
  readonly onKinds?: (choice: KindsChoice) => void;
}

/** `kinds` says which kinds of help were found and why, once the mapping got that far (for the review file). */
export type MappedService =
  | { readonly ok: true; readonly data: Service; readonly notes: string[]; readonly kinds?: KindsChoice }
  | { readonly ok: false; readonly reason: string; readonly kinds?: KindsChoice; readonly group?: string };

/** Open Referral's statuses, and the plain words some feeds use instead. */
const STATUSES: Record<string, Service['status']> = {
  active: 'active',
  open: 'active',
  inactive: 'inactive',
  defunct: 'inactive',
  closed: 'inactive',
  suspended: 'temporarily-closed',
  'temporarily closed': 'temporarily-closed',
  'temporarily-closed': 'temporarily-closed',
  temporarily_closed: 'temporarily-closed',
};

/** A date from "2026-03-01" or "2026-03-01T10:30:45.123Z", or undefined. */
function dateOf(value: string): string | undefined {
  const date = value.trim().slice(0, 10);
  return isIsoDate(date) ? date : undefined;
}

/** The terms of one of our taxonomies that a service carries, in order, without repeats. */
function ourTerms(feed: FeedService, field: TaxonomyField): string[] {
  const { taxonomy, vocabulary } = SERVICE_TAXONOMIES[field];
  const ids = feed.terms.filter((term) => term.taxonomy === taxonomy && (vocabulary as Vocabulary<Term>).has(term.term)).map((term) => term.term);
  return [...new Set(ids)];
}

/** The `whoCanUse` rules a service carries in our who-can-use taxonomy, or undefined if none. */
function whoCanUseOf(feed: FeedService): Service['whoCanUse'] {
  const terms = new Set(feed.terms.filter((term) => term.taxonomy === WHO_CAN_USE_TAXONOMY).map((term) => term.term));
  const tenantsOf = [...terms].filter((term) => term.startsWith(TENANTS_OF_PREFIX)).map((term) => term.slice(TENANTS_OF_PREFIX.length));
  const rules = {
    ...(tenantsOf.length ? { tenantsOf } : {}),
    ...(terms.has(RESIDENTS_ONLY_TERM.id) ? { residentsOnly: true as const } : {}),
    ...(terms.has(ON_BENEFITS_TERM.id) ? { onBenefits: true as const } : {}),
  };
  return Object.keys(rules).length ? rules : undefined;
}

/** A plain reason for the first problem the schema found (a safety net: the checks above should catch everything). */
function schemaReason(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0]!;
  return `${issue.path.length ? `${issue.path.join(' › ')}: ` : ''}It did not pass our checks: ${issue.message}`;
}

/**
 * Maps one service. Skipped, with the reason, when it has no name, an unknown status, no
 * organisation, no kind of digital help, or no way for people to reach it.
 */
export function feedServiceToService(feed: FeedService, context: MappingContext, externalId: string | undefined, decision?: OfficerDecision): MappedService {
  const notes: string[] = [];
  if (!feed.name) return { ok: false, reason: 'name: It has no name.' };

  const statusText = feed.status.trim().toLowerCase();
  const status = statusText ? (Object.hasOwn(STATUSES, statusText) ? STATUSES[statusText] : undefined) : 'active';
  if (!status) return { ok: false, reason: `status: Its status "${feed.status}" is not one we know (active, inactive, defunct or temporarily closed), so we cannot tell people whether it is open.` };
  if (!statusText) notes.push('It gave no status: listed as active.');

  const fromOurExport = feed.terms.some((term) => isOurTaxonomy(term.taxonomy));
  // The words people read (descriptions arrive with their HTML: tags and link addresses are not words).
  const words = [feed.name, plainText(feed.description), ...feed.terms.map((term) => term.name)].join('\n');
  // Kinds of help (kinds-choice.ts and classify.ts): our own terms, an officer's decision, then the rules.
  const kindsChoice = chooseKinds(feed, ourTerms(feed, 'kinds') as KindOfHelpId[], context.kinds ?? { rules: defaultImportRules() }, decision);
  context.onKinds?.(kindsChoice);
  if (!kindsChoice.ok) return { ok: false, reason: kindsChoice.reason, kinds: kindsChoice, group: 'not digital help' };
  const kinds = kindsChoice.kinds;

  const organisationMatch = context.organisations.find(feed);
  if (!organisationMatch.ok) return { ok: false, reason: `organization: ${organisationMatch.reason}` };
  const organisation = organisationMatch.id;
  notes.push(...organisationMatch.notes);

  // Ways to get in touch.
  let phone: string | undefined;
  let textPhone: string | undefined;
  for (const item of feed.phones) {
    if (!item.number) continue;
    if (cannotBeCalled(item.description, item.type)) {
      notes.push(`Left out the number ${item.number}: it is a ${item.type || item.description} number, not one people can call.`);
      continue;
    }
    const isText = looksLikeTextPhone(item.number, item.description, item.type);
    const reading = isText ? readUkTextPhone(item.number) : readUkPhone(item.number);
    if (!reading.ok) {
      notes.push(`Left out the phone number "${item.number}": it is not a UK number we recognise.`);
      continue;
    }
    if (isText ? textPhone : phone) {
      notes.push(`Left out the extra ${isText ? 'textphone' : 'phone'} number ${reading.number}: a listing has one.`);
      continue;
    }
    if (reading.changed) notes.push(`Wrote the phone number "${item.number}" as "${reading.number}".`);
    if (isText) textPhone = reading.number;
    else phone = reading.number;
  }
  let email: string | undefined = feed.email || undefined;
  if (email && !emailField().safeParse(email).success) {
    notes.push(`Left out the email address "${email}": it is not a valid email address.`);
    email = undefined;
  }
  let website = feed.url ? webAddress(feed.url) : undefined;
  if (feed.url && !website) notes.push(`Left out the web address "${feed.url}": it is not a web page address (https://...).`);
  // No way to get in touch in the feed's fields: the description often says (contacts-in-text.ts),
  // and failing that the organisation's own website reaches the people who run it.
  if (!phone && !email && !website) {
    const found = contactsInText(feed.description);
    phone = found.phone;
    email = found.email;
    website = found.website;
    const taken = [found.phone && `the phone number ${found.phone}`, found.email && `the email address ${found.email}`, found.website && `the web address ${found.website}`].filter(Boolean);
    if (taken.length) notes.push(`Its contact fields were empty: took ${taken.join(', ')} from its description. Check ${taken.length === 1 ? 'it' : 'them'}.`);
    else {
      const organisationSite = webAddress(feed.organisation.website);
      if (organisationSite) {
        website = organisationSite;
        notes.push(`It gave no way to get in touch: used the website of the organisation that runs it (${organisationSite}). Find the service's own phone number or page.`);
      }
    }
  }

  const places = readPlaces(feed.places, feed.schedules, context.areas);
  notes.push(...places.notes);
  if (!phone && !email && !website) return { ok: false, reason: 'phones, email, url: It gives no phone number, email address or website that we could use, so people could not get in touch.' };
  if (places.locations.length === 0 && !phone && !website) {
    return {
      ok: false,
      reason: feed.places.length
        ? 'locations: None of its places has a valid UK postcode, a street and a town, and it has no phone number or website, so people could not find or reach it.'
        : 'locations, phones, url: It has no place to visit, phone number or website, so people could not reach it.',
    };
  }

  // Areas served from a distance. With no place and no service area we know, the area is not known:
  // the listing is not shown in every area (as a listing written here without areas would be).
  const areasServed: string[] = [];
  let everywhere = false;
  for (const name of feed.serviceAreas) {
    const area = context.areas.forServiceArea(name);
    if (area === undefined) notes.push(`Left out the service area "${fitText(name, 60).text}": it is not the name of an area.`);
    else if (area === 'everywhere') everywhere = true;
    else if (!areasServed.includes(area)) areasServed.push(area);
  }
  const areaNotKnown = places.locations.length === 0 && areasServed.length === 0 && !everywhere;
  if (areaNotKnown && !feed.terms.some((term) => isOurTaxonomy(term.taxonomy))) {
    notes.push('It gave no place and no service area we know: listed under "Area not known", not in any area. Find out where it helps, then add areasServed (or locations) and remove areaNotKnown.');
  }

  // Text.
  const name = fitText(feed.name, 100);
  if (name.cut) notes.push(`Shortened its name to 100 characters (it was "${feed.name}").`);
  // The description becomes Markdown (html-to-markdown.ts); the summary is its first real sentence.
  // Our own export writes the summary as the first paragraph, so that one is read back as written.
  const markdown = feed.description ? htmlToMarkdown(feed.description) : '';
  let summary: string | undefined;
  let description: string;
  if (markdown) {
    ({ summary, description } = fromOurExport ? splitSummary(markdown, SUMMARY_MAX) : summaryAndDescription(markdown, SUMMARY_MAX));
    if (summary === undefined) notes.push('Its description has no full sentence to use as the summary: its name is used instead. Write a summary.');
  } else {
    description = textAsMarkdown(name.text);
    notes.push('It had no description: its name is used instead. Add a description.');
  }
  summary ??= fitText(name.text, SUMMARY_MAX).text;
  if (feed.alert && feed.alert !== SAMPLE_ALERT) {
    description = `${description}\n\nPlease note: ${textAsMarkdown(feed.alert)}`;
    notes.push(`Added its alert to the description: "${fitText(feed.alert, 80).text}". Remove it when it is out of date.`);
  }
  const descriptionMax = serviceSchema.shape.description.maxLength ?? 2000;
  const fullDescriptionAt = website ? { name: new URL(website).hostname, url: website } : undefined;
  const fittedDescription = fitDescription(description, descriptionMax, fullDescriptionAt);
  if (fittedDescription.cut) {
    const withLink = fullDescriptionAt ? ', with a link to the full description on its website' : '';
    notes.push(`Shortened its description to ${descriptionMax.toLocaleString('en-GB')} characters, at the end of a sentence${withLink}.`);
  }

  // Lists.
  const supportModes = ourTerms(feed, 'supportModes');
  const audiences = ourTerms(feed, 'audiences') as AudienceId[];
  const specificSupport = ourTerms(feed, 'specificSupport');
  const languages: LanguageId[] = [];
  for (const language of feed.languages) {
    const code = languageCode(language);
    if (!code) notes.push(`Left out the language "${language}": it is not in our list of languages.`);
    else if (!languages.includes(code)) languages.push(code);
  }

  // Ages.
  let minimumAge = num(feed.minimumAge);
  let maximumAge = num(feed.maximumAge);
  const age = (value: number | undefined) => value === undefined || (Number.isInteger(value) && value >= 0 && value <= 120);
  if (!age(minimumAge) || !age(maximumAge) || (minimumAge !== undefined && maximumAge !== undefined && minimumAge > maximumAge)) {
    notes.push(`Left out its ages (${feed.minimumAge ?? '-'} to ${feed.maximumAge ?? '-'}): they are not whole numbers from 0 to 120 with the youngest first.`);
    minimumAge = undefined;
    maximumAge = undefined;
  }
  if (!fromOurExport && audiences.length === 0) {
    if (minimumAge !== undefined && minimumAge >= 50) audiences.push('older-people');
    else if (maximumAge !== undefined && maximumAge <= 25) audiences.push('young-people');
    else audiences.push('everyone');
  }

  // Who can use it: kept only beside the words that say so (eligibility), as our schema asks.
  let whoCanUse = whoCanUseOf(feed);
  if (whoCanUse && !feed.eligibility) {
    notes.push('Left out its who-can-use rules: it gives no eligibility description to show people. Add eligibility in words, then whoCanUse.');
    whoCanUse = undefined;
  }

  const cost = readCost(feed.costs, feed.fees, ourTerms(feed, 'cost')[0] as Service['cost']['type'] | undefined, 200);
  if (cost.unknown === 'nothing') notes.push('It did not say what it costs: listed as "cost not known" (people are told to ask). Find out the cost and set cost.type.');
  if (cost.unknown === 'unclear')
    notes.push(`Its cost ("${fitText(cost.cost.description ?? '', 80).text}") does not say whether it is free: listed as "cost not known". Find out the cost and set cost.type.`);

  let accessModes = ourTerms(feed, 'accessModes') as AccessModeId[];
  if (accessModes.length === 0) accessModes = guessAccessModes(words, feed.attendingAccess);
  if (accessModes.includes('ask-how') && !fromOurExport) {
    notes.push('It did not say how people start (drop in, book, phone first or a referral): listed as "ask them how to start". Find out and set accessModes.');
  }

  // The feed's own date if it gives one; else the day of the import, marked as not yet checked here.
  // Our own export says so with a term (its last_modified is then the day it was first imported).
  const exportedNotYetChecked = feed.terms.some((term) => term.taxonomy === LISTING_CHECKS_TAXONOMY && term.term === NOT_YET_CHECKED_TERM.id);
  let lastChecked = dateOf(feed.assuredDate) ?? dateOf(feed.lastModified);
  const future = lastChecked !== undefined && lastChecked > context.today;
  if (future) {
    notes.push(
      `Its last checked date ${lastChecked} is in the future: dated the day of the import instead and marked as not yet checked. Check the details, then set lastChecked and remove notYetChecked.`,
    );
  } else if (lastChecked === undefined) {
    notes.push(
      'It gave no date it was checked or changed: dated the day of the import and marked as not yet checked (its page says so). Check the details, then set lastChecked and remove notYetChecked.',
    );
  }
  const notYetChecked = lastChecked === undefined || future || exportedNotYetChecked;
  if (lastChecked === undefined || future) lastChecked = context.today;

  const candidate = {
    name: name.text,
    organisation,
    status,
    summary,
    description: fittedDescription.text,
    kinds,
    review: kindsChoice.ok ? kindsChoice.review : undefined,
    supportModes: supportModes.length ? supportModes : orOneToOne(guessSupportModes(kinds, feed.attendingType)),
    accessModes,
    cost: cost.cost,
    audiences: audiences.length ? audiences : ['everyone'],
    specificSupport: specificSupport.length ? specificSupport : undefined,
    languages: languages.length ? languages : ['en'],
    eligibility: feed.eligibility ? fitText(feed.eligibility, 300).text : undefined,
    minimumAge,
    maximumAge,
    whoCanUse,
    locations: places.locations.length ? places.locations : undefined,
    areasServed: areasServed.length ? areasServed : undefined,
    areaNotKnown: areaNotKnown ? (true as const) : undefined,
    phone,
    textPhone,
    email,
    website,
    howToRefer: feed.applicationProcess ? fitText(feed.applicationProcess, 500).text : undefined,
    lastChecked: lastChecked ?? context.today,
    checkedBy: context.provenance.checkedBy,
    source: context.provenance.source,
    licence: context.provenance.licence,
    sample: feed.alert === SAMPLE_ALERT ? true : undefined,
    externalId,
    imported: notYetChecked ? { feed: fitText(context.feedName ?? context.provenance.source, 120).text, on: context.today, notYetChecked: true as const } : undefined,
  };
  const data = Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined));
  const checked = serviceSchema.safeParse(data);
  if (!checked.success) return { ok: false, reason: schemaReason(checked.error), kinds: kindsChoice };
  return { ok: true, data: checked.data, notes, kinds: kindsChoice };
}
