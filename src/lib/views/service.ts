/**
 * What a listing's own page shows (/services/<id>/): where it sits in the site, whether it is
 * closed, where to go, the facts about the help, the text message to send, and how to report a
 * problem. The page file only lays these out.
 */
import type { Cost } from '../../schemas/service.ts';
import type { Site } from '../../schemas/site.ts';
import { formatLongDate } from '../dates.ts';
import { smsLink, textMessageBody } from '../directory/listing.ts';
import { listingFreshness } from '../freshness.ts';
import { newIssueUrl } from '../links.ts';
import { findHelpSlug, routes } from '../routes.ts';
import { accessModes, audiences, costTypes, kindsOfHelp, languages, serviceStatuses, specificSupport, supportModes } from '../vocabulary/index.ts';
import type { Crumb, ViewDirectory, ViewService } from './shared.ts';

/** One fact about the help: "Cost: Free". */
export interface Fact {
  readonly term: string;
  readonly detail: string;
}

export interface ServiceView {
  readonly breadcrumbs: Crumb[];
  /** Why the service is not listed as available, for a service that is closed. */
  readonly closed: string | undefined;
  /** For help with no place to visit: how people get it and which areas it covers. */
  readonly noPlace: string | undefined;
  /** The kinds of help it gives, each linked to its list when there is one. */
  readonly kinds: readonly { readonly label: string; readonly path: string | undefined }[];
  /** The other facts, in the order the page lists them. */
  readonly facts: readonly Fact[];
  /** A link that opens a text message with the service's details and this page's address. */
  readonly textMessage: string;
  /** A new issue in the repository about this listing, filled in. */
  readonly reportUrl: string;
  /** An email to the team about this listing, filled in. */
  readonly reportEmail: string;
  /** Over a year since anyone checked the details, or nobody here has checked them yet: the page warns people to phone first. */
  readonly outOfDate: boolean;
  /** For an imported listing nobody here has checked yet: "Imported from <feed> on <date>. Nobody here has checked it yet." */
  readonly notYetChecked: string | undefined;
  readonly lastChecked: string;
}

export interface ServiceViewContext {
  readonly directory: Pick<ViewDirectory, 'areas' | 'areaName' | 'listTotals'>;
  readonly site: Pick<Site, 'area' | 'repository' | 'operator'>;
  /** The full web address of this page, for the text message and the problem report. */
  readonly pageUrl: string;
  /** Today's date, as YYYY-MM-DD. */
  readonly today: string;
}

export function serviceView(service: ViewService, { directory, site, pageUrl, today }: ServiceViewContext): ServiceView {
  const s = service.data;
  const hasList = (kind: string) => directory.listTotals.has(findHelpSlug({ kind }));
  const firstKind = s.kinds[0];
  const areaNames = service.areas.map(directory.areaName);
  const subject = `Problem with a listing: ${s.name}`;
  return {
    breadcrumbs: [
      { label: 'Find free help', path: routes.findHelp() },
      ...(firstKind !== undefined && hasList(firstKind) ? [{ label: kindsOfHelp.label(firstKind), path: routes.findHelp({ kind: firstKind }) }] : []),
    ],
    closed: s.status === 'active' ? undefined : s.status === 'inactive' ? 'This service has closed.' : 'This service is closed for now.',
    noPlace:
      s.locations && s.locations.length > 0
        ? undefined
        : s.areaNotKnown
          ? 'Where: not known. The directory this came from did not say where the help is given or which areas it covers. Ask them where to go, and whether they help where you live.'
          : `${
              s.imported && !s.supportModes.includes('remote')
                ? 'The directory this came from gave no address. Ask them where to go.'
                : `There is no place to visit. You get this help ${s.supportModes.includes('remote') ? 'by phone or online' : 'where you are'}.`
            } It covers ${areaNames.length === directory.areas.length ? `all of ${site.area}` : areaNames.join(', ')}.`,
    kinds: s.kinds.map((kind) => ({ label: kindsOfHelp.label(kind), path: hasList(kind) ? routes.findHelp({ kind }) : undefined })),
    facts: [
      { term: 'How help is given', detail: s.supportModes.map((m) => supportModes.label(m)).join(', ') },
      { term: 'How to get it', detail: s.accessModes.includes('ask-how') ? 'Not known. Ask them how to start.' : s.accessModes.map((m) => accessModes.label(m)).join(', ') },
      { term: 'Cost', detail: costInWords(s.cost) },
      { term: 'Who it is for', detail: s.audiences.map((a) => audiences.label(a)).join(', ') },
      ...(s.eligibility ? [{ term: 'Who can use it', detail: s.eligibility }] : []),
      ...(s.minimumAge !== undefined || s.maximumAge !== undefined ? [{ term: 'Ages', detail: ages(s.minimumAge, s.maximumAge) }] : []),
      ...(s.specificSupport && s.specificSupport.length > 0 ? [{ term: 'Specific support', detail: s.specificSupport.map((x) => specificSupport.label(x)).join(', ') }] : []),
      { term: 'Languages', detail: s.languages.map((l) => languages.label(l)).join(', ') },
      { term: 'Status', detail: serviceStatuses.label(s.status) },
    ],
    textMessage: smsLink(textMessageBody(s, pageUrl)),
    reportUrl: newIssueUrl(
      site.repository,
      subject,
      `Listing: ${pageUrl}\nFile: ${service.file}\n\nWhat is wrong? (for example the phone number, address or opening times)\n\n\nWhat should it say instead, if you know?\n`,
    ),
    reportEmail: `mailto:${site.operator.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(`Listing: ${pageUrl}\n\nWhat is wrong?\n\n`)}`,
    outOfDate: listingFreshness(s, today) === 'out-of-date',
    notYetChecked: s.imported?.notYetChecked ? `Imported from ${s.imported.feed} on ${formatLongDate(s.imported.on)}. Nobody here has checked it yet.` : undefined,
    lastChecked: formatLongDate(s.lastChecked),
  };
}

/** The cost in words: "Free", "There is a cost. £2 a session", "Not known. Ask when you get in touch." */
export function costInWords(cost: Cost): string {
  const type = cost.type === 'not-known' ? 'Not known. Ask when you get in touch.' : costTypes.label(cost.type);
  if (!cost.description) return type;
  return cost.type === 'not-known' ? `${type} ${cost.description}` : `${type}. ${cost.description}`;
}

/** The ages a service is for: "16 to 25", "60 and over", "Up to 18". */
function ages(minimum: number | undefined, maximum: number | undefined): string {
  if (minimum !== undefined && maximum !== undefined) return `${minimum} to ${maximum}`;
  return minimum !== undefined ? `${minimum} and over` : `Up to ${maximum}`;
}
