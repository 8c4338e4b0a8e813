/**
 * What a listing's own page shows (/services/<id>/): where it sits in the site, whether it is
 * closed, where to go, the facts about the help, the text message to send, and how to report a
 * problem. The page file only lays these out.
 */
import { hoursWords } from '../i18n/hours-words.ts';
import type { Cost } from '../../schemas/service.ts';
import type { Site } from '../../schemas/site.ts';
import { formatLongDate } from '../dates.ts';
import { formatDate } from '../i18n/formats.ts';
import { termLabel } from '../i18n/terms.ts';
import { translatedField, type FieldText } from '../i18n/translated-fields.ts';
import { translator, type Translator } from '../i18n/translate.ts';
import { smsLink, textMessageBody } from '../directory/listing.ts';
import { listingFreshness } from '../freshness.ts';
import { newIssueUrl } from '../links.ts';
import { findHelpSlug, routes } from '../routes.ts';
import type { Crumb, ViewDirectory, ViewService } from './shared.ts';

/** One fact about the help: "Cost: Free". */
export interface Fact {
  readonly term: string;
  readonly detail: string;
  /**
   * Words from the listing shown after the detail, when they are in another language than the
   * page (English on a Welsh page, or a translation): the page marks their language. On an
   * English page they are part of the detail.
   */
  readonly content?: FieldText;
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
  /** The listing's own words in the page's language, or in English where they are not translated yet. */
  readonly summary: FieldText;
  readonly description: FieldText;
  readonly howToRefer: FieldText | undefined;
}

export interface ServiceViewContext {
  readonly directory: Pick<ViewDirectory, 'areas' | 'areaName' | 'listTotals'>;
  readonly site: Pick<Site, 'area' | 'repository' | 'operator'>;
  /** The full web address of this page, for the text message and the problem report. */
  readonly pageUrl: string;
  /** Today's date, as YYYY-MM-DD. */
  readonly today: string;
  /** The words of the page's language (English when not given). */
  readonly t?: Translator;
}

export function serviceView(service: ViewService, { directory, site, pageUrl, today, t = translator('en') }: ServiceViewContext): ServiceView {
  const s = service.data;
  const code = t.language.code;
  const labels = (list: Parameters<typeof termLabel>[1], ids: readonly string[]) => ids.map((id) => termLabel(t, list, id)).join(', ');
  const date = (isoDate: string) => (code === 'en' ? formatLongDate(isoDate) : formatDate(code, isoDate));
  const eligibility = translatedField(s.translations, code, 'eligibility', s.eligibility);
  const hasList = (kind: string) => directory.listTotals.has(findHelpSlug({ kind }));
  const firstKind = s.kinds[0];
  const areaNames = service.areas.map(directory.areaName);
  const subject = `Problem with a listing: ${s.name}`; // to the site's team, who work in English
  return {
    breadcrumbs: [
      { label: t('layout.nav.findHelp'), path: routes.findHelp() },
      ...(firstKind !== undefined && hasList(firstKind) ? [{ label: termLabel(t, 'kindsOfHelp', firstKind), path: routes.findHelp({ kind: firstKind }) }] : []),
    ],
    closed: s.status === 'active' ? undefined : s.status === 'inactive' ? t('service.closed.inactive') : t('service.closed.temporarily'),
    noPlace:
      s.locations && s.locations.length > 0
        ? undefined
        : s.areaNotKnown
          ? t('service.noPlace.notKnown')
          : `${
              s.imported && !s.supportModes.includes('remote')
                ? t('service.noPlace.noAddress')
                : t('service.noPlace.nothingToVisit', { how: s.supportModes.includes('remote') ? t('service.noPlace.remote') : t('service.noPlace.whereYouAre') })
            } ${t('service.noPlace.covers', { areas: areaNames.length === directory.areas.length ? t('service.noPlace.allOf', { area: site.area }) : areaNames.join(', ') })}`,
    kinds: s.kinds.map((kind) => ({ label: termLabel(t, 'kindsOfHelp', kind), path: hasList(kind) ? routes.findHelp({ kind }) : undefined })),
    facts: [
      { term: t('service.facts.supportModes'), detail: labels('supportModes', s.supportModes) },
      { term: t('service.facts.accessModes'), detail: s.accessModes.includes('ask-how') ? t('service.facts.askHow') : labels('accessModes', s.accessModes) },
      costFact(s.cost, t),
      { term: t('service.facts.audiences'), detail: labels('audiences', s.audiences) },
      ...(eligibility ? [contentFact(t('service.facts.eligibility'), eligibility, code)] : []),
      ...(s.minimumAge !== undefined || s.maximumAge !== undefined ? [{ term: t('service.facts.ages'), detail: ages(s.minimumAge, s.maximumAge, t) }] : []),
      ...(s.specificSupport && s.specificSupport.length > 0 ? [{ term: t('service.facts.specificSupport'), detail: labels('specificSupport', s.specificSupport) }] : []),
      { term: t('service.facts.languages'), detail: labels('languages', s.languages) },
      { term: t('service.facts.status'), detail: termLabel(t, 'serviceStatuses', s.status) },
    ],
    textMessage: smsLink(
      textMessageBody(s, pageUrl, {
        phone: t('service.sms.phone'),
        address: t('service.sms.address'),
        open: t('service.sms.open'),
        places: (count) => t.plural('service.sms.places', count),
        more: t('service.sms.more'),
        hours: hoursWords(t),
      }),
    ),
    reportUrl: newIssueUrl(
      site.repository,
      subject,
      `Listing: ${pageUrl}\nFile: ${service.file}\n\nWhat is wrong? (for example the phone number, address or opening times)\n\n\nWhat should it say instead, if you know?\n`,
    ),
    reportEmail: `mailto:${site.operator.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(`Listing: ${pageUrl}\n\nWhat is wrong?\n\n`)}`,
    outOfDate: listingFreshness(s, today) === 'out-of-date',
    notYetChecked: s.imported?.notYetChecked ? t('service.checked.imported', { feed: s.imported.feed, date: date(s.imported.on) }) : undefined,
    lastChecked: date(s.lastChecked),
    summary: translatedField(s.translations, code, 'summary', s.summary)!,
    description: translatedField(s.translations, code, 'description', s.description)!,
    howToRefer: translatedField(s.translations, code, 'howToRefer', s.howToRefer),
  };
}

/** A fact whose detail is the listing's own words: on a page in another language than the words, they are kept apart so the page can mark their language. */
function contentFact(term: string, content: FieldText, code: string): Fact {
  return content.lang === code && content.status === undefined ? { term, detail: content.text } : { term, detail: '', content };
}

/** The cost: its type in the page's words, and the listing's own words about it. */
function costFact(cost: Cost, t: Translator): Fact {
  const term = t('service.facts.cost');
  if (t.language.code === 'en' || !cost.description) return { term, detail: costInWords(cost, t) };
  const type = cost.type === 'not-known' ? t('service.facts.costNotKnown') : `${termLabel(t, 'costTypes', cost.type)}.`;
  return { term, detail: type, content: { text: cost.description, lang: 'en', translated: false, status: undefined } };
}

/** The cost in words: "Free", "There is a cost. £2 a session", "Not known. Ask when you get in touch." */
export function costInWords(cost: Cost, t: Translator = translator('en')): string {
  const type = cost.type === 'not-known' ? t('service.facts.costNotKnown') : termLabel(t, 'costTypes', cost.type);
  if (!cost.description) return type;
  return cost.type === 'not-known' ? `${type} ${cost.description}` : `${type}. ${cost.description}`;
}

/** The ages a service is for: "16 to 25", "60 and over", "Up to 18". */
function ages(minimum: number | undefined, maximum: number | undefined, t: Translator): string {
  if (minimum !== undefined && maximum !== undefined) return t('service.facts.agesBetween', { minimum, maximum });
  return minimum !== undefined ? t('service.facts.agesFrom', { minimum }) : t('service.facts.agesUpTo', { maximum: maximum! });
}
