/**
 * The referral card: for each need the person has, most urgent first, at most three places that
 * give exactly the kinds of help that need maps to (content/triage/needs.yaml), that the person
 * can use (their age, landlord, where they live, benefits), in their own area first; then the
 * national help for that need. Also the card as a text message of at most three segments.
 *
 * Plain data in, plain data out: the triage page renders it, and it runs in the browser.
 */
import { kindsOfHelp, type KindOfHelpId } from '../vocabulary/kinds-of-help.ts';
import { needs as needTerms, type BarrierId, type NeedId } from '../vocabulary/triage-terms.ts';
import type { TriageNeedRule } from '../triage/engine.ts';
import { checkEligibility, describeUnknown, hasEligibilityRules, type EligibilityFact, type WhoCanUse } from '../triage/eligibility.ts';
import { urgencies, type PersonFacts, type UrgencyId } from '../triage/facts.ts';
import { countSmsSegments, fitSmsEntries, toGsmLetters, toGsmText, type SmsEntry } from '../sms.ts';
import { describeOpeningHours, timeInLocale, type Hours } from '../directory/opening-hours.ts';
import { cardText, type CardWords } from '../referral/card-words.ts';

/** How many places the card names for one need. */
export const PLACES_PER_NEED = 3;

/**
 * How many places the whole card names, so it fits on one side of A4: the least urgent needs give
 * way. It counts places, not lines: the browser tests print the longest card of the fixture site
 * (every need, in the area with the most places) and fail if it takes two pages. At 12, a sixth
 * Riverside place with its hours took the card one line over.
 */
export const PLACES_ON_CARD = 11;

/** How many segments the text message may take. */
export const SMS_SEGMENTS = 3;

/** A service as the card needs it (the triage tool fetches these for one area). */
export interface ReferralService {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly phone?: string;
  readonly kinds: readonly KindOfHelpId[];
  readonly minimumAge?: number;
  readonly maximumAge?: number;
  readonly whoCanUse?: WhoCanUse;
  readonly eligibility?: string;
  /** Where help is given, with the area each place is in and when it is open, in words. */
  readonly places: readonly { readonly name: string; readonly area: string; readonly when?: string; /** The opening hours, to say them in another language. */ readonly hours?: readonly Hours[] }[];
  /** Every area it serves: where its places are, and where it reaches by phone, online or at home. */
  readonly areas: readonly string[];
}

/** National help (content/national-help.yaml), as the card needs it. */
export interface ReferralNationalHelp {
  readonly id: string;
  readonly name: string;
  readonly link: string;
  readonly phone?: string;
  readonly needs?: readonly NeedId[];
  readonly barriers?: readonly BarrierId[];
}

export interface ReferralRequest {
  readonly area: string;
  readonly areaName: string;
  readonly facts: PersonFacts;
  readonly needs: readonly { readonly need: NeedId; readonly urgency: UrgencyId }[];
}

export interface CardPlace {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly phone?: string;
  /** The kinds of help it gives for this need, in words. */
  readonly kinds: readonly string[];
  /** The place in the person's area, if it has one there. */
  readonly where?: string;
  readonly when?: string;
  /** "Check who can use it: …", when it depends on something the champion did not ask, or the listing has no rules. */
  readonly check?: string;
}

export interface CardNeed {
  readonly need: NeedId;
  readonly label: string;
  readonly urgency: UrgencyId;
  readonly urgencyLabel: string;
  /** What the champion can say: for the screen only, never printed or sent. */
  readonly say: string;
  readonly skills: TriageNeedRule['skills'];
  /** The kinds of help this need maps to, for a link to the full lists. */
  readonly kinds: readonly KindOfHelpId[];
  readonly places: readonly CardPlace[];
  /** True when places that fit were left off to keep the card to one page. */
  readonly moreLeftOff: boolean;
  /** Places already named for a more urgent need that also meet this one (at most 3). */
  readonly seeAbove: readonly { readonly id: string; readonly name: string }[];
  readonly nationalHelp: readonly ReferralNationalHelp[];
}

export interface ReferralCardView {
  readonly area: string;
  readonly areaName: string;
  readonly needs: readonly CardNeed[];
}

export interface ReferralSources {
  readonly needRules: readonly TriageNeedRule[];
  readonly services: readonly ReferralService[];
  readonly nationalHelp: readonly ReferralNationalHelp[];
  /** Names for organisation ids and the site's area, for "check who can use it" notes. */
  readonly names?: { organisation?: (id: string) => string; siteArea?: string };
  /** The words of the person's language (./referral/card-words.ts); English, as written here, when not given. */
  readonly words?: CardWords;
}

/** What to check, in the card's language: "aged 18 or over; gets benefits" (describeUnknown says it in English). */
function unknownInWords(words: CardWords, rules: ReferralService, unknown: readonly EligibilityFact[], names: ReferralSources['names'] = {}): string {
  const organisation = names.organisation ?? ((id: string) => id);
  const { minimumAge: min, maximumAge: max } = rules;
  const said: Record<EligibilityFact, () => string> = {
    age: () =>
      min !== undefined && max !== undefined
        ? cardText(words, 'card.agedBetween', { min, max })
        : min !== undefined
          ? cardText(words, 'card.agedOver', { min })
          : cardText(words, 'card.agedUnder', { max: max ?? '' }),
    tenancy: () => cardText(words, 'card.rentsFrom', { organisations: (rules.whoCanUse?.tenantsOf ?? []).map(organisation).join(words.text['card.or']) }),
    residence: () => cardText(words, 'card.livesIn', { area: names.siteArea ?? words.text['card.theArea'] }),
    benefits: () => words.text['card.benefits'],
  };
  return unknown.map((fact) => said[fact]()).join('; ');
}

/** When a place is open, in the card's language (the area's file says it in English). */
function whenInWords(words: CardWords | undefined, place: ReferralService['places'][number]): string | undefined {
  if (!words || words.lang === 'en' || !place.hours?.length) return place.when;
  return describeOpeningHours(place.hours, { ...words.hours, time: (clock) => timeInLocale(words.locale, clock) }).join('; ');
}

const urgencyRank = (urgency: UrgencyId) => urgencies.ids.indexOf(urgency);
const needRank = (need: NeedId) => needTerms.ids.indexOf(need);

/** The card for one person: needs by urgency, places they can use, each place once. */
export function planReferrals(request: ReferralRequest, sources: ReferralSources): ReferralCardView {
  const rules = new Map(sources.needRules.map((rule) => [rule.need, rule]));
  const ordered = [...request.needs].sort((a, b) => urgencyRank(a.urgency) - urgencyRank(b.urgency) || needRank(a.need) - needRank(b.need));
  const usedPlaces = new Set<string>();
  const usedNational = new Set<string>();
  const needs = ordered.map(({ need, urgency }): CardNeed => {
    const rule = rules.get(need);
    const kinds = rule?.kinds ?? [];
    const fitting = sources.services
      .filter((service) => service.areas.includes(request.area))
      .map((service) => {
        const matching = kinds.filter((kind) => service.kinds.includes(kind));
        const place = service.places.find((p) => p.area === request.area);
        return { service, matching, place, eligibility: checkEligibility(service, request.facts) };
      })
      .filter((c) => c.matching.length > 0 && c.eligibility.verdict !== 'no')
      .sort(
        (a, b) =>
          Number(b.place !== undefined) - Number(a.place !== undefined) ||
          b.matching.length / b.service.kinds.length - a.matching.length / a.service.kinds.length ||
          a.service.name.localeCompare(b.service.name),
      );
    const seeAbove = fitting
      .filter((c) => usedPlaces.has(c.service.id))
      .slice(0, PLACES_PER_NEED)
      .map((c) => ({ id: c.service.id, name: c.service.name }));
    const unused = fitting.filter((c) => !usedPlaces.has(c.service.id));
    const room = Math.max(0, Math.min(PLACES_PER_NEED, PLACES_ON_CARD - usedPlaces.size));
    const candidates = unused.slice(0, room);
    const moreLeftOff = unused.length > room && room < PLACES_PER_NEED;
    const places = candidates.map(({ service, matching, place, eligibility }): CardPlace => {
      usedPlaces.add(service.id);
      const unruled = service.eligibility !== undefined && !hasEligibilityRules(service);
      // What to check, in a few words when it is a fact the champion did not tick; the listing's own words when it has no rules.
      const words = sources.words;
      const check =
        eligibility.verdict === 'check'
          ? words
            ? cardText(words, 'card.check', { what: unknownInWords(words, service, eligibility.unknown, sources.names) })
            : `Check who can use it: ${describeUnknown(service, eligibility.unknown, sources.names)}.`
          : unruled
            ? words
              ? cardText(words, 'card.checkOwn', { what: service.eligibility ?? '' })
              : `Check who can use it: ${service.eligibility}`
            : undefined;
      const when = place ? whenInWords(words, place) : undefined;
      return {
        id: service.id,
        name: service.name,
        path: service.path,
        ...(service.phone ? { phone: service.phone } : {}),
        kinds: matching.map((kind) => words?.kinds[kind] ?? kindsOfHelp.label(kind)),
        ...(place ? { where: place.name, ...(when ? { when } : {}) } : {}),
        ...(check ? { check } : {}),
      };
    });
    const nationalHelp = sources.nationalHelp.filter((item) => !usedNational.has(item.id) && (item.needs ?? []).includes(need));
    nationalHelp.forEach((item) => usedNational.add(item.id));
    const label = sources.words?.needs[need] ?? needTerms.label(need);
    const urgencyLabel = sources.words?.urgencies[urgency] ?? urgencies.label(urgency);
    return { need, label, urgency, urgencyLabel, say: rule?.say ?? '', skills: rule?.skills, kinds, places, moreLeftOff, seeAbove, nationalHelp };
  });
  return { area: request.area, areaName: request.areaName, needs };
}

/**
 * The card as a text message in plain words: for each need, each place's name, phone and
 * opening times. The first place for every need goes in first, then the second ones, and so
 * on while the message stays within three segments; a place that does not fit is left out whole.
 */
export function referralSms(card: ReferralCardView, options: { helpline: string; words?: CardWords }): string {
  const words = options.words;
  const entries: SmsEntry[] = [];
  const separator = words?.text['list.separator'] ?? ', ';
  card.needs.forEach((need, needIndex) => {
    const group = toGsmText(
      words ? cardText(words, need.urgency === 'this-week' ? 'sms.groupThisWeek' : 'sms.group', { need: need.label }) : `${need.label}${need.urgency === 'this-week' ? ' (this week)' : ''}:`,
    );
    need.places.forEach((place, placeIndex) => {
      const parts = [place.name, place.phone, place.when].filter((part): part is string => part !== undefined);
      // Without its times, a place still fits where the whole line does not (a message in Urdu or Polish holds 67 characters a segment).
      const short = place.when !== undefined && place.phone !== undefined ? { short: toGsmText(`- ${[place.name, place.phone].join(separator)}`) } : {};
      entries.push({ group, text: toGsmText(`- ${parts.join(separator)}`), ...short, priority: placeIndex * card.needs.length + needIndex });
    });
  });
  const national = card.needs.flatMap((need) => need.nationalHelp).filter((item) => item.phone);
  const nationalGroup = toGsmText(words?.text['sms.national'] ?? 'Help anywhere in the UK:');
  national.forEach((item) => entries.push({ group: nationalGroup, text: toGsmText(`- ${item.name}${separator}${item.phone}`), priority: entries.length + 1000 }));
  const header = words
    ? card.needs.length > 0
      ? cardText(words, 'sms.header', { area: card.areaName })
      : words.text['sms.none']
    : card.needs.length > 0
      ? `Help to get online in ${card.areaName}`
      : 'No extra help needed today.';
  const footer = words ? cardText(words, 'sms.footer', { phone: options.helpline }) : `Any questions? Call ${options.helpline}.`;
  const message = { header: toGsmText(header), entries, footer: toGsmText(footer) };
  const fitted = fitSmsEntries(message, SMS_SEGMENTS);
  if (countSmsSegments(fitted.text).encoding === 'GSM-7') return fitted.text;
  // Accents that GSM-7 lacks (Welsh ŵ, Polish ą, ł) make a message UCS-2, at 67 characters a segment: without them, when that names more places, it is sent plain.
  const plainWords = (entry: SmsEntry): SmsEntry => ({
    ...entry,
    text: toGsmLetters(entry.text),
    ...(entry.short !== undefined ? { short: toGsmLetters(entry.short) } : {}),
    ...(entry.group !== undefined ? { group: toGsmLetters(entry.group) } : {}),
  });
  const plain = fitSmsEntries({ header: toGsmLetters(message.header), entries: entries.map(plainWords), footer: toGsmLetters(message.footer) }, SMS_SEGMENTS);
  return countSmsSegments(plain.text).encoding === 'GSM-7' && plain.kept > fitted.kept ? plain.text : fitted.text;
}
